/**
 * On the 404 page: a short link typed or scanned in another letter case
 * (`/c/CRC2HJE/`) goes on to its canonical address, whose page leads to the
 * case. Static hosts match paths case-sensitively; the deploy configurations
 * redirect these themselves.
 */
import { canonicalShortPath } from '../lib/short-code-format.ts';

export function followShortLink(location: Location): void {
  const canonical = canonicalShortPath(location.pathname);
  if (canonical) location.replace(canonical + location.search + location.hash);
}
