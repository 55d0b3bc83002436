/**
 * The editor's desk server (`npm run desk`): the desk page, its browser
 * module, and a small JSON API over desk-upload and desk-drafts. Node's own
 * http with a table of routes: a dozen routes, raw file bodies (the page
 * sends each file as the request body, so no multipart parser) and JSON, for
 * one editor on 127.0.0.1. Requests naming another host (DNS rebinding) or
 * posted from another origin are refused.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { ProposalError } from '../ingest/accept-proposals.ts';
import { ReadingError } from '../ingest/record-reading.ts';
import { addFromSelection, answer, refuseResent, answerTeaching, check, settleFlag, editCarried, editProposal, collateDraft, previewDraft, publishDraft, queue, recordDraftReading, removeDraftReading, saveFields, saveSource, viewDraft, type CarriedChange, type DeskFolders, type SeenProposal, type SourceFields } from './desk-drafts.ts';
import { DeskInputError, listBatches, receive, spawnIngest, UPLOAD_LIMIT, type IngestRunner } from './desk-upload.ts';

const PAGE = fileURLToPath(new URL('../../desk/desk.html', import.meta.url));
const SCRIPT = fileURLToPath(new URL('../../scripts/desk-page.ts', import.meta.url));
/** A JSON request is a form's worth of fields; anything larger is a mistake. */
const JSON_LIMIT = 1024 * 1024;

/** The desk's browser module, bundled once at start (esbuild, already the build's bundler). */
export async function bundleDeskScript(): Promise<string> {
  const result = await build({ entryPoints: [SCRIPT], bundle: true, write: false, format: 'esm', target: 'es2022', minify: false, logLevel: 'silent' });
  return result.outputFiles[0]!.text;
}

type Handler = (req: IncomingMessage, params: string[], url: URL) => Promise<unknown> | unknown;

function send(res: ServerResponse, status: number, body: string | Buffer, type: string): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', 'content-security-policy': "default-src 'self'; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'" });
  res.end(body);
}
const json = (res: ServerResponse, status: number, value: unknown) => send(res, status, JSON.stringify(value), 'application/json; charset=utf-8');

/**
 * Reads a request body up to `limit` bytes; a larger one is refused and none of it is stored. The refused
 * bytes are still read to the end and dropped: answering and closing while the sender is still sending resets
 * the connection, and the sender then sees a reset instead of the refusal (desk-server.test failed so under load).
 */
async function readBody(req: IncomingMessage, limit: number, what: string): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? 0);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size <= limit && declared <= limit) chunks.push(chunk as Buffer);
    // A sender that goes on far past the limit is cut off rather than read for ever.
    if (size > 2 * limit) break;
  }
  if (size > limit || declared > limit) throw new DeskInputError(`${what}超过 ${Math.round(limit / 1048576)} MB 的上限；未接收`, 413);
  return Buffer.concat(chunks);
}

async function readJson<T>(req: IncomingMessage): Promise<T> {
  const body = await readBody(req, JSON_LIMIT, '请求');
  try {
    return (body.length ? JSON.parse(body.toString('utf8')) : {}) as T;
  } catch {
    throw new DeskInputError('请求不是 JSON');
  }
}

