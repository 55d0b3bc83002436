/**
 * .mhtml/.mht (a browser's or Word's single-file save) → the HTML page inside,
 * then read as a web page. MHTML is MIME multipart/related (RFC 2557). The
 * part we need is simple — a boundary, part headers, quoted-printable or
 * base64, a charset — so it is unpacked here. postal-mime (eml.ts's parser)
 * does not serve: it gives a message's text/html parts joined into one string
 * (a page saved with its frames is several such parts, and the page is the one
 * Snapshot-Content-Location names) and keeps no part's own headers, so the
 * Content-Location an IE .mht states only on its page part (the page's
 * address) would be lost. The tests cover both transfer encodings, folded
 * headers and a GBK part.
 */
import iconv from 'iconv-lite';
import { DecodeError } from '../decode.ts';
import type { ExtractedDocument } from '../extracted.ts';
import { decodeWebPage, readWebPage } from './web-page.ts';
import { readUnwrapped } from './saved-mail.ts';

interface Part {
  headers: Map<string, string>;
  body: Buffer;
}

/** Header block (latin1 text) → lower-cased names → unfolded values. */
function parseHeaders(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of block.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const m = /^([\w-]+)\s*:\s*(.*)$/.exec(line);
    if (m && !headers.has(m[1]!.toLowerCase())) headers.set(m[1]!.toLowerCase(), m[2]!.trim());
  }
  return headers;
}

function param(value: string | undefined, name: string): string | undefined {
  if (!value) return undefined;
  const m = new RegExp(`(?:^|;)\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(value);
  return m ? (m[1] ?? m[2]) : undefined;
}

function splitHead(text: string): [string, string] {
  const m = /\r?\n\r?\n/.exec(text);
  return m ? [text.slice(0, m.index), text.slice(m.index + m[0].length)] : [text, ''];
}

function decodeQuotedPrintable(text: string): Buffer {
  const soft = text.replace(/=\r?\n/g, '');
  const out: number[] = [];
  for (let i = 0; i < soft.length; i++) {
    const c = soft.charCodeAt(i);
    if (c === 0x3d && /^[0-9A-Fa-f]{2}$/.test(soft.slice(i + 1, i + 3))) {
      out.push(parseInt(soft.slice(i + 1, i + 3), 16));
      i += 2;
    } else out.push(c & 0xff);
  }
  return Buffer.from(out);
}

function decodeBody(raw: string, encoding: string | undefined): Buffer {
  const e = (encoding ?? '').toLowerCase();
  if (e === 'base64') return Buffer.from(raw.replace(/[^A-Za-z0-9+/=]/g, ''), 'base64');
  if (e === 'quoted-printable') return decodeQuotedPrintable(raw);
  return Buffer.from(raw, 'latin1');
}

export function unpackMhtml(file: string, bytes: Uint8Array): { html: Buffer; charset: string | undefined; location: string | undefined; snapshot: string | undefined } {
  const all = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1');
  const [headBlock] = splitHead(all);
  const top = parseHeaders(headBlock);
  const boundary = param(top.get('content-type'), 'boundary');
  if (!boundary) throw new DecodeError(`${file}: not a valid MHTML file (no multipart boundary in its headers); save the page again as "Webpage, Single File" or as .html`);
  const parts: Part[] = [];
  const chunks = all.split(`--${boundary}`);
  for (const chunk of chunks.slice(1)) {
    if (chunk.startsWith('--')) break;
    const [h, b] = splitHead(chunk.replace(/^\r?\n/, ''));
    const headers = parseHeaders(h);
    parts.push({ headers, body: decodeBody(b.replace(/\r?\n$/, ''), headers.get('content-transfer-encoding')) });
  }
  const snapshot = top.get('snapshot-content-location');
  const pages = parts.filter((p) => /^text\/html/i.test(p.headers.get('content-type') ?? ''));
  const page = pages.find((p) => snapshot && p.headers.get('content-location') === snapshot) ?? pages[0];
  if (!page) throw new DecodeError(`${file}: the MHTML file holds no HTML page (only ${parts.length} other parts); save the page again`);
  return { html: page.body, charset: param(page.headers.get('content-type'), 'charset'), location: page.headers.get('content-location'), snapshot };
}

export function readMhtml(file: string, bytes: Uint8Array): ExtractedDocument {
  const part = unpackMhtml(file, bytes);
  let html: string;
  let encoding: string;
  const charset = part.charset?.toLowerCase();
  if (charset && iconv.encodingExists(charset) && !/^utf-?8$/.test(charset)) {
    html = iconv.decode(part.html, charset);
    encoding = charset;
  } else {
    ({ html, encoding } = decodeWebPage(part.html, file));
  }
  const url = [part.snapshot, part.location].find((u) => u && /^https?:/i.test(u));
  const doc = readUnwrapped(html, (page) => readWebPage(file, page, { format: 'mhtml', encoding, ...(url ? { url } : {}) }));
  if (url) doc.meta.url ??= url;
  return doc;
}
