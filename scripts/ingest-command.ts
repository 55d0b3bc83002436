/**
 * npm run ingest -- <file or folder>… --out <dir> [--json] [--force] [--dry-run] [--id <id>]
 *
 * Turns documents as editors receive them (.docx, .doc, .odt, .rtf, .pdf with a text
 * layer, .ofd, .xlsx case lists, saved web pages .html/.mhtml, mails .eml (their attachments), .txt exports in any layout and
 * encoding, .md) into MDX case drafts, and reports every input: its drafts,
 * or one line naming the file and why it gave none. One bad input never
 * discards the others' drafts; the exit status is 1 when any input failed.
 * --json prints exactly one JSON object on stdout (progress goes to stderr).
 *
 * Beside the drafts it writes, per input whose text is not the file itself
 * (extracted formats, text exports brought to one paragraph per blank-line
 * block), `<sourceId>.txt`: the raw text the drafts' `source.lines` count;
 * and for every input `<sourceId>.source.yaml`: the entry for
 * content/sources/sources.yaml with what the document states.
 *
 * Ids: place + title words (draft.ts). Two different articles never share an
 * id: the later one gets a suffix from a hash of its text, and the report
 * says so. The same article twice (same text, from two files or formats) is
 * written once; the other is reported as its likely duplicate. Existing files
 * are replaced only with --force and only by the same article.
 *
 * ingestCommand is the command; scripts/ingest.ts its thin bin. Tests call it
 * in-process with their own output streams: each start-up of the command cost
 * a test seconds (and the unit tier minutes).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { stringify } from 'yaml';
import { YAML_AS_BUILT } from '../src/lib/node/yaml-as-built.ts';
import { pinyin } from 'pinyin-pro';
import { DecodeError, MAX_BYTES } from '../src/lib/ingest/decode.ts';
import { INPUT_EXTENSIONS, unsupportedType } from '../src/lib/ingest/read/index.ts';
import type { AnalysedDocument, Draft } from '../src/lib/ingest/document.ts';
import { ingestInput, loadVocabulary } from '../src/lib/ingest/pipeline.ts';
import type { StoredText } from '../src/lib/node/stored-texts.ts';
import { readerWarnings } from '../src/lib/ingest/reader-warnings.ts';
import { BLOCK_ROLES, groupLeftBlocks, type LeftBlock } from '../src/lib/ingest/left-blocks.ts';
import { draftId, renderDraft } from '../src/lib/ingest/draft.ts';
import { noticeSource, proposeSource, proposeSourceNotes } from '../src/lib/ingest/proposals.ts';
import { parseCaseSource } from '../src/lib/case-mdx.ts';
import { buildEdition, type EditionBlock } from '../src/lib/edition.ts';
import { ID_PATTERN } from '../src/lib/ids.ts';
import type { ExtractedDocument } from '../src/lib/ingest/extracted.ts';
import { parseCommandLine } from './usage.mjs';
import { INGEST_USAGE as USAGE } from './ingest-usage.ts';
import type { CommandOutput } from './command-run.ts';

interface ReportDraft {
  file: string;
  id: string;
  title: string;
  subtitle: string | null;
  authors: Array<{ name: string; role?: string }>;
  region: { code: string; name: string; township?: string } | null;
  methods: Array<{ id: string; trigger: string }>;
  themes: Array<{ id: string; trigger: string }>;
  flags: string[];
  /** What ingest read from the text and left in it as printed (a news lead's reporters), none to check. */
  read?: string[];
  /** Why the id is not the plain place + title one (a collision), if it is not. */
  idNote?: string;
  /** The published case (in --content) whose body this draft repeats, if any. */
  published?: { id: string; title: string; similarity: number };
  /** The library's stored text (in --content) this draft's body stands in, no case published from it, and the withdrawn case's id when git history shows one (stored-texts.ts). */
  stored?: StoredText;
}

interface InputReport {
  file: string;
  format?: string;
  encoding?: string;
  layout?: string;
  sourceId?: string;
  /** The raw text written beside the drafts (extracted or re-laid-out text), if any. */
  rawText?: string;
  /** The sources.yaml entry written beside the drafts. */
  sourceEntry?: string;
  drafts: ReportDraft[];
  /** Articles of this input already drafted from another input in this run: not written again. */
  duplicates: Array<{ title: string; of: string; from: string }>;
  dropped: Record<string, number>;
  /** Every block of the input in no draft body, with its role and where it went. */
  left: LeftBlock[];
  /** What the reader could not render faithfully, or text it found outside the article. */
  warnings?: string[];
  error?: string;
}

