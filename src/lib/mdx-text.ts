/**
 * Writing plain source text into MDX so that it reads back as the same text
 * and never as code or markup: `{`/`}` would start expressions, `<` JSX,
 * `import`/`export` at a line start ESM, and Markdown syntax would restructure it.
 */

const INLINE_SPECIALS = /[\\`*_{}[\]<>|~&]/g;

/** Escapes one paragraph of plain text for an MDX body. */
export function escapeMdxText(text: string): string {
  let out = text.replace(INLINE_SPECIALS, (ch) => `\\${ch}`);
  // Block syntax only matters at the start of a line.
  out = out.replace(/^(\s*)([#>+=-])/u, '$1\\$2');
  out = out.replace(/^(\s*\d+)([.)])/u, '$1\\$2');
  // A heading's closing #s would be eaten as ATX closing marks.
  out = out.replace(/#(?=\s*$)/u, '\\#');
  // A backslash before a letter is no escape; a character reference is.
  out = out.replace(/^(\s*)(i)(mport)\b/u, '$1&#x69;$3').replace(/^(\s*)(e)(xport)\b/u, '$1&#x65;$3');
  return out.replace(/\r?\n/g, ' ');
}

/** Section headings of the essays: 一、… with no full stop, short. */
export function isSectionHeading(text: string): boolean {
  return /^[一二三四五六七八九十]+、/u.test(text) && !/[。！？]/u.test(text) && Array.from(text).length <= 40;
}
