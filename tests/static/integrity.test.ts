/**
 * Quality gates that need no browser, over every built page: internal links
 * and #fragments resolve, the HTML validates, and the Content-Security-Policy
 * forbids inline script.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { HtmlValidate } from 'html-validate';
import { DIST, htmlFiles } from './dist.ts';

const files = htmlFiles();
const read = (file: string) => readFileSync(path.join(DIST, file), 'utf8');

it('every internal link and #fragment in the build resolves', () => {
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let set = ids.get(file);
    if (!set) {
      set = new Set([...read(file).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
      ids.set(file, set);
    }
    return set;
  };
  const broken: string[] = [];
  let checked = 0;
  for (const file of files) {
    for (const m of read(file).matchAll(/\s(?:href|src)="([^"]+)"/g)) {
      const raw = m[1]!.replace(/&amp;/g, '&');
      if (/^(https?:|mailto:|data:)/.test(raw)) continue;
      const [pathPart, fragment] = raw.split('#') as [string, string | undefined];
      const pagePath = pathPart === '' ? `/${file.replace(/index\.html$/, '')}` : pathPart.split('?')[0]!;
      const base = decodeURIComponent(pagePath.startsWith('/') ? pagePath : `/${path.posix.join(path.posix.dirname(file), pagePath)}`);
      const target = base.endsWith('/') ? `${base.slice(1)}index.html` : base.slice(1);
      checked++;
      if (!existsSync(path.join(DIST, target))) broken.push(`${file}: ${raw} (no ${target})`);
      else if (fragment && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(fragment))) broken.push(`${file}: ${raw} (no #${fragment})`);
    }
  }
  expect(checked).toBeGreaterThan(1000);
  expect(broken).toEqual([]);
});

it('the built HTML validates (html-validate, recommended rules)', async () => {
  const validator = new HtmlValidate({
    extends: ['html-validate:recommended'],
    rules: {
      // Tailwind's arbitrary-value classes ([0.95rem]) are valid class names.
      'no-inline-style': 'off',
      // The pilcrow and note markers are deliberately short link texts with aria-labels.
      'text-content': 'off',
      // Astro writes attributes unquoted-safe but long lines of minified HTML.
      'long-title': 'off',
      // Definition tooltips use the ARIA 1.3 aria-description attribute.
      'attribute-allowed-values': 'error',
      'no-unknown-elements': 'error',
    },
  });
  expect(files.length).toBeGreaterThan(50);
  const problems: string[] = [];
  for (const file of files) {
    const report = await validator.validateString(read(file), file);
    for (const r of report.results) for (const m of r.messages) problems.push(`${file}:${m.line}: ${m.ruleId} ${m.message}`);
  }
  expect(problems.slice(0, 40)).toEqual([]);
});

it('a Content-Security-Policy without unsafe-inline scripts, and no inline scripts in any page', () => {
  expect(files.length).toBeGreaterThan(50);
  for (const file of files) {
    const html = read(file);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    expect(csp, file).toBeDefined();
    // Short-link redirect pages run no script at all: 'none' is stricter still.
    expect(csp, file).toMatch(/script-src ('self' 'wasm-unsafe-eval'|'none')(;|$)/);
    expect(csp, file).not.toMatch(/script-src[^;]*unsafe-inline/);
    for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      const attrs = m[1]!;
      if (/type="application\/(ld\+)?json"/.test(attrs)) continue;
      expect(attrs, `${file}: inline script`).toMatch(/\ssrc="/);
    }
    expect(html, file).not.toMatch(/\son[a-z]+="/);
  }
});
