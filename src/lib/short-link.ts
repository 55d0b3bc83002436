/**
 * Short links `/c/<code>/` for handouts and QR codes. The code is derived from
 * the case's permanent id and nothing else, so it never changes while the id
 * does not: the first 25 bits of SHA-256(id) in lower-case Crockford base32
 * (digits and letters without i, l, o, u), five characters. Two ids that
 * happen to share a code stop the build (see buildLibrary).
 */
import { createHash } from 'node:crypto';

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
export const SHORT_CODE_LENGTH = 5;

export function shortCode(id: string): string {
  const digest = createHash('sha256').update(id, 'utf8').digest();
  // 25 bits: the first three bytes and the top bit of the fourth.
  let bits = ((digest[0]! << 17) | (digest[1]! << 9) | (digest[2]! << 1) | (digest[3]! >> 7)) >>> 0;
  let code = '';
  for (let i = 0; i < SHORT_CODE_LENGTH; i++) {
    code = ALPHABET[bits & 31] + code;
    bits >>>= 5;
  }
  return code;
}

export const shortUrl = (code: string) => `/c/${code}/`;
