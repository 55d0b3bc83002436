/**
 * The places of the search vocabulary on the wire (browser-safe). Sorted by
 * GB/T 2260 code, each place repeats only what differs from the one before:
 * how many two-digit levels of the previous code it shares (0–2), the rest of
 * its code, its name — "011北京市,10108海淀区,212通州区". A quarter smaller than
 * [code, name] pairs once gzipped (2.8 KB at 1,000 cases).
 */
export function encodePlaces(places: ReadonlyArray<readonly [string, string]>): string {
  const sorted = [...places].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  let previous = '';
  return sorted
    .map(([code, name]) => {
      if (!/^\d{2}(?:\d{2}){0,2}$/.test(code) || /^\d|,/.test(name)) throw new Error(`search vocabulary: cannot encode place ${code} ${name}`);
      let shared = 0;
      while (shared < 4 && shared + 2 <= Math.min(code.length - 2, previous.length) && code.slice(shared, shared + 2) === previous.slice(shared, shared + 2)) shared += 2;
      previous = code;
      return `${shared / 2}${code.slice(shared)}${name}`;
    })
    .join(',');
}

export function decodePlaces(wire: string): Array<[string, string]> {
  if (!wire) return [];
  let previous = '';
  return wire.split(',').map((entry) => {
    const m = /^([0-2])(\d+)(\D.*)$/u.exec(entry);
    if (!m) throw new Error('search vocabulary: malformed place list');
    const code = previous.slice(0, Number(m[1]) * 2) + m[2]!;
    previous = code;
    return [code, m[3]!];
  });
}

/**
 * The place list is the largest part of the search vocabulary (19 KB gzip at
 * 10,000 cases) and most queries name no place, so the browser gets it only
 * when a query may name one. What it gets first is a bit set (Bloom filter,
 * one hash) of the first two characters of every place term (full and short
 * names, all of two characters or more): a query that contains a place term
 * contains its first two characters, so a query none of whose character pairs
 * is in the set names no place (no false negatives; about 4 % of pairs not
 * starting a place name hit by chance at 10,000 cases and load the list).
 */
export const PLACE_KEY_BITS = 1 << 16;

function pairHash(pair: string): number {
  // FNV-1a over UTF-16 code units.
  let h = 0x811c9dc5;
  for (let i = 0; i < pair.length; i++) {
    h ^= pair.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % PLACE_KEY_BITS;
}

/** The bit set of the place terms' first two characters, base64. */
export function encodePlaceKeys(terms: Iterable<string>): string {
  const bits = new Uint8Array(PLACE_KEY_BITS / 8);
  for (const term of terms) {
    const chars = Array.from(term);
    if (chars.length < 2) throw new Error(`search vocabulary: place term ${term} is shorter than two characters`);
    const h = pairHash(chars[0]! + chars[1]!);
    bits[h >> 3]! |= 1 << (h & 7);
  }
  let binary = '';
  for (const b of bits) binary += String.fromCharCode(b);
  return btoa(binary);
}

export function decodePlaceKeys(wire: string): Uint8Array {
  const binary = atob(wire);
  if (binary.length !== PLACE_KEY_BITS / 8) throw new Error('search vocabulary: malformed place keys');
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** False when the text surely names no place; true when it may. */
export function mayNamePlace(keys: Uint8Array, text: string): boolean {
  const chars = Array.from(text);
  for (let i = 0; i + 1 < chars.length; i++) {
    const h = pairHash(chars[i]! + chars[i + 1]!);
    if (keys[h >> 3]! & (1 << (h & 7))) return true;
  }
  return false;
}
