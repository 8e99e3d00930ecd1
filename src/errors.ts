/** A problem with what the user gave us (folder, flag, rule or config file): exit code 2, one line, no stack. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}
