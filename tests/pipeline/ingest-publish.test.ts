/**
 * From a Word file to a published case (README, "Adding a case"): a .docx made
 * here from the real raw essay (seed 001) is ingested; the draft's editorial
 * fields are completed as an editor would (kind, level, summary, source id, a
 * correction); draft, raw text, original and sources.yaml entry are placed in
 * a copy of the fixture library (tests/fixtures/library); the site is built from it (CONTENT_DIR, --outDir); the
 * case page, its 校勘记 and its hit in the real Pagefind index (searched in
 * Chromium on the built /search/ page) are found.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Document, Packer, Paragraph, HeadingLevel, TextRun } from 'docx';
import { parse, stringify } from 'yaml';
import { answerProposals } from '../../src/lib/ingest/accept-proposals.ts';
import { readMethodMentions } from '../../src/lib/node/taxonomy.ts';
import { chromium } from '@playwright/test';
import { afterAll, describe, expect, it } from 'vitest';
import { astroCacheDirOf } from '../../src/lib/node/astro-cache-dir.ts';
import { FIXTURE_LIBRARY, fixture } from '../fixture-library.ts';
import { freePort } from '../free-port.ts';
import { runIngestInProcess } from '../ingest-in-process.ts';

const temp = mkdtempSync(path.join(os.tmpdir(), 'ingest-publish-'));
let server: ChildProcess | undefined;
afterAll(() => {
  server?.kill();
  rmSync(temp, { recursive: true, force: true });
  // The content cache astro.config.mjs keeps apart for a build with CONTENT_DIR (the copy below).
  rmSync(astroCacheDirOf(path.join(temp, 'content')), { recursive: true, force: true });
});

const ID = 'yongshan-docx-tihui';

/** The essay of seed 001 as an editor's Word file: title as a heading, author line, paragraphs. */
async function makeDocx(file: string): Promise<string[]> {
  const raw = readFileSync(path.join(fixture('sources/raw'), readdirSync(fixture('sources/raw')).find((f) => f.startsWith('001'))!), 'utf8');
  // The essay's body: lines 12–22 of the capture (tests/fixtures/library/cases/yongshan-qunzhong-gongzuo-tihui.mdx).
  const paragraphs = raw.split('\n').slice(11, 22).map((l) => l.trim()).filter(Boolean);
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('做群众工作的几点体会')] }),
          new Paragraph({ children: [new TextRun('永善县政府办党总支书记 肖文杰')] }),
          ...paragraphs.map((p) => new Paragraph({ children: [new TextRun(p)] })),
        ],
      },
    ],
  });
  writeFileSync(file, await Packer.toBuffer(doc));
  return paragraphs;
}

