/**
 * An HTML page → plain text lines, one block element per paragraph, scripts,
 * styles and page chrome (nav, header, footer, aside, forms) dropped; plus what
 * the head states (title, canonical URL, publication date, author).
 */
import { fromHtml } from 'hast-util-from-html';
import type { Element, Nodes, Root } from 'hast';

export interface HtmlMeta {
  title?: string;
  url?: string;
  date?: string;
  author?: string;
  publication?: string;
}

const DROP = new Set(['script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'aside', 'form', 'iframe', 'svg', 'button', 'select', 'head']);
const BLOCK = new Set(['p', 'div', 'section', 'article', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'pre', 'tr', 'br', 'hr', 'dd', 'dt', 'figcaption', 'table', 'ul', 'ol']);

function attr(el: Element, name: string): string | undefined {
  const v = el.properties?.[name];
  return typeof v === 'string' ? v : Array.isArray(v) ? v.join(' ') : undefined;
}

export function htmlToText(html: string): { text: string; meta: HtmlMeta } {
  const tree = fromHtml(html) as Root;
  const meta: HtmlMeta = {};
  const walkHead = (node: Nodes) => {
    if (node.type === 'element') {
      if (node.tagName === 'title' && !meta.title) meta.title = textOf(node).trim();
      const href = attr(node, 'href');
      if (node.tagName === 'link' && /canonical/.test(attr(node, 'rel') ?? '') && href) meta.url = href;
      if (node.tagName === 'meta') {
        const key = (attr(node, 'property') ?? attr(node, 'name') ?? '').toLowerCase();
        const content = attr(node, 'content');
        if (content) {
          if (key === 'og:url' && !meta.url) meta.url = content;
          if (/published_time|pubdate|publishdate|^date$/.test(key)) meta.date = content;
          if (key === 'author') meta.author = content;
          if (key === 'og:site_name') meta.publication = content;
          if (key === 'og:title' && !meta.title) meta.title = content;
        }
      }
    }
    if ('children' in node) node.children.forEach(walkHead);
  };
  walkHead(tree);

  const lines: string[] = [];
  let current = '';
  const flush = () => {
    if (current.trim()) lines.push(current.trim());
    current = '';
  };
  const walk = (node: Nodes) => {
    if (node.type === 'text') {
      current += node.value.replace(/\s+/g, ' ');
      return;
    }
    if (node.type !== 'element' && node.type !== 'root') return;
    if (node.type === 'element') {
      if (DROP.has(node.tagName)) return;
      if (BLOCK.has(node.tagName)) flush();
    }
    node.children.forEach((c) => walk(c as Nodes));
    if (node.type === 'element' && BLOCK.has(node.tagName)) flush();
  };
  walk(tree);
  flush();
  return { text: lines.join('\n\n'), meta };
}

function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if ('children' in node) return node.children.map((c) => textOf(c as Nodes)).join('');
  return '';
}
