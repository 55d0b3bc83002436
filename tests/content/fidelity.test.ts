/**
 * Fidelity: every case body is its raw source, paragraph for paragraph, changed
 * only by recorded corrections and the edition-wide punctuation rules.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createHash } from 'node:crypto';
import { listCaseFiles, readCaseFile } from '../../src/lib/node/case-files.ts';
import { buildEdition, markerOccurrence } from '../../src/lib/edition.ts';
import { contentDir, rawParagraphs, readRawLines } from '../../src/lib/node/raw-source.ts';
import { COMMENTARY_MARKER } from '../../src/lib/text.ts';
import { normalizePunctuation, splitParagraphs } from '../../src/lib/text.ts';
import type { Correction } from '../../src/schemas/correction.ts';
import type { Source } from '../../src/schemas/source.ts';

// CONTENT_DIR points the test at another copy of the content (see fidelity-subfolder.test.ts).
const root = contentDir();
/** Every case file, subfolders included, as paths under content/cases/ (the names the tests carry). */
const caseFiles = listCaseFiles(path.join(root, 'cases'));
const readCase = (fileName: string) => readCaseFile(path.join(root, 'cases', fileName));
const sources = parse(readFileSync(path.join(root, 'sources', 'sources.yaml'), 'utf8')) as Source[];
const sourceById = new Map(sources.map((s) => [s.id, s]));

/** Capture junk that must never reach a case body. */
const JUNK = [
  /打印/, /纠错/, /扫一扫/, /收听本文/, /阅读下一篇/, /返回.*首页/, /本文链接/, /转载请/,
  /责编/, /编辑[:：]/, /来源[:：]/, /发布时间/, /最新评论/, /热门评论/, /查看全部留言/, /相关专题/,
  /加入收藏/, /设为首页/, /您现在的位置/, /当前位置/, /手机版/, /注册$/, /银河/, /分享/, /\[打印文章\]/,
];

it('finds the cases', () => {
  expect(caseFiles.length).toBeGreaterThan(0);
});

describe.each(caseFiles)('content/cases/%s', (fileName) => {
  const file = readCase(fileName);
  const fm = file.frontmatter as {
    title: string;
    subtitle?: string;
    source: { id: string; lines: [number, number]; titleLine: number };
    corrections?: Correction[];
    keyFigures?: Array<{ quote: string }>;
  };
  const source = sourceById.get(fm.source.id);
  if (!source) throw new Error(`${fileName}: unknown source ${fm.source.id}`);
  const lines = readRawLines(source.raw, root);

  it('body equals the raw text with only the recorded corrections', () => {
    const edition = buildEdition(rawParagraphs(lines, fm.source.lines), fm.corrections ?? []);
    expect(file.blocks).toEqual(edition.map((b) => b.text));
  });

  it('each correction and join marks the very words it changed', () => {
    const raw = rawParagraphs(lines, fm.source.lines);
    for (const c of fm.corrections ?? []) {
      if (c.type !== 'correct' && c.type !== 'join') continue;
      expect(markerOccurrence(raw, fm.corrections ?? [], c), `p${c.p} ${c.type} ${'after' in c ? c.after : c.corrected}: set mark`).toBe(c.mark ?? 1);
    }
  });

  it('body is plain paragraphs and headings (no stray MDX or Markdown structure)', () => {
    expect.hasAssertions();
    for (const type of file.blockTypes) expect(['paragraph', 'heading']).toContain(type);
  });

  it('keeps no capture junk', () => {
    expect.hasAssertions();
    for (const block of file.blocks) for (const junk of JUNK) expect(block).not.toMatch(junk);
  });

  it('title and subtitle are the raw title line', () => {
    const raw = normalizePunctuation(lines[fm.source.titleLine - 1]!.trim());
    expect(fm.subtitle ? `${fm.title}——${fm.subtitle}` : fm.title).toBe(raw);
  });

  it('every key figure is quoted word for word from the body', () => {
    const body = file.blocks.join('');
    for (const k of fm.keyFigures ?? []) expect(body).toContain(k.quote);
  });

  it('every doubt and lacuna anchor stands in its paragraph', () => {
    const paragraphs = file.blocks.filter((b) => b !== '【点评】');
    for (const c of fm.corrections ?? []) {
      if (c.type === 'doubt') expect(paragraphs[c.p - 1]).toContain(c.text);
      if (c.type === 'lacuna') expect(paragraphs[c.p - 1]).toContain(c.after);
    }
  });
});

describe('the raw sources', () => {
  it('a compilation holds one 【点评】 per case, and it comes last but one', () => {
    expect.hasAssertions();
    const compilations = new Set(sources.filter((s) => s.type === 'compilation').map((s) => s.id));
    for (const fileName of caseFiles) {
      const { blocks, frontmatter } = readCase(fileName);
      const commentaries = blocks.filter((b) => b === COMMENTARY_MARKER).length;
      if (!compilations.has((frontmatter.source as { id: string }).id) && commentaries === 0) continue;
      expect(commentaries, fileName).toBe(1);
      expect(blocks.at(-2), fileName).toBe(COMMENTARY_MARKER);
    }
  });

  it('the cases of a source cover its body without overlapping: nothing but blank lines between two cases', () => {
    const ranges = caseFiles.map((f) => ({ file: f, ...(readCase(f).frontmatter.source as { id: string; lines: [number, number]; titleLine: number }) }));
    for (const source of sources) {
      const own = ranges.filter((r) => r.id === source.id).sort((a, b) => a.titleLine - b.titleLine);
      expect(own.length, `${source.id}: no case is taken from this source`).toBeGreaterThan(0);
      const lines = readRawLines(source.raw, root);
      for (const r of own) expect(r.lines[0], `${r.file}: body starts before its title line`).toBeGreaterThan(r.titleLine);
      for (let i = 1; i < own.length; i++) {
        const [before, after] = [own[i - 1]!, own[i]!];
        expect(after.titleLine, `${after.file} overlaps ${before.file}`).toBeGreaterThan(before.lines[1]);
        const between = lines.slice(before.lines[1], after.titleLine - 1).filter((l) => l.trim() !== '');
        expect(between, `${source.raw} lines ${before.lines[1] + 1}–${after.titleLine - 1}, between ${before.file} and ${after.file}, are in no case`).toEqual([]);
      }
    }
  });

  it("an editor's note is the raw note, rejoined and normalised", () => {
    expect.hasAssertions();
    for (const source of sources) {
      if (!source.editorNote) continue;
      const lines = readRawLines(source.raw, root);
      const raw = splitParagraphs(lines.slice(source.editorNote.lines[0] - 1, source.editorNote.lines[1])).join('');
      expect(source.editorNote.text.replace(/\s+/g, '')).toBe(normalizePunctuation(raw));
    }
  });

  it('the raw files are kept byte for byte as captured (SHA-256 recorded in sources.yaml)', () => {
    expect.hasAssertions();
    for (const source of sources) {
      const digest = createHash('sha256').update(readFileSync(path.join(root, 'sources', 'raw', source.raw))).digest('hex');
      expect(digest, source.raw).toBe(source.sha256);
    }
  });
});
