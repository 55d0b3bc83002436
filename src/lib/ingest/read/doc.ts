import { DecodeError } from '../decode.ts';
import type { ExtractedDocument } from '../extracted.ts';

export async function readDoc(file: string, _bytes: Uint8Array): Promise<ExtractedDocument> {
  throw new DecodeError(`${file}: .doc reading is not wired yet`);
}
