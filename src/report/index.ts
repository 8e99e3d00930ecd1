// Formatter registry. Formatters load lazily so a run pays only for the one it prints.

import type { Formatter } from './model.js';

export const FORMATS = ['stylish', 'json', 'markdown', 'html', 'sarif'] as const;
export type FormatName = (typeof FORMATS)[number];

export async function loadFormatter(name: FormatName): Promise<Formatter> {
  switch (name) {
    case 'stylish':
      return (await import('./stylish.js')).formatStylish;
    case 'json':
      return (await import('./json.js')).formatJson;
    case 'markdown':
      return (await import('./markdown.js')).formatMarkdown;
    case 'html':
      return (await import('./html.js')).formatHtml as Formatter;
    case 'sarif':
      return (await import('./sarif.js')).formatSarif;
  }
}