function routes(folders: DeskFolders, runIngest: IngestRunner): Array<[method: string, pattern: RegExp, handler: Handler]> {
  const draft = /^\/api\/drafts\/([^/]+)\/([^/]+)/;
  const at = (suffix: string) => new RegExp(`${draft.source}/${suffix}$`);
  /** A POST that changes a draft with the request's JSON and answers with the draft as it now is. */
  const change = <T,>(suffix: string, apply: (f: DeskFolders, batch: string, draftName: string, body: T) => unknown): [string, RegExp, Handler] => [
    'POST',
    at(suffix),
    async (req, [b, d]) => {
      apply(folders, b!, d!, await readJson<T>(req));
      return viewDraft(folders, b!, d!);
    },
  ];
  return [
    ['GET', /^\/api\/queue$/, () => queue(folders, listBatches(folders.work))],
    [
      'POST',
      /^\/api\/files$/,
      async (req, _p, url) => {
        const name = url.searchParams.get('name') ?? '';
        const bytes = await readBody(req, UPLOAD_LIMIT, `文件“${name}”`);
        refuseResent(folders.work, name, bytes);
        return receive(name, bytes, folders, runIngest);
      },
    ],
    ['GET', new RegExp(`${draft.source}$`), (_r, [b, d]) => viewDraft(folders, b!, d!)],
    ['GET', at('preview'), (_r, [b, d]) => previewDraft(folders, b!, d!)],
    ['GET', at('collate'), (_r, [b, d], url) => collateDraft(folders, b!, d!, url.searchParams.get('with') ?? '')],
    ['POST', at('answer'), async (req, [b, d]) => answer(folders, b!, d!, await readJson(req))],
    change('teaching/answer', answerTeaching),
    [
      'POST',
      at('proposal'),
      async (req, [b, d]) => {
        const { n, ...change } = await readJson<{ n: number; p?: number; quote?: string; label?: string; note?: string; value?: string | number; seen?: SeenProposal[] }>(req);
        editProposal(folders, b!, d!, Number(n), change);
        return viewDraft(folders, b!, d!);
      },
    ],
    change('flag', (f, b, d, body: { flag?: string }) => settleFlag(f, b, d, String(body.flag ?? ''))),
    change('add', addFromSelection),
    change('reading', recordDraftReading),
    change('reading/remove', (f, b, d, body: { n?: number }) => removeDraftReading(f, b, d, Number(body.n))),
    change<CarriedChange>('carried', editCarried),
    change('fields', saveFields),
    change('check', check),
    ['POST', at('publish'), (_r, [b, d]) => publishDraft(folders, b!, d!)],
    [
      'POST',
      /^\/api\/batches\/([^/]+)\/source$/,
      async (req, [b]) => {
        const { accept, reject, all, ...fields } = await readJson<{ accept?: number[]; reject?: number[]; all?: boolean } & SourceFields>(req);
        const answering = Boolean(all || accept?.length || reject?.length);
        saveSource(folders, b!, fields, answering ? { all: Boolean(all), accept: accept ?? [], reject: reject ?? [] } : undefined);
        return { ok: true };
      },
    ],
  ];
}

/** A path segment as sent (percent-encoded); a malformed one is the request's fault, not the desk's. */
function decodeParam(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new DeskInputError(`地址中的“${segment}”不是有效的编码`);
  }
}

/**
 * The desk's request handler over `folders`, serving the bundled `script`; received files are ingested by `runIngest`.
 * `formats` names the formats ingest reads, as its command's usage lists them (scripts/ingest-usage.ts): handed in by
 * the command, so the page never types the list again and the library imports nothing from scripts/.
 */
export function createDeskServer(folders: DeskFolders, { script, formats }: { script: string; formats: string }, runIngest: IngestRunner = spawnIngest): Server {
  const table = routes(folders, runIngest);
  const page = readFileSync(PAGE, 'utf8').replace('<!--formats-->', formats);
  return createServer(async (req, res) => {
    const port = (req.socket.address() as { port?: number }).port;
    const hosts = [`127.0.0.1:${port}`, `localhost:${port}`];
    if (!hosts.includes(String(req.headers.host))) return json(res, 421, { error: `只接受 http://127.0.0.1:${port}/ 的请求` });
    const origin = req.headers.origin;
    if (req.method !== 'GET' && origin !== undefined && !hosts.some((h) => origin === `http://${h}`)) return json(res, 403, { error: '只接受编辑台页面自己的请求' });
    const url = new URL(req.url ?? '/', `http://${hosts[0]}`);
    if (req.method === 'GET' && url.pathname === '/') return send(res, 200, page, 'text/html; charset=utf-8');
    if (req.method === 'GET' && url.pathname === '/desk.js') return send(res, 200, script, 'text/javascript; charset=utf-8');
    // Browsers ask for an icon: none, and no 404 in the console.
    if (req.method === 'GET' && url.pathname === '/favicon.ico') return send(res, 204, '', 'image/x-icon');
    for (const [method, pattern, handler] of table) {
      const m = pattern.exec(url.pathname);
      if (!m || method !== req.method) continue;
      try {
        return json(res, 200, await handler(req, m.slice(1).map(decodeParam), url));
      } catch (error) {
        if (error instanceof DeskInputError) return json(res, error.status, { error: error.message, ...error.detail });
        if (error instanceof ProposalError || error instanceof ReadingError) return json(res, 400, { error: error.message });
        return json(res, 500, { error: `编辑台出错：${(error as Error).message}` });
      } finally {
        // A refused upload may leave its body unread: drain it so the answer reaches the page.
        req.resume();
      }
    }
    return json(res, 404, { error: `没有这个地址：${req.method} ${url.pathname}` });
  });
}
