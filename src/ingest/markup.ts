// Markup → text of the same length: tags, comments and script/style bodies become spaces (newlines kept), so
// offsets, line numbers and claim text still point into the file. Alongside it a "layout" copy marks block
// tags (<p>, <br>, <h1>…) as line breaks, which is what sentence splitting and metadata read.

export interface Blanked {
  /** Same length as the input; what Source.text holds. */
  text: string;
  /** Same length again, with a "\n" where a block tag starts a new paragraph. */
  layout: string;
}

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table',
  'td', 'th', 'title', 'tr', 'ul',
]);
const RAW_TEXT_TAGS = new Set(['script', 'style']);
const TAG_NAME = /[a-zA-Z][a-zA-Z0-9]*/y;

/** One linear scan; a "<" that no ">" follows is text. */
export function blankHtml(html: string): Blanked {
  const text: string[] = [];
  const layout: string[] = [];
  let copied = 0;
  let i = html.indexOf('<');
  const blank = (from: number, to: number, breakLine: boolean) => {
    const plain = html.slice(copied, from);
    const spaces = html.slice(from, to).replace(/[^\r\n]/g, ' ');
    text.push(plain, spaces);
    layout.push(plain, breakLine && spaces[0] === ' ' ? '\n' + spaces.slice(1) : spaces);
    copied = to;
  };
  while (i !== -1 && i < html.length) {
    const end = markupEnd(html, i);
    if (end === -1) break;
    if (end === i) {
      i = html.indexOf('<', i + 1);
      continue;
    }
    const name = tagName(html, i);
    const opening = html[i + 1] !== '/' && html[end - 2] !== '/';
    blank(i, end, BLOCK_TAGS.has(name));
    i = end;
    if (opening && RAW_TEXT_TAGS.has(name)) {
      const close = new RegExp(`</${name}\\s*>`, 'gi');
      close.lastIndex = i;
      const m = close.exec(html);
      const bodyEnd = m ? m.index + m[0].length : html.length;
      blank(i, bodyEnd, false);
      i = bodyEnd;
    }
    i = html.indexOf('<', i);
  }
  text.push(html.slice(copied));
  layout.push(html.slice(copied));
  return { text: text.join(''), layout: layout.join('') };
}

/**
 * End (exclusive) of the comment, tag or declaration opening at `at`; `at` itself when the "<" is text;
 * -1 when nothing closes it (then no later "<" can close either, which keeps the scan linear).
 */
function markupEnd(html: string, at: number): number {
  if (html.startsWith('<!--', at)) {
    const close = html.indexOf('-->', at + 4);
    return close === -1 ? html.length : close + 3;
  }
  const next = html.charCodeAt(at + 1);
  const opensTag = isAsciiLetter(next) || next === 0x2f /* / */ || next === 0x21 /* ! */ || next === 0x3f; /* ? */
  if (!opensTag) return at;
  const close = html.indexOf('>', at + 1);
  return close === -1 ? -1 : close + 1;
}

/** Lower-case name of the tag at `at` ("p" for <p class=x> and </p>), or "" for declarations. */
function tagName(html: string, at: number): string {
  TAG_NAME.lastIndex = html[at + 1] === '/' ? at + 2 : at + 1;
  return TAG_NAME.exec(html)?.[0].toLowerCase() ?? '';
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

// Markdown line openers that are syntax, not words: headings, quotes, list bullets, rules.
const MARKDOWN_OPENER = /^([ \t]*)((?:#{1,6}|>+|[-*+]|[-*_]{3,})(?=[ \t]|$))/gm;

/** Blank Markdown line openers; the rest of Markdown reads well enough as text. */
export function blankMarkdown(md: string): Blanked {
  const text = md.replace(MARKDOWN_OPENER, (_m, indent: string, marker: string) => indent + ' '.repeat(marker.length));
  return { text, layout: text };
}
