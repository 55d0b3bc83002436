/**
 * The ¶ after each paragraph is a plain link to its anchor (it works without
 * JavaScript); with JavaScript, activating it also copies the paragraph's full
 * URL and confirms it beside the ¶ and in the live region, and opens the ¶
 * menu, 引用本段, whose code loads then (paragraph-citation.ts).
 */
import { copyWithFeedback } from './copy-feedback.ts';

export function bindParagraphLinks(): void {
  document.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-permalink]');
    if (!link) return;
    const url = new URL(link.getAttribute('href') ?? '', location.href).href;
    const what = `${link.getAttribute('aria-label')?.replace(/的链接$/, '') ?? '本段'}的链接`;
    void copyWithFeedback(url, what, link);
    if (link.closest('[data-case-body]')) void import('./paragraph-citation.ts').then((m) => m.toggleParagraphMenu(link));
  });
}
