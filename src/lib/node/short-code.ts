/**
 * Short links `/c/<code>/` for handouts and QR codes. The code is derived from
 * the case's permanent id and nothing else, so it never changes while the id
 * does not: the first 35 bits of SHA-256(id) in lower-case Crockford base32
 * (digits and letters without i, l, o, u), seven characters. 35 bits keep a
 * clash between two of 10,000 cases near one in a thousand; should one happen,
 * the build stops (see buildLibrary) rather than move a printed link. The
 * address itself is urls.ts's shortUrl.
 */
import { createHash } from 'node:crypto';
import { SHORT_CODE_ALPHABET as ALPHABET, SHORT_CODE_LENGTH } from '../short-code-format.ts';

export function shortCode(id: string): string {
  const digest = createHash('sha256').update(id, 'utf8').digest();
  // Read the digest as a bit string, five bits per character, most significant first.
  let code = '';
  for (let i = 0; i < SHORT_CODE_LENGTH; i++) {
    let value = 0;
    for (let bit = i * 5; bit < i * 5 + 5; bit++) value = (value << 1) | ((digest[bit >> 3]! >> (7 - (bit & 7))) & 1);
    code += ALPHABET[value];
  }
  return code;
}
