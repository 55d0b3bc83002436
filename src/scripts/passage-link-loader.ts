/**
 * The passage tool's code (passage-link.ts) loads on the reader's first
 * selection of words in a case body, not with the page: most visits never
 * select anything, and the first visit stays within its weight budget.
 * What must happen on load stays here: a passage link opened in a browser
 * without text fragments keeps the whole "p5:~:text=…" in the hash, so the
 * page scrolls to the paragraph itself.
 */
import { paragraphOfFragment } from '../lib/urls.ts';

export function bindPassageLinksOnDemand(): void {
  const paragraph = paragraphOfFragment(location.hash);
  if (paragraph && location.hash !== `#${paragraph.id}`) document.getElementById(paragraph.id)?.scrollIntoView();

  const body = document.querySelector<HTMLElement>('[data-case-body]');
  if (!body) return;
  const selectedInBody = () => {
    const selection = document.getSelection();
    return !!selection && selection.rangeCount > 0 && !selection.isCollapsed && body.contains(selection.getRangeAt(0).commonAncestorContainer);
  };
  let loading = false;
  const load = () => {
    if (loading) return;
    loading = true;
    document.removeEventListener('selectionchange', onSelection);
    // Not retried when it fails: browsers keep a failed module import for the
    // page's lifetime. The offline reader keeps this chunk with every case page.
    void import('./passage-link.ts').then((m) => m.bindPassageLinks());
  };
  const onSelection = (event: Event) => {
    if (event.target === document && selectedInBody()) load();
  };
  document.addEventListener('selectionchange', onSelection);
  // A pointer pressed in the body may be the start of a selection: fetch the
  // code then, so the tool is ready when the selection is.
  body.addEventListener('pointerdown', load, { once: true });
}
