/**
 * Bytes of a raw document → text, with the encoding detected, never assumed:
 * BOMs (UTF-8, UTF-16 LE/BE), BOM-less UTF-16 (NUL pattern), strict UTF-8,
 * else GB18030 (a superset of GBK and GB2312). Binary files are refused.
 */
import iconv from 'iconv-lite';

export const MAX_BYTES = 20 * 1024 * 1024;

/** A refusal's advice: a .docx copy, the file kept as received (guide §1: the original is never resaved). */
export const SAVE_DOCX_COPY = 'save a copy as .docx in Word or WPS (the file stays as received) and ingest the copy';

export class DecodeError extends Error {}

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

export function decodeDocument(bytes: Uint8Array, label: string): { text: string; encoding: Encoding } {
  if (bytes.length === 0) throw new DecodeError(`${label}: empty file`);
  if (bytes.length > MAX_BYTES) throw new DecodeError(`${label}: ${(bytes.length / 1048576).toFixed(1)} MB is over the 20 MB limit`);
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  let text: string;
  let encoding: Encoding;
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    text = buf.subarray(3).toString('utf8');
    encoding = 'utf-8-bom';
  } else if (buf[0] === 0xff && buf[1] === 0xfe) {
    text = buf.subarray(2).toString('utf16le');
    encoding = 'utf-16le';
  } else if (buf[0] === 0xfe && buf[1] === 0xff) {
    text = iconv.decode(buf.subarray(2), 'utf-16be');
    encoding = 'utf-16be';
  } else if (looksUtf16(buf)) {
    const le = nulShare(buf, 1) > nulShare(buf, 0);
    text = le ? buf.toString('utf16le') : iconv.decode(buf, 'utf-16be');
    encoding = le ? 'utf-16le' : 'utf-16be';
  } else if (isUtf8(buf)) {
    text = buf.toString('utf8');
    encoding = 'utf-8';
  } else {
    text = iconv.decode(buf, 'gb18030');
    encoding = 'gb18030';
  }
  if (isBinaryText(text)) throw new DecodeError(`${label}: looks like a binary file, not text (control characters)`);
  if (!text.trim()) throw new DecodeError(`${label}: no text in the file`);
  // Terminal and other control characters never reach a draft or the report;
  // form feeds (pdftotext's page breaks) stay for the layout analysis (layout.ts).
  const clean = text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/g, '');
  return { text: clean, encoding };
}

function nulShare(buf: Buffer, parity: 0 | 1): number {
  let nul = 0;
  let n = 0;
  for (let i = parity; i < Math.min(buf.length, 4096); i += 2) {
    n++;
    if (buf[i] === 0) nul++;
  }
  return n ? nul / n : 0;
}

/**
 * UTF-16 without BOM: every ASCII character (digits, Latin punctuation, line
 * breaks) leaves a NUL on one side of its pair; Chinese rarely on the other.
 */
function looksUtf16(buf: Buffer): boolean {
  if (buf.length < 4 || buf.length % 2 !== 0) return false;
  const even = nulShare(buf, 0);
  const odd = nulShare(buf, 1);
  return Math.max(even, odd) > 0.05 && Math.min(even, odd) < Math.max(even, odd) / 3;
}

function isUtf8(buf: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(buf);
    return true;
  } catch {
    return false;
  }
}

function isBinaryText(text: string): boolean {
  const sample = text.slice(0, 8192);
  let control = 0;
  for (const ch of sample) {
    const c = ch.codePointAt(0)!;
    if ((c < 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09 && c !== 0x0c) || c === 0xfffd) control++;
  }
  return control / Math.max(1, sample.length) > 0.01;
}
