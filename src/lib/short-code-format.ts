/**
 * The short-link code's alphabet and how a typed or scanned code is read back
 * (browser-safe; src/lib/node/short-code.ts derives codes from case ids).
 * Crockford base32: digits and lower-case letters without i, l, o, u.
 */
export const SHORT_CODE_ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
export const SHORT_CODE_LENGTH = 7;

const SHORT_PATH = /^\/c\/([0-9a-z]+)\/?$/i;

/**
 * The canonical short-link path for an address typed in another letter case
 * or with Crockford's look-alikes (I and L for 1, O for 0): `/c/CRC2HJE` →
 * `/c/crc2hje/`. Undefined when the address is not a short link, or is
 * already canonical (so a 404 for it is real).
 */
export function canonicalShortPath(pathname: string): string | undefined {
  const typed = SHORT_PATH.exec(pathname)?.[1];
  if (!typed || typed.length !== SHORT_CODE_LENGTH) return undefined;
  const code = typed.toLowerCase().replace(/[il]/g, '1').replace(/o/g, '0');
  if ([...code].some((c) => !SHORT_CODE_ALPHABET.includes(c))) return undefined;
  const canonical = `/c/${code}/`;
  return canonical === pathname ? undefined : canonical;
}
