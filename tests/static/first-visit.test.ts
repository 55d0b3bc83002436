/**
 * What a case page's first visit downloads, read from the build: the scripts
 * it loads up front (its own and the static imports they pull in) and what
 * they only load on use. The tools a reader may never open — the passage
 * tool, presentation, read-aloud, the QR encoder, the comparison table —
 * stay out of the first visit (issue 16's weight budget; astro.config.mjs
 * SHARED_ELSEWHERE and the dynamic imports in src/scripts).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseIds } from '../corpus.ts';
import { read } from './dist.ts';

/** uqr's alphanumeric-mode alphabet: in the build only where the QR encoder is. */
const QR_ENCODER = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';

const stylesheetsOf = (html: string) => [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]!);

/** Class names a stylesheet has rules for (CSS escapes undone: `sm\\:px-3` → `sm:px-3`). */
const classesStyledBy = (css: string) => new Set([...css.matchAll(/\.((?:\\.|[\w-])+)/g)].map((m) => m[1]!.replace(/\\(.)/g, '$1')));

const scriptsOf = (html: string) => [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!);

/** Chunks a built module imports: statically (`import "./x.js"`, `from "./x.js"`) or on use (`import("./x.js")`), in either quote the minifier picks. */
function importsOf(url: string): { static: string[]; onUse: string[] } {
  const code = read(url);
  const resolve = (spec: string) => path.posix.join(path.posix.dirname(url), spec);
  return {
    static: [...code.matchAll(/(?:\bfrom|\bimport)\s*(["`])(\.\.?\/[^"`]+\.js)\1/g)].map((m) => resolve(m[2]!)),
    onUse: [...code.matchAll(/\bimport\(\s*(["`])(\.\.?\/[^"`]+\.js)\1\s*\)/g)].map((m) => resolve(m[2]!)),
  };
}

function firstVisit(pageUrl: string) {
  const html = read(pageUrl);
  const upFront = new Set<string>();
  const onUse = new Set<string>();
  const visit = (url: string) => {
    if (upFront.has(url)) return;
    upFront.add(url);
    if (!url.startsWith('/_astro/')) return;
    const imports = importsOf(url);
    for (const u of imports.onUse) onUse.add(u);
    for (const u of imports.static) visit(u);
  };
  for (const src of scriptsOf(html)) visit(src);
  return { upFront: [...upFront], onUse: [...onUse] };
}

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