describe('from a Word file to a published case', () => {
  it('ingest, complete, place, build: the page, its 校勘记 and its search hit', { timeout: 600_000 }, async () => {
    const started = Date.now();
    const docx = path.join(temp, '永善县做群众工作的几点体会.docx');
    const paragraphs = await makeDocx(docx);
    const drafts = path.join(temp, 'drafts');
    // npm run ingest in this process (its bin's wiring is ingest.test's): a start-up cost 3-10 s.
    const r = await runIngestInProcess([docx, '--out', drafts, '--id', ID, '--json', '--content', FIXTURE_LIBRARY]);
    expect(r.status, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as { inputs: Array<{ format: string; sourceId: string; rawText: string; sourceEntry: string; drafts: Array<{ id: string; title: string; authors: Array<{ name: string }>; region: { code: string } | null }> }> };
    const input = report.inputs[0]!;
    expect(input.format).toBe('docx');
    expect(input.drafts).toHaveLength(1);
    const d = input.drafts[0]!;
    expect(d).toMatchObject({ id: ID, title: '做群众工作的几点体会', authors: [{ name: '肖文杰' }], region: { code: '530625' } });
    const rawText = readFileSync(input.rawText, 'utf8');
    // Every paragraph of the Word file is in the raw text the draft counts lines of.
    for (const p of paragraphs) expect(rawText).toContain(p);

    // The editor accepts the draft's proposals and completes it.
    const mdx = answerProposals(readFileSync(path.join(drafts, `${ID}.mdx`), 'utf8'), { all: true }, readMethodMentions('content')).text;
    const end = mdx.indexOf('\n---\n', 4);
    const fm = parse(mdx.slice(4, end)) as Record<string, unknown> & { corrections?: unknown[] };
    const body = mdx.slice(end + 5);
    const target = '十八大报告指出';
    expect(body).toContain(target);
    Object.assign(fm, {
      kind: '心得体会',
      level: '县区',
      summary: '永善县干部结合水电站移民工作谈群众工作的着力点、关键点、突破点和落脚点。',
      source: { ...(fm.source as object), id: input.sourceId },
      corrections: [...(fm.corrections ?? []), { type: 'doubt', p: 1, text: target, note: '编者校：端到端测试所加存疑' }],
    });
    const content = path.join(temp, 'content');
    cpSync(FIXTURE_LIBRARY, content, { recursive: true });
    writeFileSync(path.join(content, 'cases', `${ID}.mdx`), `---\n${stringify(fm, { lineWidth: 0 })}---\n${body}`);
    // Raw text, original and the sources.yaml entry where the README puts them.
    cpSync(input.rawText, path.join(content, 'sources', 'raw', path.basename(input.rawText)));
    mkdirSync(path.join(content, 'sources', 'originals'), { recursive: true });
    cpSync(docx, path.join(content, 'sources', 'originals', path.basename(docx)));
    const [entry] = parse(readFileSync(input.sourceEntry, 'utf8')) as Array<Record<string, unknown>>;
    Object.assign(entry!, { type: 'online', publication: entry!.publication ?? '编者收到的 Word 稿', about: '端到端测试：由 Word 文件导入。' });
    appendFileSync(path.join(content, 'sources', 'sources.yaml'), `\n${stringify([entry], { lineWidth: 0 })}`);

    const dist = path.join(temp, 'dist');
    const build = spawnSync(process.execPath, ['scripts/build.ts', '--outDir', dist], {
      env: { ...process.env, CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
      encoding: 'utf8',
      timeout: 540_000,
    });
    expect(build.status, `${build.stdout}\n${build.stderr}`.slice(-3000)).toBe(0);
    const page = readFileSync(path.join(dist, 'cases', ID, 'index.html'), 'utf8');
    expect(page).toContain('做群众工作的几点体会');
    expect(page).toContain('校勘记');
    expect(page).toContain('编者校：端到端测试所加存疑');
    // A Word source is described as one: no web-capture words, no repository path.
    const provenance = page.slice(page.indexOf('data-provenance'));
    expect(provenance).toContain('Word 文档');
    expect(provenance).not.toMatch(/原文网页|原文网址未保存|抓取文本|content\/sources/);

    const PORT = await freePort();
    server = spawn(process.execPath, ['scripts/serve-dist.mjs', '--port', String(PORT), '--dir', dist], { stdio: 'ignore' });
    for (let i = 0; i < 50 && !(await fetch(`http://127.0.0.1:${PORT}/`).then((x) => x.ok).catch(() => false)); i++) await new Promise((res) => setTimeout(res, 200));
    const executablePath = process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : '');
    const browser = await chromium.launch(executablePath ? { executablePath } : {});
    try {
      const tab = await browser.newPage();
      await tab.goto(`http://127.0.0.1:${PORT}/search/?q=${encodeURIComponent('做群众工作的几点体会')}`);
      const hits = tab.locator('[data-search-result] a[href]');
      await hits.first().waitFor({ timeout: 60_000 }).catch(async (error: Error) => {
        throw new Error(`${error.message}\n${(await tab.locator('main').innerText()).slice(0, 500)}`);
      });
      const hrefs = await hits.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(hrefs.some((h) => h?.startsWith(`/cases/${ID}/`))).toBe(true);
    } finally {
      await browser.close();
    }
    console.log(`ingest → build → search: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });
});
