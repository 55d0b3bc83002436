/**
 * The reference to this page, as read: the page was built on one day and for
 * one address (SITE_URL) and is read on another day, perhaps from another
 * address (a mirror, a copy on a laptop). The 引用日期 becomes the reader's
 * today and the address the one the page is served from, as the QR codes
 * do; canonical URLs keep SITE_URL. Each reference gets a copy button.
 * Opened at a paragraph (#p5), the box also cites that paragraph (引用本段):
 * that code loads then (paragraph-citation.ts), as it does for the ¶ menu.
 */
import { chinaDate } from '../lib/citation/formats.ts';
import { paragraphOfFragment } from '../lib/urls.ts';
import { copyWithFeedback } from './copy-feedback.ts';

export function bindCitation(): void {
  const box = document.querySelector<HTMLElement>('[data-citation]');
  if (!box) return;
  const built = box.dataset.accessed;
  const today = chinaDate();
  const builtOrigin = box.dataset.builtOrigin;
  const servedFrom = /^https?:$/.test(location.protocol) ? location.origin : undefined;
  for (const el of box.querySelectorAll<HTMLElement>('[data-reference="page"]')) {
    let text = el.textContent ?? '';
    if (built && today !== built) text = text.replace(`[${built}]`, `[${today}]`);
    if (builtOrigin && servedFrom && servedFrom !== builtOrigin) text = text.split(builtOrigin).join(servedFrom);
    el.textContent = text;
  }
  if (built && today !== built) for (const el of box.querySelectorAll<HTMLElement>('[data-access-date]')) el.textContent = today;
  for (const button of box.querySelectorAll<HTMLButtonElement>('[data-copy-reference]')) {
    const reference = button.previousElementSibling as HTMLElement | null;
    if (!reference) continue;
    button.hidden = false;
    button.addEventListener('click', () => {
      void copyWithFeedback(reference.textContent ?? '', button.textContent?.replace(/^复制（(.*)）$/, '$1的参考文献') ?? '参考文献', button);
    });
  }
  // 引用本段 for the paragraph in the address; once loaded (here or by a ¶) the module follows the address.
  if (paragraphOfFragment(location.hash)) void import('./paragraph-citation.ts').then((m) => m.followParagraphs(box));
}