const oneLine = (message: string) => message.replace(/\s*\n\s*/g, ' ');
const shorten = (text: string) => (Array.from(text).length > 40 ? `${Array.from(text).slice(0, 40).join('')}…` : text).replace(/\s+/g, ' ');


/** A text's identity across formats: its characters without spaces, punctuation or layout. */
const textKey = (text: string) =>
  createHash('sha256')
    // Footnote reference marks ("[1]") are kept by some readers and not others.
    .update(text.normalize('NFKC').replace(/\[\d{1,3}\]/g, '').replace(/[\s\p{P}\p{S}]/gu, ''))
    .digest('hex');
const shortHash = (key: string) => key.slice(0, 6);

/** The article an existing draft holds: its title and the key of its body, or undefined if it cannot be read as a draft. */
function existingArticle(file: string): { title: string; key: string; first: string } | undefined {
  try {
    const parsed = parseCaseSource(readFileSync(file, 'utf8'), file);
    const title = String((parsed.frontmatter as { title?: unknown }).title ?? '');
    return { title, key: textKey(parsed.blocks.join('')), first: textKey(parsed.blocks[0] ?? '') };
  } catch {
    return undefined;
  }
}

/** The source's date: its page's, else the date its front matter prints (a 简报's 2025年9月26日 line), which the entry proposes. */
function sourceDateOf(extracted: ExtractedDocument, doc: AnalysedDocument, raw: { text: string } | undefined): string | undefined {
  if (doc.meta.date) return doc.meta.date;
  const lines = (raw?.text ?? extracted.text).split(/\r?\n/);
  return proposeSource(lines, doc.drafts[0]?.titleLine ?? 0).find((x) => x.field === 'date')?.value;
}

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/**
 * The sources.yaml entry a document supports: only what it states. An
 * unknown date is said in dateNote (printed as the date's 编者注); an unknown
 * 刊载处 or address is no remark on the date (trial 17 read 原文未载刊载处 there),
 * so it is said in a comment beside the fields the editor fills, which publish
 * leaves out.
 */
