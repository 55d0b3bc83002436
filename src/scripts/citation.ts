/**
 * The reference to this page, as read: the page was built on one day and for
 * one address (SITE_URL) and is read on another day, perhaps from another
 * address (a mirror, a copy on a laptop). The 引用日期 becomes the reader's
 * today and the address the one the page is served from, as the QR codes
 * do; canonical URLs keep SITE_URL. Each reference gets a copy button.
 * Opened at a paragraph (#p5), the box also cites that paragraph (引用本段),
 * in every format it offers; the ¶ menu (paragraph-menu.ts) uses the same references.
 */
import { chinaDate, type CaseRef, type CitationStyle, type LibraryRef } from '../lib/citation/formats.ts';
import { formatParagraphReference, paragraphBibTeX, paragraphLabel, paragraphRIS } from '../lib/citation/paragraph.ts';
import { paragraphOfFragment } from '../lib/urls.ts';
import { copyWithFeedback } from './copy-feedback.ts';

/** What the page states to cite any one of its paragraphs, as read here and today. */
export interface ParagraphCitations {
  /** The case id, which names the downloaded files. */
  key: string;
  reference(n: number, style: CitationStyle): string;
  bibTeX(n: number): string;
  ris(n: number): string;
}

/** The references of this page's paragraphs, from the data the citation box carries; null without one. */
export function paragraphCitations(box: HTMLElement | null = document.querySelector('[data-citation]')): ParagraphCitations | null {
  const json = box?.querySelector('[data-citation-paragraphs]')?.textContent;
  if (!box || !json) return null;
  const data = JSON.parse(json) as { key: string; reference: CaseRef; lib: LibraryRef };
  const builtOrigin = box.dataset.builtOrigin;
  const servedFrom = /^https?:$/.test(location.protocol) ? location.origin : undefined;
  const url = builtOrigin && servedFrom && servedFrom !== builtOrigin ? data.lib.url.split(builtOrigin).join(servedFrom) : data.lib.url;
  const lib: LibraryRef = { ...data.lib, url, accessed: chinaDate() };
  return {
    key: data.key,
    reference: (n, style) => formatParagraphReference(data.reference, lib, n, style),
    bibTeX: (n) => paragraphBibTeX(data.key, data.reference, lib, n),
    ris: (n) => paragraphRIS(data.reference, lib, n),
  };
}

/** A data: URL for a download link, so no file needs to exist per paragraph. */
export const downloadHref = (text: string, type: string): string => `data:${type};charset=utf-8,${encodeURIComponent(text)}`;

/** Fills the box's 引用本段 for the paragraph in the address, or hides it when the address names none. */
function showParagraph(box: HTMLElement, cite: ParagraphCitations): void {
  const section = box.querySelector<HTMLElement>('[data-paragraph-citation]');
  if (!section) return;
  const n = paragraphOfFragment(location.hash)?.n;
  const exists = n !== undefined && document.querySelector(`[data-case-body] [data-p="${n}"]`) !== null;
  section.hidden = !exists;
  const hint = box.querySelector<HTMLElement>('[data-paragraph-summary]');
  if (hint) {
    hint.hidden = !exists;
    hint.textContent = exists ? `（含引用本段：${paragraphLabel(n)}）` : '';
  }
  if (!exists) return;
  section.querySelector('[data-paragraph-label]')!.textContent = paragraphLabel(n);
  for (const style of section.querySelectorAll<HTMLElement>('[data-citation-style]')) {
    style.querySelector('[data-reference="paragraph"]')!.textContent = cite.reference(n, style.dataset.citationStyle as CitationStyle);
  }
  const files = { bib: ['application/x-bibtex', cite.bibTeX(n)], ris: ['application/x-research-info-systems', cite.ris(n)] } as const;
  for (const link of section.querySelectorAll<HTMLAnchorElement>('[data-paragraph-download]')) {
    const kind = link.dataset.paragraphDownload as keyof typeof files;
    link.href = downloadHref(files[kind][1], files[kind][0]);
    link.download = `${cite.key}-p${n}.${kind}`;
  }
}

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
  const cite = paragraphCitations(box);
  if (!cite) return;
  showParagraph(box, cite);
  window.addEventListener('hashchange', () => showParagraph(box, cite));
}
