import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
page.on('console', m => { if (m.type()==='error') console.log('ERR', m.text()); });
page.on('pageerror', e => console.log('PAGEERR', e.message));
for (const q of process.argv.slice(2)) {
  await page.goto('http://127.0.0.1:4321/search/?q=' + encodeURIComponent(q));
  await page.waitForFunction(() => !document.querySelector('[data-search-status]').textContent.includes('正在') && document.querySelector('[data-search-status]').textContent.length > 0, null, { timeout: 10000 });
  await page.waitForTimeout(200);
  const st = await page.locator('[data-search-status]').textContent();
  const res = await page.locator('[data-search-result] a').evaluateAll(as => as.filter(a => a.closest('h2')).map(a => a.getAttribute('href').replace('/cases/','').slice(0,22)));
  console.log(q, '|', st, '|', res.slice(0,6).join(' '));
}
await browser.close();