function sourceEntry(input: string, bytes: Uint8Array, sourceId: string, extracted: ExtractedDocument, doc: AnalysedDocument, raw: { name: string; text: string } | undefined): string {
  const meta = doc.meta;
  // Only a web page has an address to miss: a Word file or a PDF without one lacks nothing (an editor's trial read 原文未载网址 on a Word witness).
  const web = extracted.format === 'html' || extracted.format === 'mhtml';
  const lines = (raw?.text ?? extracted.text).split(/\r?\n/);
  const title = extracted.meta.title ?? doc.title ?? doc.drafts[0]?.title ?? '';
  // A notice issuing the compilation that holds the cases is cited by the compilation; the notice goes to about.
  const notice = noticeSource(title, lines, doc.drafts[0]?.titleLine ?? 0, meta.publication);
  const proposals = [...(notice ? [notice.about] : []), ...proposeSource(lines, doc.drafts[0]?.titleLine ?? 0), ...proposeSourceNotes(doc.sourceNotes ?? [], doc.editorNoteLabel)];
  // A compilation is cited by its compiler (content/README.md §5): a compiler its front matter prints is its 刊载处, proposed below, not unknown.
  const compiled = proposals.some((p) => p.field === 'compiler');
  const unknown = [!meta.publication && !compiled && '刊载处', web && !meta.url && '网址'].filter(Boolean);
  const entry: Record<string, unknown> = {
    id: sourceId,
    title: notice?.title ?? title,
    ...(meta.publication ? { publication: meta.publication } : {}),
    ...(notice ? { type: 'compilation' } : {}),
    ...(meta.date ? { date: meta.date } : {}),
    ...(meta.time ? { time: meta.time.length === 4 ? `0${meta.time}` : meta.time } : {}),
    ...(meta.date ? {} : { dateNote: '原文未载日期。' }),
    ...(meta.url ? { url: meta.url } : {}),
    ...(meta.staff ? { staff: meta.staff } : {}),
    raw: raw ? raw.name : path.basename(input),
    sha256: raw ? sha256(raw.text) : sha256(bytes),
    ...(raw ? { original: { file: path.basename(input), sha256: sha256(bytes) } } : {}),
    ...(doc.editorNote && doc.editorNoteLines ? { editorNote: { lines: doc.editorNoteLines, ...(doc.editorNoteLabel ? { label: doc.editorNoteLabel } : {}), text: doc.editorNote } } : {}),
  };
  if (proposals.length) entry.proposals = proposals;
  const comments = [
    `# 草稿：由 npm run ingest 生成，审核后并入 content/sources/sources.yaml。`,
    raw
      ? `# 原件 ${path.basename(input)} 放入 content/sources/originals/，抽取文本 ${raw.name} 放入 content/sources/raw/。`
      : `# 原件即原始文本：${path.basename(input)} 放入 content/sources/raw/（文件名须为 ASCII）。`,
    `# 待填：${notice ? '' : 'type（newspaper / online / compilation）、'}${meta.publication ? '' : compiled ? 'publication（即卷首的编印单位：接受下面的 compiler 建议）、' : 'publication、'}about（编者说明：来源、状况、清理了什么）；在终端写：npm run accept -- 本文件 ${notice ? '--set about "…"' : '--set type compilation'}（content/README.md 第 5 节）。`,
    ...(unknown.length ? [`# 原文未载${unknown.join('、')}：${unknown.includes('刊载处') ? 'publication 写收到它的途径（如“编者收到的Word文件”），' : ''}需要时在 about 中说明（content/README.md 第 5 节）。`] : []),
    ...(doc.series ? [`# 标题上方小字号的丛书名或引题“${doc.series}”不是标题的文字，来源条目没有此字段：请写进 about。`] : []),
    ...(doc.draftStatus ? [`# 标题后的“（${doc.draftStatus}）”是文件的稿别（流转状态），不是标题的文字，title 已不含它：请在 about 中写明原件为${doc.draftStatus}，正式印发本可能有改动。`] : []),
  ];
  return `${comments.join('\n')}\n${stringify([entry], { lineWidth: 0, ...YAML_AS_BUILT })}`;
}

