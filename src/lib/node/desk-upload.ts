/**
 * The desk's inbox: a received file goes into its own batch of the work
 * folder (`<work>/batches/<batch>/input/<name>`, kept as received) and is
 * read by `npm run ingest` itself (scripts/ingest.ts --json, the same drafts,
 * source entry, raw text and report an editor gets in a terminal), writing
 * into the batch's drafts folder. A bad name, a file over the limit or one
 * ingest cannot read is refused with one message; nothing else is lost.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { MAX_BYTES } from '../ingest/decode.ts';
import { INPUT_EXTENSIONS, unsupportedType } from '../ingest/read/index.ts';

const run = promisify(execFile);
const INGEST = fileURLToPath(new URL('../../../scripts/ingest.ts', import.meta.url));

/** A received file larger than ingest reads (20 MB) is refused before it is stored. */
export const UPLOAD_LIMIT = MAX_BYTES;

/** Batch ids the desk makes: time of receipt and a counter, never a path. */
export const BATCH_PATTERN = /^\d{8}-\d{6}-\d{4}$/;

/** A request the desk refuses, with the HTTP status to answer it with. */
export class DeskInputError extends Error {
  readonly status: number;
  /** Said beside the message in the answer (e.g. the batch a refused file already stands in). */
  readonly detail: Record<string, unknown>;
  constructor(message: string, status = 400, detail: Record<string, unknown> = {}) {
    super(message);
    this.status = status;
    this.detail = detail;
  }
}

/**
 * Why a received file name cannot be stored, or undefined. The name is the
 * browser's file name: a bare name, never a path (a name with / or \ or ..
 * could write outside the batch), with a format ingest reads.
 */
export function uploadNameProblem(name: string): string | undefined {
  if (!name.trim()) return '文件名为空';
  if (/[/\\]/.test(name) || name.split(/[/\\]/).includes('..') || path.isAbsolute(name)) return `文件名“${name}”含路径（/、\\ 或 ..）；只接受文件本身的名字`;
  if (name === '.' || name === '..' || name.startsWith('.')) return `文件名“${name}”以点开头；请用文件原来的名字`;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) return `文件名含控制字符`;
  if (Array.from(name).length > 200) return `文件名超过 200 个字符`;
  if (!INPUT_EXTENSIONS.includes(path.extname(name).toLowerCase())) return `${unsupportedType(name)}（可读格式：${INPUT_EXTENSIONS.join(' ')}）`;
  return undefined;
}

/** The ingest report of one input (scripts/ingest.ts --json, `inputs[0]`). */
export interface IngestReport {
  file: string;
  format?: string;
  layout?: string;
  sourceId?: string;
  rawText?: string;
  sourceEntry?: string;
  drafts: Array<{ file: string; id: string; title: string; subtitle: string | null; flags: string[]; idNote?: string; published?: { id: string; title: string; similarity: number } }>;
  duplicates: Array<{ title: string; of: string; from: string }>;
  dropped: Record<string, number>;
  left: Array<{ role: string; text: string; line?: number; lines?: [number, number]; reason: string }>;
  warnings?: string[];
  error?: string;
}

export interface Batch {
  id: string;
  /** The file name as received. */
  name: string;
  report: IngestReport;
}

export const batchDir = (work: string, batch: string) => path.join(work, 'batches', batch);

let counter = 0;
function newBatchId(work: string): string {
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  let id: string;
  do id = `${stamp}-${String(++counter % 10000).padStart(4, '0')}`;
  while (existsSync(batchDir(work, id)));
  return id;
}

/** What running the ingest command with some arguments gave: its exit status (null: it did not run to an exit) and output. */
export interface IngestRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the ingest command with `args` (those after `npm run ingest --`). */
export type IngestRunner = (args: string[]) => Promise<IngestRun>;

/**
 * The desk's way: scripts/ingest.ts in a process of its own, so that a long
 * document never holds up the desk's other requests. (Tests run the same
 * command in-process: a start-up per received file cost them seconds each.)
 */
export const spawnIngest: IngestRunner = async (args) => {
  try {
    const { stdout, stderr } = await run(process.execPath, [INGEST, ...args], { maxBuffer: 64 * 1024 * 1024 });
    return { status: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: unknown; stdout?: string; stderr?: string; message: string };
    return { status: typeof e.code === 'number' ? e.code : null, stdout: e.stdout ?? '', stderr: e.stderr ?? e.message };
  }
};

/** Stores a received file in a new batch and ingests it against the content folder's taxonomy and library. */
export async function receive(name: string, bytes: Uint8Array, { content, work }: { content: string; work: string }, runIngest: IngestRunner = spawnIngest): Promise<Batch> {
  const problem = uploadNameProblem(name);
  if (problem) throw new DeskInputError(problem);
  if (bytes.length > UPLOAD_LIMIT) throw new DeskInputError(`${name}：${(bytes.length / 1048576).toFixed(1)} MB，超过 ${UPLOAD_LIMIT / 1048576} MB 的上限；未接收`, 413);
  const id = newBatchId(work);
  const dir = batchDir(work, id);
  mkdirSync(path.join(dir, 'input'), { recursive: true });
  const input = path.join(dir, 'input', name);
  writeFileSync(input, bytes, { flag: 'wx' });
  const report = await ingest(input, path.join(dir, 'drafts'), content, runIngest);
  const batch: Batch = { id, name, report };
  writeFileSync(path.join(dir, 'batch.json'), `${JSON.stringify(batch, null, 2)}\n`);
  return batch;
}

/** Runs `npm run ingest` on one stored input; a failure is the report's error, not an exception. */
async function ingest(input: string, out: string, content: string, runIngest: IngestRunner): Promise<IngestReport> {
  const { status, stdout, stderr } = await runIngest([input, '--out', out, '--json', '--content', content]);
  // Exit 1 with a JSON report is an input ingest refused; anything else is the tool failing.
  if (status !== 0 && !stdout.trim().startsWith('{')) return { file: input, drafts: [], duplicates: [], dropped: {}, left: [], error: `ingest 未能运行：${stderr.trim().split('\n').at(-1)}` };
  const parsed = JSON.parse(stdout) as { inputs: IngestReport[]; errors: string[] };
  return parsed.inputs[0] ?? { file: input, drafts: [], duplicates: [], dropped: {}, left: [], error: parsed.errors.join('; ') || 'ingest 没有报告此文件' };
}

/** Every batch of the work folder, oldest first. */
export function listBatches(work: string): Batch[] {
  const root = path.join(work, 'batches');
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((b) => BATCH_PATTERN.test(b) && existsSync(path.join(root, b, 'batch.json')))
    .sort()
    .map((b) => JSON.parse(readFileSync(path.join(root, b, 'batch.json'), 'utf8')) as Batch);
}
