// Lines of the layout text with their content bounds (whitespace, including \r, trimmed).

export interface Line {
  start: number;
  /** Before the line break. */
  end: number;
  /** First and one past the last non-space character; equal when the line is blank. */
  contentStart: number;
  contentEnd: number;
}

export function splitLines(layout: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= layout.length) {
    let end = layout.indexOf('\n', start);
    if (end === -1) end = layout.length;
    const contentStart = skipSpaces(layout, start, end);
    let contentEnd = end;
    while (contentEnd > contentStart && isSpace(layout.charCodeAt(contentEnd - 1))) contentEnd--;
    lines.push({ start, end, contentStart, contentEnd });
    start = end + 1;
  }
  return lines;
}

export function isBlank(line: Line): boolean {
  return line.contentStart === line.contentEnd;
}

export function skipSpaces(text: string, from: number, to: number): number {
  while (from < to && isSpace(text.charCodeAt(from))) from++;
  return from;
}

/** Whitespace inside a line: \r counts as a space (CRLF files), so do no-break and typographic spaces. */
export function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x09 ||
    code === 0x0d ||
    code === 0x0b ||
    code === 0x0c ||
    code === 0xa0 ||
    code === 0xfeff ||
    code === 0x3000 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x202f
  );
}
