import { mkdirSync, mkdtempSync, readFileSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { caddyShortLinks, nginxShortLinkMap, precompress, readShortLinkRedirects } from '../../src/lib/node/deploy-files.ts';

const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

function site(pages: Record<string, string>) {
  const dist = mkdtempSync(path.join(os.tmpdir(), 'deploy-files-'));
  temps.push(dist);
  for (const [file, text] of Object.entries(pages)) {
    mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
    writeFileSync(path.join(dist, file), text);
  }
  return dist;
}

const shortPage = (id: string) => `<main><p>正在转到案例：<a href="/cases/${id}/" data-short-target>标题</a></p></main>`;

describe('short-link redirects', () => {
  it('are read from the short-link pages the build wrote, sorted by code', () => {
    const dist = site({ 'c/zz12345/index.html': shortPage('b-case'), 'c/0a12345/index.html': shortPage('a-case') });
    expect(readShortLinkRedirects(dist)).toEqual([
      { code: '0a12345', target: '/cases/a-case/' },
      { code: 'zz12345', target: '/cases/b-case/' },
    ]);
  });

  it('stop the build naming the page when one has no case link', () => {
    const dist = site({ 'c/abc1234/index.html': '<p>nothing</p>' });
    expect(() => readShortLinkRedirects(dist)).toThrow(/c\/abc1234\/index\.html: no data-short-target link/);
  });

  it('match any letter case in nginx (one case-insensitive regex per code) and Caddy', () => {
    const redirects = [{ code: 'crc2hje', target: '/cases/x/' }];
    const map = nginxShortLinkMap(redirects);
    expect(map).toContain('~*^/c/crc2hje/?$ /cases/x/;');
    const entry = map.split('\n').find((l) => l.startsWith('~*'))!;
    const regex = new RegExp(entry.slice(2).split(' ')[0]!, 'i');
    expect(['/c/crc2hje/', '/c/CRC2HJE/', '/c/Crc2hje', '/c/crc2hjex/'].map((u) => regex.test(u))).toEqual([true, true, true, false]);
    expect(caddyShortLinks(redirects)).toContain('redir /c/crc2hje/ /cases/x/ 301');
  });
});

describe('precompress', () => {
  it('writes .gz and .br twins that decompress to the file, and leaves Pagefind files and tiny files alone', async () => {
    const html = `<!doctype html><p>${'联系服务群众'.repeat(200)}</p>`;
    const dist = site({
      'index.html': html,
      'tiny.txt': 'ok',
      'pagefind/index/en_1.pf_index': 'x'.repeat(2000),
      'pagefind/wasm.zh-cn.pagefind': 'y'.repeat(2000),
    });
    const result = await precompress(dist);
    expect(result.files).toBe(1);
    expect(gunzipSync(readFileSync(path.join(dist, 'index.html.gz'))).toString()).toBe(html);
    expect(brotliDecompressSync(readFileSync(path.join(dist, 'index.html.br'))).toString()).toBe(html);
    expect(result.brotliBytes).toBeLessThan(result.bytes);
    for (const f of ['tiny.txt.gz', 'pagefind/index/en_1.pf_index.gz', 'pagefind/wasm.zh-cn.pagefind.br']) expect(existsSync(path.join(dist, f)), f).toBe(false);
  });
});
