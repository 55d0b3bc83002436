import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { Page } from '@playwright/test';
import { readCaseFile } from '../../src/lib/case-file.ts';

const content = path.resolve('content');

export const caseIds = readdirSync(path.join(content, 'cases'))
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.replace(/\.mdx$/, ''))
  .sort();

const ids = (file: string) => (parse(readFileSync(path.join(content, file), 'utf8')) as Array<{ id: string }>).map((x) => x.id);
export const methodIds = ids('taxonomy/methods.yaml');
export const themeIds = ids('taxonomy/themes.yaml');
export const sourceIds = ids('sources/sources.yaml');

export function caseFile(id: string) {
  return readCaseFile(path.join(content, 'cases', `${id}.mdx`));
}

/** Fails the test on console errors, page errors and requests leaving this host. */
export function watchPage(page: Page, baseURL: string) {
  const problems: string[] = [];
  const origin = new URL(baseURL).origin;
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith('data:')) problems.push(`external request: ${url}`);
  });
  page.on('requestfailed', (r) => problems.push(`failed request: ${r.url()}`));
  return problems;
}
