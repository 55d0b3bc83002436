#!/usr/bin/env node
/**
 * Serves the production build in dist/ as a plain static host does: files as
 * they are, `dir/` → `dir/index.html`, `dir` → redirect to `dir/`, unknown
 * paths → 404.html with status 404. Used by `npm start` and by the e2e tests.
 *
 *   node scripts/serve-dist.mjs [--port 4321] [--host 127.0.0.1] [--dir dist]
 */
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { createGzip } from 'node:zlib';
import { readArgs } from './usage.mjs';

const USAGE = `
Usage: npm run preview -- [--port 4321] [--host 127.0.0.1] [--dir dist]

Serves an existing production build as a plain static host does.
`;

const { values } = readArgs(USAGE, {
  options: {
    port: { type: 'string', default: process.env.PORT ?? '4321' },
    host: { type: 'string', default: '127.0.0.1' },
    dir: { type: 'string', default: 'dist' },
  },
});

const root = path.resolve(values.dir);
if (!existsSync(path.join(root, 'index.html'))) {
  console.error(`serve-dist: ${root}/index.html not found; run "npm run build" first.`);
  process.exit(1);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.bib': 'application/x-bibtex; charset=utf-8',
  '.ris': 'application/x-research-info-systems; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

// Text is compressed as static hosts do; Pagefind's index files are compressed already.
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.txt', '.csv', '.bib', '.ris', '.svg', '.webmanifest']);

function send(req, res, status, file, headers = {}) {
  const ext = path.extname(file);
  const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
  res.writeHead(status, {
    'Content-Type': TYPES[ext] ?? 'application/octet-stream',
    'X-Content-Type-Options': 'nosniff',
    Vary: 'Accept-Encoding',
    ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    ...headers,
  });
  const stream = createReadStream(file);
  stream.on('error', () => res.destroy());
  if (gzip) stream.pipe(createGzip()).pipe(res);
  else stream.pipe(res);
}

/**
 * Short links as the shipped nginx configuration answers them: in any letter
 * case, straight to their case (301), from the map the build writes
 * (dist/_deploy/short-links.nginx.map, lines `~*^/c/<code>/?$ /cases/<id>/;`).
 * Static hosts without it fall back to the 404 page's script.
 */
function readShortLinks() {
  const map = path.join(root, '_deploy', 'short-links.nginx.map');
  if (!existsSync(map)) return [];
  return readFileSync(map, 'utf8')
    .split('\n')
    .map((line) => /^~\*(\^\/c\/[0-9a-z]+\/\?\$)\s+(\/cases\/[^\s;]+\/);$/.exec(line.trim()))
    .filter(Boolean)
    .map(([, pattern, target]) => ({ pattern: new RegExp(pattern, 'i'), target }));
}
const shortLinks = readShortLinks();

function handle(req, res) {
  let url;
  let pathname;
  try {
    url = new URL(req.url ?? '/', 'http://localhost');
    pathname = decodeURIComponent(url.pathname);
  } catch {
    res.writeHead(400).end('Bad request');
    return;
  }
  const file = path.join(root, pathname);
  const rel = path.relative(root, file);
  // Never serve anything outside dist/ (.., NUL bytes, sibling folders).
  if (rel.startsWith('..') || path.isAbsolute(rel) || pathname.includes('\0')) {
    res.writeHead(400).end('Bad request');
    return;
  }
  // The build's server lists (dist/_deploy/) are not for readers, as in deploy/.
  const hidden = rel === '_deploy' || rel.startsWith(`_deploy${path.sep}`);
  if (hidden) {
    // falls through to the 404 page
  } else if (existsSync(file) && statSync(file).isDirectory()) {
    if (!url.pathname.endsWith('/')) {
      // Built from the still-encoded path, with exactly one leading slash: never another host.
      const location = `/${url.pathname.replace(/^\/+/, '')}/${url.search}`;
      res.writeHead(301, { Location: location }).end();
      return;
    }
    const index = path.join(file, 'index.html');
    if (existsSync(index)) return send(req, res, 200, index);
  } else if (existsSync(file)) {
    return send(req, res, 200, file);
  }
  const short = shortLinks.find((link) => link.pattern.test(url.pathname));
  if (short) {
    res.writeHead(301, { Location: short.target + url.search }).end();
    return;
  }
  const notFound = path.join(root, '404.html');
  if (existsSync(notFound)) return send(req, res, 404, notFound);
  res.writeHead(404).end('Not found');
}

const server = createServer((req, res) => {
  try {
    handle(req, res);
  } catch (error) {
    if (!res.headersSent) res.writeHead(500).end('Server error');
    console.error(`serve-dist: ${req.url}: ${error.message}`);
  }
});

server.listen(Number(values.port), values.host, () => {
  console.log(`Serving ${path.relative(process.cwd(), root) || '.'} at http://${values.host}:${values.port}/`);
});
