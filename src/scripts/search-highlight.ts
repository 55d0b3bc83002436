/**
 * Marks a search's words in the paragraph a result opened (loaded only when a
 * search handed words to this page). Marks are <mark> elements, which screen
 * readers can announce, and the page's live region says what was marked.
 * Words inside the site's own additions (¶ number, ¶ link, note marks) are
 * left alone.
 */
import { markSegments } from '../lib/search/snippet.ts';
import { paragraphOfFragment } from '../lib/urls.ts';
import { announce } from './copy-feedback.ts';

const SKIP = '.pnum, .pilcrow, .note-ref, [data-pagefind-ignore]';

function markIn(root: Element, words: readonly string[]): number {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  let count = 0;
  for (const node of nodes) {
    const segments = markSegments(node.data, words);
    if (!segments.some((s) => s.mark)) continue;
    node.replaceWith(
      ...segments.map((s) => {
        if (!s.mark) return document.createTextNode(s.text);
        count++;
        const mark = document.createElement('mark');
        mark.dataset.searchMark = '';
        mark.textContent = s.text;
        return mark;
      }),
    );
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
