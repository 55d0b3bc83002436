#!/usr/bin/env node
/**
 * npm run ingest -- <file or folder>… --out <dir> [--json] [--force] [--dry-run]
 *
 * Turns raw documents (.txt, .md, .html; UTF-8 with or without BOM, UTF-16,
 * GB18030/GBK; CRLF or LF) into MDX case drafts for the editors, and prints a
 * report (--json: exactly one JSON object). A bad input gets a one-line error
 * naming the file, a non-zero exit and no output at all; existing files are
 * never overwritten without --force; files are written atomically.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { decodeDocument, DecodeError, MAX_BYTES } from '../src/lib/ingest/decode.ts';
import { htmlToText } from '../src/lib/ingest/html-to-text.ts';
import { analyseDocument, type Vocabulary } from '../src/lib/ingest/document.ts';
import { draftId, renderDraft } from '../src/lib/ingest/draft.ts';
import { parseCaseSource } from '../src/lib/case-file.ts';
import { buildEdition } from '../src/lib/edition.ts';
import { pinyin } from 'pinyin-pro';
import { createHash } from 'node:crypto';
import { loadRegionIndex } from '../src/lib/regions.ts';
import { readMethodMentions, readThemes } from '../src/lib/taxonomy.ts';
import { contentWords } from '../src/lib/similarity.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: 'string' },
    json: { type: 'boolean', default: false },
    force: { type: 'boolean', default: false },
    'dry-run': { type: 'boolean', default: false },
    content: { type: 'string', default: 'content' },
  },
});

interface ReportDraft {
  file: string;
  id: string;
  title: string;
  subtitle: string | null;
  authors: Array<{ name: string; role?: string }>;
  region: { code: string; name: string } | null;
  methods: Array<{ id: string; trigger: string }>;
  themes: Array<{ id: string; trigger: string }>;
  flags: string[];
}

const errors: string[] = [];
const report: ReportDraft[] = [];
const pending: Array<{ target: string; text: string }> = [];

function fail(message: string) {
  errors.push(message.replace(/\s*\n\s*/g, ' '));
}

if (positionals.length === 0) fail('usage: npm run ingest -- <file or folder>… --out <dir> [--json] [--force] [--dry-run]');
if (!values.out && !values['dry-run']) fail('--out <dir> is required (or --dry-run)');

