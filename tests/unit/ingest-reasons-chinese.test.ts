/**
 * Every reason the ingest report gives for a block left out of the bodies is
 * in Chinese: the report (terminal and desk) is read by editors, and a reason
 * they cannot read is no reason given. Over every input under
 * tests/fixtures/ingest/ (whoever added it), no reason holds an English word
 * but the names of formats and tools, the source entry's field names set
 * beside their Chinese names, font sizes in pt, and what it quotes: words in
 * “…”, the block's own text, an address or file name from the input.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DecodeError } from '../../src/lib/ingest/decode.ts';
import { INPUT_EXTENSIONS } from '../../src/lib/ingest/read/index.ts';
import { groupLeftBlocks } from '../../src/lib/ingest/left-blocks.ts';
import { ingestFixture } from '../ingest-fixture-results.ts';

const ROOT = path.resolve('tests/fixtures/ingest');
const inputs = readdirSync(ROOT, { recursive: true, encoding: 'utf8' })
  .filter((f) => INPUT_EXTENSIONS.includes(path.extname(f).toLowerCase()) && !/(^|\/)README\.md$/.test(f))
  .sort();

/** Names of formats and tools, and the source entry's fields as the guide spells them after their Chinese names. */
const ALLOWED = new Set([
  'Word', 'WPS', 'LibreOffice', 'RTF', 'PDF', 'HTML', 'OFD', 'Excel', 'Markdown', 'OCR', 'IP', 'pt',
  'doc', 'docx', 'odt', 'rtf', 'xlsx', 'eml', 'html', 'mhtml', 'txt', 'md', 'pdf', 'ofd', 'jpg', 'png',
  'title', 'about', 'publication', 'editorNote', 'compiler', 'staff', 'date', 'url', 'omit',
  // the keys a Markdown note's front matter may hold, as the note types them
  'author', 'source', 'editor', 'subtitle',
]);

/** The English words of a reason, after what it quotes (“…”, the block's text, addresses and file names) is taken out. */
function englishWords(reason: string, text: string): string[] {
  const own = reason
    .split(text.trim())
    .join(' ')
    .replace(/“[^“”]*(?:“[^“”]*”[^“”]*)*”/gu, ' ')
    .replace(/\b(?:https?:\/\/|www\.)\S+|[\w.-]+@[\w.-]+|[^\s，。；：（）、,;()]+\.[a-z]{2,5}\b/gu, ' ');
  return (own.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !ALLOWED.has(w));
}

describe('every reason the ingest report gives is in Chinese', () => {
  it('finds the fixtures', () => expect(inputs.length).toBeGreaterThan(10));

  it('tells an English reason from a Chinese one', () => {
    expect(englishWords('page 3: a running head repeated on most pages', 'x')).toEqual(['page', 'running', 'head', 'repeated', 'on', 'most', 'pages']);
    expect(englishWords('第3页：每页重复的页眉（出现于第1–4页），不是正文', 'x')).toEqual([]);
    expect(englishWords('工作表“Sheet1”第2行：表头 → 来源条目的题名 title；附件 材料.docx', 'x')).toEqual([]);
  });

  it.each(inputs)('%s', async (name) => {
    const result = await ingestFixture(path.join(ROOT, name));
    // Refused with one message (a DecodeError): no report of blocks. Anything else thrown is a crash, not a pass.
    if (result instanceof Error) return expect(result).toBeInstanceOf(DecodeError);
    const english = result.left.flatMap((b) => {
      const words = englishWords(b.reason, b.text);
      return words.length ? [`${b.role}: ${b.reason} [${words.join(' ')}]`] : [];
    });
    expect(english).toEqual([]);
    // The report groups reasons that differ only in their numbers, in Chinese as before.
    for (const g of groupLeftBlocks(result.left)) for (const r of g.reasons) expect(r.reason).not.toMatch(/\d/);
  });
});
