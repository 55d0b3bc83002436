import { DecodeError } from '../decode.ts';
import type { ExtractedDocument } from '../extracted.ts';

export async function readDocx(file: string, _bytes: Uint8Array): Promise<ExtractedDocument> {
  throw new DecodeError(`${file}: .docx reading is not wired yet`);
}
