/**
 * Where a build pointed at another corpus (CONTENT_DIR: fixtures, test
 * copies, the synthetic benchmark corpus) keeps Astro's content cache: apart
 * from the real one, one folder per corpus, so builds of different corpora
 * never reuse each other's entries. astro.config.mjs sets it; tests that
 * build a copied corpus remove it afterwards.
 */
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';

export function astroCacheDirOf(contentDir: string): string {
  return path.join(os.tmpdir(), `astro-cache-${createHash('sha1').update(path.resolve(contentDir)).digest('hex').slice(0, 12)}`);
}
