/**
 * Fidelity: every case body is its raw source, paragraph for paragraph, changed
 * only by recorded corrections and the edition-wide punctuation rules.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { existsSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { readCaseFile } from '../../src/lib/case-file.ts';
import { buildEdition, markerOccurrence } from '../../src/lib/edition.ts';
import { rawParagraphs, readRawLines } from '../../src/lib/raw-source.ts';
import { normalizePunctuation, splitParagraphs } from '../../src/lib/text.ts';
import type { Correction } from '../../src/schemas/correction.ts';
import type { Source } from '../../src/schemas/source.ts';

const root = path.resolve('content');
const caseFiles = readdirSync(path.join(root, 'cases')).filter((f) => f.endsWith('.mdx'));
const sources = parse(readFileSync(path.join(root, 'sources', 'sources.yaml'), 'utf8')) as Source[];
const sourceById = new Map(sources.map((s) => [s.id, s]));

/** Capture junk that must never reach a case body. */
const JUNK = [
  /打印/, /纠错/, /扫一扫/, /收听本文/, /阅读下一篇/, /返回.*首页/, /本文链接/, /转载请/,
  /责编/, /编辑[:：]/, /来源[:：]/, /发布时间/, /最新评论/, /热门评论/, /查看全部留言/, /相关专题/,
  /加入收藏/, /设为首页/, /您现在的位置/, /当前位置/, /手机版/, /注册$/, /银河/, /分享/, /\[打印文章\]/,
];

describe.each(caseFiles)('%s', (fileName) => {
  const file = readCaseFile(path.join(root, 'cases', fileName));
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
    for (const type of file.blockTypes) expect(['paragraph', 'heading']).toContain(type);
  });

  it('keeps no capture junk', () => {
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
  it('a compilation case range holds exactly one 【点评】 and it comes last but one', () => {
    for (const fileName of caseFiles) {
      const { blocks, frontmatter } = readCaseFile(path.join(root, 'cases', fileName));
      if ((frontmatter.source as { id: string }).id !== 'jingyan-zuofa-xuanbian-zhailu') continue;
      expect(blocks.filter((b) => b === '【点评】'), fileName).toHaveLength(1);
      expect(blocks.at(-2), fileName).toBe('【点评】');
    }
  });

  it('the cases of a source cover its body without overlapping', () => {
    for (const source of sources) {
      const ranges = caseFiles
        .map((f) => readCaseFile(path.join(root, 'cases', f)).frontmatter.source as { id: string; lines: [number, number]; titleLine: number })
        .filter((s) => s.id === source.id)
        .sort((a, b) => a.lines[0] - b.lines[0]);
      for (let i = 1; i < ranges.length; i++) expect(ranges[i]!.titleLine).toBeGreaterThan(ranges[i - 1]!.lines[1]);
    }
  });

  it("an editor's note is the raw note, rejoined and normalised", () => {
    for (const source of sources) {
      if (!source.editorNote) continue;
      const lines = readRawLines(source.raw, root);
      const raw = splitParagraphs(lines.slice(source.editorNote.lines[0] - 1, source.editorNote.lines[1])).join('');
      expect(source.editorNote.text.replace(/\s+/g, '')).toBe(normalizePunctuation(raw));
    }
  });

  it('the raw files are kept byte for byte as captured (SHA-256 recorded in sources.yaml)', () => {
    for (const source of sources) {
      const digest = createHash('sha256').update(readFileSync(path.join(root, 'sources', 'raw', source.raw))).digest('hex');
      expect(digest, source.raw).toBe(source.sha256);
    }
  });

  it('an original the raw text was extracted from is kept byte for byte too (content/sources/originals/)', () => {
    for (const source of sources) {
      if (!source.original) continue;
      const file = path.join(root, 'sources', 'originals', source.original.file);
      expect(existsSync(file), `${source.id}: original ${source.original.file} missing from content/sources/originals/`).toBe(true);
      expect(createHash('sha256').update(readFileSync(file)).digest('hex'), source.original.file).toBe(source.original.sha256);
    }
  });
});
