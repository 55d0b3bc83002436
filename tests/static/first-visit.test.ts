/**
 * What a case page's first visit downloads, read from the build: the scripts
 * it loads up front (its own and the static imports they pull in) and what
 * they only load on use. The tools a reader may never open — the passage
 * tool, presentation, read-aloud, the QR encoder, the comparison table —
 * stay out of the first visit (issue 16's weight budget; astro.config.mjs
 * SHARED_ELSEWHERE and the dynamic imports in src/scripts).
 */
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { caseIds } from '../corpus.ts';
import { pageLoads, scriptImports, scriptLoads } from '../../src/lib/offline/policy.ts';
import { read, readBytes } from './dist.ts';

/** uqr's alphanumeric-mode alphabet: in the build only where the QR encoder is. */
const QR_ENCODER = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';

const stylesheetsOf = (html: string) => [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]!);

/** Class names a stylesheet has rules for (CSS escapes undone: `sm\\:px-3` → `sm:px-3`). */
const classesStyledBy = (css: string) => new Set([...css.matchAll(/\.((?:\\.|[\w-])+)/g)].map((m) => m[1]!.replace(/\\(.)/g, '$1')));

const scriptsOf = (html: string) => [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!);

/** The scripts a page loads up front (its own and their static imports) and what they load only on use. */
function firstVisit(pageUrl: string) {
  const upFront = new Set<string>();
  const onUse = new Set<string>();
  const visit = (url: string) => {
    if (upFront.has(url)) return;
    upFront.add(url);
    if (!url.startsWith('/_astro/')) return;
    const loads = scriptLoads(read(url), url);
    for (const u of loads.onUse) onUse.add(u);
    for (const u of loads.upFront) visit(u);
  };
  for (const src of scriptsOf(read(pageUrl))) visit(src);
  return { upFront: [...upFront], onUse: [...onUse].filter((u) => !upFront.has(u)) };
}

/** What the offline reader keeps with a page (sw.ts): what its HTML loads, and in turn what those scripts load. */
function keptWith(pageUrl: string): Set<string> {
  const kept = new Set<string>();
  const keep = (url: string) => {
    if (kept.has(url)) return;
    kept.add(url);
    if (url.startsWith('/_astro/') && url.endsWith('.js')) for (const u of scriptImports(read(url), url)) keep(u);
  };
  for (const url of pageLoads(pageUrl, read(pageUrl))) keep(url);
  return kept;
}

/**
 * The budget of issue 16: HTML + CSS + JS of a case page's first visit, gzip -9, no more than before the reader
 * tools were added (20.8 KB), plus 0.1 KB of page text added since without code: the audited notes of the
 * reference case and the "[出版地不详]: [出版者不详]" GB/T 7714—2015 requires in its citation (21 345 bytes at 1f74711+);
 * plus 1.0 KB for a phone reader's case page (issue 27): the toolbar's share, print, text-size and handout controls,
 * the folded facts and the previous/next case, the marks a search hands over (22 338 bytes at readers3: markup
 * +0.3 KB, stylesheet +0.15 KB, script +0.5 KB; the marker itself loads only when a search opened the page);
 * plus 0.1 KB of page text without code: the 凡例's fourth edition rule, that a colon after a run-in 【点评】 goes
 * with the label (src/lib/text.ts EDITION_RULES, printed on every case page; 22 459 bytes at 211b8fa);
 * plus 0.1 KB for the 校勘记 marks a key figure now carries, as its paragraph does (the editors' box's
 * data-key-figure items and the mark styles applied inside it), and the styles of an omission's note
 * (22 534 bytes at 9b9fff2).
 */
const FIRST_VISIT_BUDGET = 22.1 * 1024;

describe('a case page’s first visit', () => {
  it.each(caseIds)('%s loads at most 3 scripts, none of the on-use tools', (id) => {
    const visit = firstVisit(`/cases/${id}/`);
    expect(visit.upFront.length, visit.upFront.join('\n')).toBeLessThanOrEqual(3);
    for (const url of visit.upFront) {
      expect(visit.onUse, `${url} is loaded up front and on use`).not.toContain(url);
      expect(read(url).includes(QR_ENCODER), `${url} holds the QR encoder`).toBe(false);
      // Vite's dynamic-import preload helper (astro.config.mjs plainDynamicImports).
      expect(read(url).includes('vite:preloadError'), `${url} holds Vite's preload helper`).toBe(false);
    }
    const names = visit.onUse.map((u) => path.posix.basename(u).split('.')[0]);
    expect(names).toEqual(expect.arrayContaining(['passage-link', 'presentation', 'read-aloud']));
  });

  it.each(caseIds)('%s: the offline reader keeps the on-use tools and their stylesheets with the page', (id) => {
    const kept = keptWith(`/cases/${id}/`);
    const visit = firstVisit(`/cases/${id}/`);
    for (const url of [...visit.upFront, ...visit.onUse]) expect(kept, url).toContain(url);
    const names = [...kept].map((u) => path.posix.basename(u));
    for (const tool of ['passage-link', 'presentation', 'read-aloud']) expect(names.some((n) => n.startsWith(`${tool}.`) && n.endsWith('.js')), tool).toBe(true);
    for (const sheet of ['presentation', 'read-aloud']) expect(names.some((n) => n.startsWith(`${sheet}.`) && n.endsWith('.css')), sheet).toBe(true);
    // What presentation fetches: the case's summary, figures and questions.
    expect(kept).toContain(`/handout/${id}.json`);
  });

  it('of the reference page (README, Performance) stays within the budget', () => {
    const page = '/cases/nanjing-cheguansuo/';
    const files = [page, ...stylesheetsOf(read(page)), ...firstVisit(page).upFront];
    const gzip = files.reduce((sum, url) => sum + gzipSync(readBytes(url), { level: 9 }).length, 0);
    expect(gzip, files.join(' ')).toBeLessThanOrEqual(FIRST_VISIT_BUDGET);
  });

  it('styles every class its markup uses that the site stylesheet styles', () => {
    const site = classesStyledBy(read(stylesheetsOf(read('/'))[0]!));
    expect(site.size).toBeGreaterThan(100);
    for (const id of caseIds) {
      const html = read(`/cases/${id}/`);
      const sheets = stylesheetsOf(html);
      expect(sheets, id).toHaveLength(1);
      const styled = classesStyledBy(read(sheets[0]!));
      const used = new Set([...html.matchAll(/\sclass="([^"]*)"/g)].flatMap((m) => m[1]!.split(/\s+/).filter(Boolean)));
      const missing = [...used].filter((c) => site.has(c) && !styled.has(c));
      expect(missing, `${id}: classes the case stylesheet leaves out (src/styles/case-page.css)`).toEqual([]);
    }
  });
});