/** Runs `npm run ingest` with `argv` (the arguments after --), writing through `io`; returns the exit status. */
export async function ingestCommand(argv: string[], io: CommandOutput): Promise<number> {
  const { args, reply } = parseCommandLine(USAGE, {
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      json: { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      id: { type: 'string' },
      content: { type: 'string', default: 'content' },
    },
  });
  if (reply) {
    if (reply.stdout) io.out(reply.stdout);
    if (reply.stderr) io.err(reply.stderr);
    return reply.exitCode;
  }
  const { values, positionals } = args;
  const errors: string[] = [];
  const inputs: InputReport[] = [];
  function fail(message: string) {
    errors.push(oneLine(message));
  }

  if (positionals.length === 0) fail(USAGE);
  if (!values.out && !values['dry-run']) fail('--out <dir> is required (or --dry-run)');
  if (values.id !== undefined && !ID_PATTERN.test(values.id)) fail(`--id ${values.id}: not a valid case id (lower-case letters, digits and single hyphens)`);

  const files: string[] = [];
  const refused: InputReport[] = [];
  const supported = (f: string) => INPUT_EXTENSIONS.includes(path.extname(f).toLowerCase());
  for (const p of positionals) {
    try {
      if (statSync(p).isDirectory()) {
        for (const f of readdirSync(p, { recursive: true, encoding: 'utf8' }).sort()) {
          const full = path.join(p, f);
          if (!statSync(full).isFile()) continue;
          if (supported(f)) files.push(full);
          else refused.push({ file: full, drafts: [], duplicates: [], dropped: {}, left: [], error: `${unsupportedType(full)}; not read` });
        }
      } else files.push(p);
    } catch (error) {
      refused.push({ file: p, drafts: [], duplicates: [], dropped: {}, left: [], error: `${p}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` });
    }
  }
  if (values.id !== undefined && files.length + refused.length > 1) fail(`--id ${values.id}: --id names the draft of a single input; ${files.length + refused.length} inputs given`);

  const vocab = loadVocabulary(values.content);
  const outDir = values.out ? path.resolve(values.out) : undefined;

  /** What an id is already used for in this run: the article's text key and where it came from. */
  const claimed = new Map<string, { key: string; input: string; title: string }>();
  /** Articles already drafted in this run, by text key. */
  const seen = new Map<string, { id: string; input: string }>();
  const pending: Array<{ target: string; text: string }> = [];
  const targets = new Set<string>();

  const stems = new Map<string, string>();

  /** The input's name in pinyin (with its format unless .txt), unique in the run: the same name in two folders gets a hash of the path. */
  function sourceStem(input: string): string {
    const ext = path.extname(input).toLowerCase();
    const base = path.basename(input, path.extname(input)) + (ext && ext !== '.txt' ? `-${ext.slice(1)}` : '');
    let stem =
      pinyin(base, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join('-').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') ||
      `source-${createHash('sha256').update(base).digest('hex').slice(0, 8)}`;
    const owner = stems.get(stem);
    if (owner !== undefined && owner !== input) stem = `${stem}-${createHash('sha256').update(path.resolve(input)).digest('hex').slice(0, 6)}`;
    stems.set(stem, input);
    return stem;
  }

  /** Queues a file unless it would replace something it must not. */
  function queue(target: string, text: string, label: string): string | undefined {
    if (targets.has(target)) return `${target}: written twice in this run (${label})`;
    if (outDir && existsSync(target) && readFileSync(target, 'utf8') !== text && !values.force) return `${target}: already exists; not overwritten (use --force to replace it)`;
    targets.add(target);
    pending.push({ target, text });
    return undefined;
  }

  const total = files.length;
  const progress = total > 5 || (!values.json && total > 1 && io.errIsTerminal === true);
  let done = 0;
  for (const input of files) {
    done++;
    if (progress) io.err(`[${done}/${total}] ${input}\n`);
    const report: InputReport = { file: input, drafts: [], duplicates: [], dropped: {}, left: [] };
    inputs.push(report);
    const mine: Array<{ target: string; text: string }> = [];
    try {
      const size = statSync(input).size;
      if (size > MAX_BYTES) throw new DecodeError(`${input}: ${(size / 1048576).toFixed(1)} MB is over the 20 MB limit`);
      const bytes = readFileSync(input);
      const { extracted, doc, left, stored } = await ingestInput(input, bytes, vocab, { content: values.content });
      report.format = extracted.format;
      if (extracted.encoding) report.encoding = extracted.encoding;
      report.left = left;
      if (extracted.warnings?.length) report.warnings = readerWarnings(extracted.warnings);
      report.layout = doc.layout;
      report.dropped = { ...extracted.dropped };
      for (const [k, n] of Object.entries(doc.dropped)) report.dropped[k] = (report.dropped[k] ?? 0) + n;
      if (values.id !== undefined && doc.drafts.length !== 1) {
        throw new DecodeError(`${input}: --id ${values.id} names one draft, but this input gives ${doc.drafts.length}; ingest without --id and rename the drafts (README, "Adding a case")`);
      }
      const stem = sourceStem(input);
      const sourceId = `source-${stem}`;
      report.sourceId = sourceId;
      // The drafts' line numbers count lines of this text: keep it when it is not the file itself.
      const rawText = doc.normalisedText ?? (extracted.extracted ? extracted.text : undefined);
      const raw = rawText === undefined ? undefined : { name: `${sourceId}.txt`, text: rawText };

      const drafts: Array<{ draft: Draft; id: string; edition: EditionBlock[]; body: string[]; note?: string }> = [];
      doc.drafts.forEach((draft, i) => {
        // Joins and punctuation rules change nothing the key keeps: the raw paragraphs will do.
        const key = textKey(draft.raw.join(''));
        const twin = seen.get(key);
        if (twin) {
          report.duplicates.push({ title: draft.title, of: twin.id, from: twin.input });
          // Its body goes to no draft written: the report lists it like any other block left out.
          report.left.push({ role: 'duplicate', text: draft.raw.join('\n'), line: draft.lines[0], lines: draft.lines, reason: `“${draft.title}”与 ${twin.id}（${twin.input}）正文相同，未另写草稿` });
          return;
        }
        const edition = buildEdition(draft.raw, draft.corrections);
        const body = edition.map((b) => b.text);
        const base = values.id ?? draftId(draft, `${stem}-${String(i + 1).padStart(2, '0')}`, vocab.methods, (id) => (claimed.get(id)?.key ?? key) !== key);
        let id = base;
        let note: string | undefined;
        const sameArticle = (other: { title: string; key: string; first?: string }) =>
          other.key === key || (other.title === draft.title && (other.first === undefined || other.first === textKey(body[0] ?? '')));
        const holder = claimed.get(id);
        const onDisk = outDir && existsSync(path.join(outDir, `${id}.mdx`)) ? existingArticle(path.join(outDir, `${id}.mdx`)) : undefined;
        const diskFile = outDir ? path.join(outDir, `${id}.mdx`) : '';
        if ((holder && holder.key !== key) || (onDisk && !sameArticle(onDisk))) {
          if (values.id !== undefined) {
            throw new DecodeError(
              `${input}: --id ${id}: ${onDisk ? `${diskFile} holds a different article (“${onDisk.title}”)` : `${id} is the id of “${holder?.title}” from ${holder?.input}`}; not replaced by “${draft.title}”, even with --force; choose another id`,
            );
          }
          id = `${base}-${shortHash(key)}`;
          note = `id ${base} is taken by a different article (“${holder?.title ?? onDisk?.title ?? '?'}”, ${holder?.input ?? diskFile}); this draft is ${id}`;
          const again = outDir && existsSync(path.join(outDir, `${id}.mdx`)) ? existingArticle(path.join(outDir, `${id}.mdx`)) : undefined;
          if (again && !sameArticle(again)) throw new DecodeError(`${input}: ${path.join(outDir!, `${id}.mdx`)} holds a different article (“${again.title}”); not replaced by “${draft.title}”`);
        }
        claimed.set(id, { key, input, title: draft.title });
        seen.set(key, { id, input });
        drafts.push({ draft, id, edition, body, ...(note ? { note } : {}) });
      });

      for (const { draft, id, edition, body: expected, note } of drafts) {
        const target = path.join(outDir ?? '.', `${id}.mdx`);
        const mdx = renderDraft(draft, sourceId, doc.meta, edition, vocab, draft.meta?.date ?? sourceDateOf(extracted, doc, raw));
        // The draft must read back as exactly the edition of its raw paragraphs.
        const readBack = parseCaseSource(mdx, target);
        if (JSON.stringify(readBack.blocks) !== JSON.stringify(expected) || readBack.blockTypes.some((t) => t !== 'paragraph' && t !== 'heading')) {
          throw new Error(`draft ${id} does not read back as its source text; not written`);
        }
        mine.push({ target, text: mdx });
        report.drafts.push({
          file: target,
          id,
          title: draft.title,
          subtitle: draft.subtitle ?? null,
          authors: draft.authors,
          region: draft.region ? { code: draft.region.code, name: draft.region.name, ...(draft.region.township ? { township: draft.region.township } : {}) } : null,
          methods: draft.methods.map((m) => ({ id: m.id, trigger: m.trigger })),
          themes: draft.themes.map((t) => ({ id: t.id, trigger: t.trigger })),
          flags: draft.flags,
          ...(draft.read ? { read: draft.read } : {}),
          ...(note ? { idNote: note } : {}),
          ...(draft.published ? { published: { id: draft.published.id, title: draft.published.title, similarity: Math.round(draft.published.similarity * 1000) / 1000 } } : {}),
          ...(stored.has(draft) ? { stored: stored.get(draft)! } : {}),
        });
      }
      if (outDir && drafts.length > 0) {
        if (raw) {
          report.rawText = path.join(outDir, raw.name);
          mine.push({ target: report.rawText, text: raw.text });
        }
        report.sourceEntry = path.join(outDir, `${sourceId}.source.yaml`);
        mine.push({ target: report.sourceEntry, text: sourceEntry(input, bytes, sourceId, extracted, doc, raw) });
      }
      // Only an input whose every file can be written is queued: no half of an input.
      const queued: string[] = [];
      for (const m of mine) {
        const refusal = queue(m.target, m.text, input);
        if (refusal) {
          for (const t of queued) targets.delete(t);
          pending.splice(pending.length - queued.length, queued.length);
          throw new DecodeError(refusal);
        }
        queued.push(m.target);
      }
    } catch (error) {
      const message = oneLine(error instanceof DecodeError ? error.message : `${input}: ${(error as Error).message}`);
      report.error = message;
      report.drafts = [];
      // Its drafts are not written: a later input's twin of them is no duplicate.
      for (const [key, s] of seen) if (s.input === input) seen.delete(key);
      for (const [id, c] of claimed) if (c.input === input) claimed.delete(id);
      fail(message);
    }
  }
  for (const r of refused) {
    inputs.push(r);
    fail(r.error!);
  }

  if (outDir && !values['dry-run'] && pending.length > 0) {
      const failure = writeAll(pending, outDir);
      if (failure) {
        for (const r of inputs) if (!r.error) r.drafts = [];
        fail(failure);
      }
    }

  const allDrafts = inputs.flatMap((r) => r.drafts);
    if (values.json) io.out(`${JSON.stringify({ inputs, drafts: allDrafts, errors })}\n`);
    else printReport(inputs, errors, values['dry-run'] || !outDir ? undefined : outDir, io);
    return errors.length ? 1 : 0;
  }

/**
 * Writes every pending file, or none: temp files first; existing files (with
 * --force) are moved aside and only deleted once every new file is in place,
 * restored if anything fails. Returns why it failed, if it did.
 */
function writeAll(pending: Array<{ target: string; text: string }>, outDir: string): string | undefined {
  mkdirSync(outDir, { recursive: true });
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
    return undefined;
  } catch (error) {
    for (const f of placed) rmSync(f, { force: true });
    for (const { backup, target } of backups) renameSync(backup, target);
    for (const { temp } of temps) rmSync(temp, { force: true });
    return `${outDir}: could not write the drafts (${(error as Error).message}); nothing was changed`;
  }
}

