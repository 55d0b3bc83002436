/**
 * Marks a search's words in the paragraph a result opened (loaded only when a
 * search handed words to this page). Marks are <mark> elements, which screen
 * readers can announce, and the page's live region says what was marked.
 * Words inside the site's own additions (¶ number, ¶ link, note marks) are
 * left alone.
 */
import { markRuns } from '../lib/search/snippet.ts';
import { paragraphOfFragment } from '../lib/urls.ts';
import { announce } from './copy-feedback.ts';

const SKIP = '.pnum, .pilcrow, .note-ref, [data-pagefind-ignore]';

function markIn(root: Element, words: readonly string[]): number {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  // A block's text nodes are read as one text: a heading's words stand in spans of their own, and a word across two must still be found.
  // Text outside any numbered block is read alone, never joined to a neighbour's.
  const blocks = new Map<Node, Text[]>();
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const block = n.parentElement?.closest('[data-p]') ?? n;
    if (!blocks.has(block)) blocks.set(block, []);
    blocks.get(block)!.push(n as Text);
  }
  let count = 0;
  for (const nodes of blocks.values()) {
    const marked = markRuns(nodes.map((node) => node.data), words);
    count += marked.count;
    nodes.forEach((node, i) => {
      const segments = marked.runs[i]!;
      if (!segments.some((s) => s.mark)) return;
      node.replaceWith(
        ...segments.map((s) => {
          if (!s.mark) return document.createTextNode(s.text);
          const mark = document.createElement('mark');
          mark.dataset.searchMark = '';
          mark.textContent = s.text;
          return mark;
        }),
      );
    });
  }
  return count;
}

export function highlightSearch(words: readonly string[]): void {
  const body = document.querySelector('[data-case-body]');
  if (!body) return;
  const target = paragraphOfFragment(location.hash);
  const paragraph = target ? document.getElementById(target.id) : null;
  const count = markIn(paragraph ?? body, words);
  if (count === 0) return;
  const where = target && paragraph ? `第${target.n}段` : '正文';
  announce(`已在${where}标出检索词“${words.join('”“')}”${count}处`);
}
