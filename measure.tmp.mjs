import { chromium } from '@playwright/test';
import { gzipSync } from 'node:zlib';
const base = process.argv[2];
const path = process.argv[3] ?? '/cases/baodi-yizhan-sanzhongxin/';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
const seen = [];
page.on('response', async (r) => {
  const type = r.request().resourceType();
  if (!['document', 'stylesheet', 'script'].includes(type)) return;
  try { const body = await r.body(); seen.push({ type, url: r.url(), raw: body.length, gz: gzipSync(body, { level: 9 }).length }); } catch {}
});
await page.goto(base + path, { waitUntil: 'networkidle' });
await page.waitForTimeout(500);
const by = (t) => seen.filter((s) => s.type === t);
for (const t of ['document', 'stylesheet', 'script']) console.log(t, by(t).length, 'files', (by(t).reduce((a, s) => a + s.gz, 0) / 1024).toFixed(1), 'KB gzip');
console.log('total', (seen.reduce((a, s) => a + s.gz, 0) / 1024).toFixed(2), 'KB gzip; script requests', by('script').length);
for (const s of by('script')) console.log('  ', s.url.replace(base, ''), s.gz);
await browser.close();