/** The report for a reader: each input's drafts and what was left out, the errors on stderr, and what was written to `writtenTo` (none: a dry run). */
function printReport(inputs: InputReport[], errors: string[], writtenTo: string | undefined, io: CommandOutput): void {
  const line = (text: string) => io.out(`${text}\n`);
  for (const r of inputs) {
    if (r.error) continue;
    const dropped = Object.entries(r.dropped).map(([k, n]) => `${k} ${n}`).join(', ');
    line(`${r.file} (${[r.format, r.encoding, r.layout && `layout ${r.layout}`].filter(Boolean).join(', ')}): ${r.drafts.length} draft(s)${dropped ? `; dropped ${dropped}` : ''}`);
    for (const d of r.drafts) {
      line(`  ${d.id}: ${d.title}${d.subtitle ? `——${d.subtitle}` : ''}`);
      if (d.idNote) line(`    注意 ${d.idNote}`);
      line(`    地点 ${d.region ? `${d.region.name}${d.region.township ?? ''}（${d.region.code}）` : '未定'}；作者 ${d.authors.map((a) => a.name).join('、') || '无'}`);
      line(`    方法 ${d.methods.map((m) => `${m.id}〔${m.trigger}〕`).join('、') || '无'}`);
      for (const r of d.read ?? []) line(`    读出 ${r}`);
      for (const f of d.flags) line(`    待核 ${f}`);
    }
    for (const dup of r.duplicates) line(`  likely duplicate, not written: “${dup.title}” is the same text as ${dup.of} (from ${dup.from})`);
    for (const w of r.warnings ?? []) line(`  warning: ${w}`);
    for (const g of groupLeftBlocks(r.left)) {
      const b = g.blocks[0]!;
      if (g.blocks.length === 1) line(`  不在正文 ${BLOCK_ROLES[b.role]}${b.lines ? `（第${b.lines[0]}–${b.lines[1]}行）` : b.line ? `（第${b.line}行）` : ''}：“${shorten(b.text)}”——${b.reason}`);
      else line(`  不在正文 ${g.roles.map((role) => BLOCK_ROLES[role]).join('、')} ${g.blocks.length} 块（${g.reasons.map((x) => `${x.reason} ×${x.count}`).join('；')}）：${g.blocks.map((x) => `“${shorten(x.text)}”`).join(' ')}`);
    }
    if (r.rawText) line(`  raw text: ${r.rawText}`);
  }
  for (const e of errors) io.err(`error: ${e}\n`);
  const failed = inputs.filter((r) => r.error).length;
  const drafts = inputs.reduce((n, r) => n + r.drafts.length, 0);
  const summary = `${drafts} draft(s) from ${inputs.length - failed} of ${inputs.length} input(s)`;
  line(writtenTo === undefined ? `dry run: ${summary}, nothing written` : `wrote ${summary} to ${writtenTo}`);
}
