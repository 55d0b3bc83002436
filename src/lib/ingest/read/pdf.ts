import { DecodeError } from '../decode.ts';
import type { ExtractedDocument } from '../extracted.ts';

export async function readPdf(file: string, _bytes: Uint8Array): Promise<ExtractedDocument> {
  throw new DecodeError(`${file}: .pdf reading is not wired yet`);
}
