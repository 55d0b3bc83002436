/**
 * The shipped web-server configurations (deploy/) serving the build under
 * test (tests/static/dist.ts): nginx always (installed by
 * scripts/serve-deploy.mjs when missing and run as root), Caddy where it is
 * installed.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEADER_CSP, PAGE_CSP } from '../../src/lib/content-security-policy.ts';
import { readShortLinkRedirects } from '../../src/lib/node/deploy-files.ts';
import { buildCommand } from '../../scripts/test-builds.mjs';
import { DIST as dist } from './dist.ts';
import { freePort } from '../free-port.ts';
const caddyInstalled = ['/usr/bin/caddy', '/usr/local/bin/caddy'].some((f) => existsSync(f)) || spawnSync('sh', ['-c', 'command -v caddy'], { stdio: 'ignore' }).status === 0;

const find = (dir: string, test: (name: string) => boolean): string => {
  const name = readdirSync(path.join(dist, dir)).find(test);
  if (!name) throw new Error(`no file in ${dir} matching ${test}`);
  return `/${dir}/${name}`;
};

async function startServer(server: 'nginx' | 'caddy', port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['scripts/serve-deploy.mjs', '--server', server, '--port', String(port), '--dir', dist], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const deadline = Date.now() + 120_000; // an apt-get install of nginx included
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`serve:${server} exited (${child.exitCode}):\n${output}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error(`serve:${server} did not answer on port ${port}:\n${output}`);
}

const SERVERS = [
  { server: 'nginx' as const, available: true },
  { server: 'caddy' as const, available: caddyInstalled },
];

for (const { server, available } of SERVERS) {
  describe.skipIf(!available)(`${server} with the shipped configuration`, () => {
    let child: ChildProcess;
    let base = '';
    const get = (url: string, encoding = 'identity') => fetch(base + url, { redirect: 'manual', headers: { 'accept-encoding': encoding } });

    beforeAll(async () => {
      if (!existsSync(path.join(dist, '_deploy'))) throw new Error(`${dist} has no _deploy/: build it again (${buildCommand()})`);
      const port = await freePort();
      base = `http://127.0.0.1:${port}`;
      child = await startServer(server, port);
    }, 180_000);
    // Wait for serve-deploy to stop the server and remove its temporary prefix (/tmp/cases-<server>-*).
    afterAll(async () => {
      if (!child || child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    });

    it('sends the pages’ own CSP plus frame-ancestors, and the other security headers, on pages, assets, redirects and 404s', async () => {
      const page = readFileSync(path.join(dist, 'index.html'), 'utf8');
      expect(page).toContain(`content="${PAGE_CSP}"`);
      expect(HEADER_CSP).toBe(`${PAGE_CSP}; frame-ancestors 'none'`);
      for (const url of ['/', find('_astro', (n) => n.endsWith('.css')), '/c/' + readShortLinkRedirects(dist)[0]!.code.toUpperCase() + '/', '/no-such-page/']) {
        const res = await get(url);
        expect(res.headers.get('content-security-policy'), url).toBe(HEADER_CSP);
        expect(res.headers.get('x-content-type-options'), url).toBe('nosniff');
        expect(res.headers.get('referrer-policy'), url).toBe('strict-origin-when-cross-origin');
        expect(res.headers.get('permissions-policy'), url).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/);
      }
    });

    it('serves Pagefind’s files as octet-stream without a Content-Encoding', async () => {
      const files = [
        find('pagefind', (n) => n.endsWith('.pf_meta')),
        find('pagefind', (n) => n.endsWith('.pagefind')),
        find('pagefind/index', (n) => n.endsWith('.pf_index')),
        find('pagefind/fragment', (n) => n.endsWith('.pf_fragment')),
        find('pagefind/filter', (n) => n.endsWith('.pf_filter')),
      ];
      for (const url of files) {
        const res = await get(url, 'br, gzip');
        expect(res.status, url).toBe(200);
        expect(res.headers.get('content-type'), url).toBe('application/octet-stream');
        expect(res.headers.get('content-encoding'), url).toBeNull();
        expect((await res.arrayBuffer()).byteLength, url).toBe(statSync(path.join(dist, url)).size);
      }
    });

    it('caches hashed files for a year and makes everything a build rewrites revalidate', async () => {
      const immutable = [
        find('_astro', (n) => n.endsWith('.js')),
        find('_astro', (n) => n.endsWith('.css')),
        find('pagefind', (n) => n.endsWith('.pf_meta')),
        find('pagefind/index', () => true),
        find('pagefind/fragment', () => true),
        find('pagefind/filter', () => true),
      ];
      for (const url of immutable) expect((await get(url)).headers.get('cache-control'), url).toBe('public, max-age=31536000, immutable');
      const revalidate = ['/', '/cases/nanjing-cheguansuo/', '/rss.xml', '/feed.json', '/cases.json', '/cases.csv', '/sitemap.xml', '/pagefind/shards.json', '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/display-init.js'];
      for (const url of revalidate) {
        const res = await get(url);
        expect(res.status, url).toBe(200);
        expect(res.headers.get('cache-control'), url).toBe('no-cache');
      }
    });

    it('sends the precompressed twins the build wrote, brotli first', async () => {
      const url = '/cases/nanjing-cheguansuo/';
      const file = path.join(dist, url, 'index.html');
      const br = await get(url, 'br, gzip');
      expect(br.headers.get('content-encoding')).toBe('br');
      expect(br.headers.get('vary')).toMatch(/accept-encoding/i);
      const gz = await get(url, 'gzip');
      expect(gz.headers.get('content-encoding')).toBe('gzip');
      // fetch decodes the body; the twins are what the server sent.
      expect(await br.text()).toBe(readFileSync(file, 'utf8'));
      expect(await gz.text()).toBe(readFileSync(file, 'utf8'));
      expect(statSync(`${file}.br`).size).toBeLessThan(statSync(`${file}.gz`).size);
      const plain = await get(url);
      expect(plain.headers.get('content-encoding')).toBeNull();
      expect(plain.headers.get('content-type')).toMatch(/^text\/html; charset=utf-8$/i);
    });

    it('redirects every short link in any letter case, and a case address without its slash', async () => {
      const redirects = readShortLinkRedirects(dist);
      expect(redirects.length).toBeGreaterThan(0);
      for (const { code, target } of redirects) {
        for (const url of [`/c/${code}/`, `/c/${code.toUpperCase()}/`, `/c/${code[0]!.toUpperCase()}${code.slice(1)}`]) {
          const res = await get(url);
          expect(res.status, url).toBe(301);
          expect(new URL(res.headers.get('location')!, base).pathname, url).toBe(target);
        }
      }
      const res = await get('/cases/nanjing-cheguansuo');
      expect([301, 308]).toContain(res.status);
      expect(new URL(res.headers.get('location')!, base).pathname).toBe('/cases/nanjing-cheguansuo/');
    });

    it('answers unknown paths and the build’s server files with 404.html and status 404', async () => {
      const notFound = readFileSync(path.join(dist, '404.html'), 'utf8');
      for (const url of ['/no-such-page/', '/cases/no-such-case/', '/_deploy/short-links.nginx.map', '/_deploy/short-links.caddy']) {
        const res = await get(url);
        expect(res.status, url).toBe(404);
        expect(await res.text(), url).toBe(notFound);
      }
    });
  });
}
