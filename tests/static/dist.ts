/**
 * Reading the production build under test (the fixture library's, dist-fixture/,
 * in `npm test`; scripts/test-builds.mjs) for the static checks: files by URL
 * path, pages parsed with the HTML parser the browser uses (parse5, through
 * hast-util-from-html), and the few DOM-like queries the checks need.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Nodes, Root } from 'hast';
import { buildCommand, testedBuild } from '../../scripts/test-builds.mjs';

export const DIST = testedBuild().dist;

if (!existsSync(path.join(DIST, 'index.html'))) {
  throw new Error(`${DIST} has no index.html: build it first (${buildCommand()})`);
}

/** The file a URL path is served from (`/x/` → `x/index.html`). */
export function fileOf(urlPath: string): string {
  const decoded = decodeURIComponent(urlPath.split(/[?#]/)[0]!);
  return path.join(DIST, decoded.endsWith('/') ? `${decoded}index.html` : decoded);
}

export const exists = (urlPath: string) => existsSync(fileOf(urlPath));
export const read = (urlPath: string) => readFileSync(fileOf(urlPath), 'utf8');
export const readBytes = (urlPath: string) => readFileSync(fileOf(urlPath));
export const readJson = <T>(urlPath: string) => JSON.parse(read(urlPath)) as T;

/** Every built HTML file, relative to the build's folder with `/`, sorted. */
export const htmlFiles = (): string[] =>
  readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.split(path.sep).join('/'))
    .sort();

/** URL paths listed in the built sitemap. */
export function sitemapPaths(): string[] {
  return [...read('/sitemap.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}

const parsed = new Map<string, Root>();

/** The page at a URL path, parsed as a browser parses it. */
export function page(urlPath: string): Root {
  let tree = parsed.get(urlPath);
  if (!tree) {
    tree = fromHtml(read(urlPath));
    parsed.set(urlPath, tree);
  }
  return tree;
}

/** hast's property name for an HTML attribute (`data-case-body` → `dataCaseBody`, `class` → `className`). */
function property(attribute: string): string {
  if (attribute === 'class') return 'className';
  if (attribute === 'for') return 'htmlFor';
  return attribute.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

/** An attribute's value as the DOM's getAttribute gives it (null when absent). */
export function attr(el: Element, attribute: string): string | null {
  const value = el.properties[property(attribute)];
  if (value === undefined || value === null || value === false) return null;
  if (value === true) return '';
  return Array.isArray(value) ? value.join(' ') : String(value);
}

export const hasAttr = (el: Element, attribute: string) => attr(el, attribute) !== null;
export const hasClass = (el: Element, name: string) => (el.properties.className as string[] | undefined)?.includes(name) ?? false;

/** Elements under `root` (not `root` itself) matching `test`, in document order. */
export function all(root: Nodes, test: (el: Element, ancestors: Element[]) => boolean): Element[] {
  const found: Element[] = [];
  const walk = (node: Nodes, ancestors: Element[]) => {
    if (!('children' in node)) return;
    const inner = node.type === 'element' ? [...ancestors, node] : ancestors;
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (test(child, inner)) found.push(child);
      // <template> content is not part of the document tree.
      walk(child.tagName === 'template' ? ({ type: 'root', children: [] } as Root) : child, inner);
    }
  };
  walk(root, []);
  return found;
}

export function one(root: Nodes, test: (el: Element, ancestors: Element[]) => boolean, label: string): Element {
  const [first] = all(root, test);
  if (!first) throw new Error(`no element for ${label}`);
  return first;
}

/** Tag and attribute tests, composable: `is('section', 'data-related')`. */
export const is =
  (tagName: string | null, ...attributes: string[]) =>
  (el: Element) =>
    (tagName === null || el.tagName === tagName) && attributes.every((a) => hasAttr(el, a));

/** The DOM's textContent: every descendant text node, in order. */
export function text(node: Nodes, skip: (el: Element) => boolean = () => false): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' && skip(node)) return '';
  if (!('children' in node)) return '';
  return node.children.map((child) => text(child as Nodes, skip)).join('');
}