const ACCEPTED = /\.(txt|md|html?)$/i;
const inputs: string[] = [];
for (const p of positionals) {
  try {
    const stat = statSync(p);
    if (stat.isDirectory()) {
      for (const f of readdirSync(p, { recursive: true, encoding: 'utf8' }).sort()) if (ACCEPTED.test(f)) inputs.push(path.join(p, f));
    } else if (!ACCEPTED.test(p)) fail(`${p}: not a .txt, .md or .html file`);
    else inputs.push(p);
  } catch (error) {
    fail(`${p}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}

const root = path.resolve(values.content);
const methods = readMethodMentions(root);
const themes = readThemes(root).map((t) => ({
  id: t.id,
  name: t.name,
  keywords: [...new Set([...contentWords(t.name), ...contentWords(t.description)])],
}));
const vocab: Vocabulary = { methods, themes, regions: loadRegionIndex() };
const outDir = values.out ? path.resolve(values.out) : undefined;
const claimed = new Map<string, string>();

for (const input of inputs) {
  try {
    const size = statSync(input).size;
    if (size > MAX_BYTES) throw new DecodeError(`${input}: ${(size / 1048576).toFixed(1)} MB is over the 20 MB limit`);
    const { text, encoding } = decodeDocument(readFileSync(input), input);
    const isHtml = /\.html?$/i.test(input) || /^\s*<(!doctype html|html)/i.test(text);
    const converted = isHtml ? htmlToText(text) : { text, meta: {} };
    const doc = analyseDocument(converted.text, vocab, converted.meta);
    if (doc.drafts.length === 0) throw new DecodeError(`${input}: no case text found (no title and body)`);
    const base = path.basename(input).replace(/\.[^.]+$/, '');
    const stem =
      pinyin(base, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join('-').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') ||
      `source-${createHash('sha256').update(base).digest('hex').slice(0, 8)}`;
    const sourceId = `source-${stem}`;
    doc.drafts.forEach((draft, i) => {
      const id = draftId(draft, `${stem}-${String(i + 1).padStart(2, '0')}`);
      const target = path.join(outDir ?? '.', `${id}.mdx`);
      const other = claimed.get(id);
      if (other) fail(`${input}: id collision: "${id}" is also the id of a draft from ${other}; rename one of the titles' drafts after a --dry-run`);
      claimed.set(id, input);
      if (outDir && existsSync(target) && !values.force) fail(`${target}: already exists; not overwritten (use --force to replace it)`);
      const mdx = renderDraft(draft, sourceId, doc.meta);
      // The draft must read back as exactly the edition of its raw paragraphs.
      const readBack = parseCaseSource(mdx, target);
      const expected = buildEdition(draft.raw, draft.joins).map((b) => b.text);
      if (JSON.stringify(readBack.blocks) !== JSON.stringify(expected) || readBack.blockTypes.some((t) => t !== 'paragraph' && t !== 'heading')) {
        throw new Error(`draft ${id} does not read back as its source text; not written`);
      }
      pending.push({ target, text: mdx });
      report.push({
        file: target,
        id,
        title: draft.title,
        subtitle: draft.subtitle ?? null,
        authors: draft.authors,
        region: draft.region ? { code: draft.region.code, name: draft.region.name } : null,
        methods: draft.methods.map((m) => ({ id: m.id, trigger: m.trigger })),
        themes: draft.themes.map((t) => ({ id: t.id, trigger: t.trigger })),
        flags: draft.flags,
      });
    });
    if (!values.json) {
      console.log(`${input} (${encoding}${isHtml ? ', HTML' : ''}): ${doc.drafts.length} draft(s)${doc.meta.publication ? `; ${doc.meta.publication}` : ''}${doc.meta.date ? ` ${doc.meta.date}` : ''}${doc.meta.url ? ` ${doc.meta.url}` : ''}`);
    }
  } catch (error) {
    fail(error instanceof DecodeError ? error.message : `${input}: ${(error as Error).message}`);
  }
}

// All or nothing: with any error, nothing is written.
if (errors.length === 0 && outDir && !values['dry-run']) {
  mkdirSync(outDir, { recursive: true });
  // Temp files first; existing drafts (with --force) are moved aside and only
  // deleted once every new file is in place, restored if anything fails.
  const temps: Array<{ temp: string; target: string }> = [];
  const backups: Array<{ backup: string; target: string }> = [];
  const placed: string[] = [];
  try {
    for (const { target, text } of pending) {
      const temp = `${target}.tmp-${process.pid}`;
      writeFileSync(temp, text, { flag: 'wx' });
      temps.push({ temp, target });
    }
    for (const { temp, target } of temps) {
      if (existsSync(target)) {
        const backup = `${target}.bak-${process.pid}`;
        renameSync(target, backup);
        backups.push({ backup, target });
      }
      renameSync(temp, target);
      placed.push(target);
    }
    for (const { backup } of backups) rmSync(backup, { force: true });
  } catch (error) {
    for (const f of placed) rmSync(f, { force: true });
    for (const { backup, target } of backups) renameSync(backup, target);
    for (const { temp } of temps) rmSync(temp, { force: true });
    fail(`${outDir}: could not write the drafts (${(error as Error).message}); nothing was changed`);
  }
}

if (values.json) {
  console.log(JSON.stringify({ drafts: errors.length ? [] : report, errors }));
} else {
  for (const d of errors.length ? [] : report) {
    console.log(`  ${d.id}: ${d.title}${d.subtitle ? `——${d.subtitle}` : ''}`);
    console.log(`    地点 ${d.region ? `${d.region.name}（${d.region.code}）` : '未定'}；作者 ${d.authors.map((a) => a.name).join('、') || '无'}`);
    console.log(`    方法 ${d.methods.map((m) => `${m.id}〔${m.trigger}〕`).join('、') || '无'}`);
    for (const f of d.flags) console.log(`    待核 ${f}`);
  }
  for (const e of errors) console.error(`error: ${e}`);
  if (!errors.length) console.log(values['dry-run'] ? `dry run: ${report.length} draft(s), nothing written` : `wrote ${report.length} draft(s) to ${outDir}`);
}
process.exit(errors.length ? 1 : 0);
