/**
 * A text file (Word's 纯文本/Unicode export, an OCR or pdftotext export) is its
 * own raw text: decoded, line endings normalised, nothing else touched, so the
 * drafts' line numbers are the file's.
 */
import { decodeDocument } from '../decode.ts';
import type { ExtractedDocument } from '../extracted.ts';

export function readText(file: string, bytes: Uint8Array): ExtractedDocument {
  const { text, encoding } = decodeDocument(bytes, file);
  return { format: 'text', text, extracted: false, encoding, meta: {}, headings: [], dropped: {} };
}
