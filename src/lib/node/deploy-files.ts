/**
 * What a real web server needs beside the built pages (Node-only; run after
 * the build by scripts/prepare-deploy.ts):
 *
 * - short-link redirect maps for nginx and Caddy, read from the short-link
 *   pages the build wrote (`/c/<code>/index.html`), so a map can never name a
 *   code the site lacks or miss one it has;
 * - precompressed `.br` and `.gz` twins of the text files, which nginx
 *   (`gzip_static`, `brotli_static`) and Caddy (`precompressed`) send as they are.
 *
 * Both go into the built folder: `_deploy/` holds the maps, outside any route.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';

export const DEPLOY_DIR = '_deploy';

export interface ShortLinkRedirect {
  /** The short code as the build wrote it (lower case). */
  code: string;
  /** The case's path, `/cases/<id>/`. */
  target: string;
}

const SHORT_TARGET = /<a href="(\/cases\/[a-z0-9-]+\/)" data-short-target/;
const SHORT_CODE = /^[0-9a-z]+$/;

/** The redirects of every short-link page under `<dist>/c/`, sorted by code. */
export function readShortLinkRedirects(dist: string): ShortLinkRedirect[] {
  const folder = path.join(dist, 'c');
  const redirects: ShortLinkRedirect[] = [];
  for (const code of readdirSync(folder).sort()) {
    const page = path.join(folder, code, 'index.html');
    if (!SHORT_CODE.test(code) || !statSync(path.join(folder, code)).isDirectory()) continue;
    const target = SHORT_TARGET.exec(readFileSync(page, 'utf8'))?.[1];
    if (!target) throw new Error(`${page}: no data-short-target link to a case; cannot write the short-link redirect`);
    redirects.push({ code, target });
  }
  return redirects;
}

/**
 * An nginx `map $uri $short_link_target` body: one case-insensitive regex per
 * code, so `/c/CRC2HJE/` reaches the same case as `/c/crc2hje/`.
 */
export function nginxShortLinkMap(redirects: readonly ShortLinkRedirect[]): string {
  const lines = redirects.map(({ code, target }) => `~*^/c/${code}/?$ ${target};`);
  return `# Written by the build (scripts/prepare-deploy.ts): short link → case.\n${lines.join('\n')}\n`;
}

/**
 * Caddy directives, imported inside the site block. Caddy's path matcher is
 * case-insensitive, so one line per code serves every letter case.
 */
export function caddyShortLinks(redirects: readonly ShortLinkRedirect[]): string {
  const lines = redirects.flatMap(({ code, target }) => [`redir /c/${code} ${target} 301`, `redir /c/${code}/ ${target} 301`]);
  return `# Written by the build (scripts/prepare-deploy.ts): short link → case.\n${lines.join('\n')}\n`;
}

/** Text formats worth compressing. Pagefind's own files (.pf_*, .pagefind) are compressed already. */
export const PRECOMPRESSED_EXTENSIONS = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.txt', '.csv', '.svg', '.bib', '.ris', '.webmanifest']);
/** Below this a compressed twin saves less than a packet's headers. */
const MIN_BYTES = 256;
/**
 * Brotli 11 makes this site's text about 11 % smaller than quality 5, at about
 * 25 times the time (measured on the 18-case build: 517 vs 579 KB, 4.6 vs
 * 0.17 s). Up to this many bytes of text the best ratio costs seconds; above
 * it (thousands of cases) quality 5 keeps the step to about a minute.
 */
const BEST_BROTLI_UP_TO = 32 * 1024 * 1024;

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

function* textFiles(folder: string): Generator<string> {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const file = path.join(folder, entry.name);
    if (entry.isDirectory()) yield* textFiles(file);
    else if (entry.isFile() && PRECOMPRESSED_EXTENSIONS.has(path.extname(entry.name))) yield file;
  }
}

export interface PrecompressResult {
  files: number;
  bytes: number;
  gzipBytes: number;
  brotliBytes: number;
}

/**
 * Writes `<file>.gz` and `<file>.br` beside every text file of `dist` that
 * compression makes smaller. zlib's asynchronous calls run on libuv's thread
 * pool, so a few at a time use every core.
 */
export async function precompress(dist: string, concurrency = 4): Promise<PrecompressResult> {
  const result: PrecompressResult = { files: 0, bytes: 0, gzipBytes: 0, brotliBytes: 0 };
  const files = [...textFiles(dist)];
  const total = files.reduce((n, f) => n + statSync(f).size, 0);
  const quality = total <= BEST_BROTLI_UP_TO ? 11 : 5;
  const queue = files.values();
  const worker = async () => {
    for (let next = queue.next(); !next.done; next = queue.next()) {
      const file = next.value;
      const data = readFileSync(file);
      if (data.length < MIN_BYTES) continue;
      const [gz, br] = await Promise.all([
        gzipAsync(data, { level: 9 }),
        brotliAsync(data, {
          params: {
            [zlib.BROTLI_PARAM_QUALITY]: quality,
            [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT,
            [zlib.BROTLI_PARAM_SIZE_HINT]: data.length,
          },
        }),
      ]);
      result.files++;
      result.bytes += data.length;
      if (gz.length < data.length) {
        await writeFile(`${file}.gz`, gz);
        result.gzipBytes += gz.length;
      } else result.gzipBytes += data.length;
      if (br.length < data.length) {
        await writeFile(`${file}.br`, br);
        result.brotliBytes += br.length;
      } else result.brotliBytes += data.length;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return result;
}
