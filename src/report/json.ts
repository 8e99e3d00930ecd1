import type { Formatter } from './model.js';

export const formatJson: Formatter = (report) => JSON.stringify(report, null, 2) + '\n';
