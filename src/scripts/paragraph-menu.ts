/**
 * The ¶ menu: activating a paragraph's ¶ copies its link (paragraph-links.ts)
 * and opens, right after the paragraph, 引用本段 in every format the citation
 * box offers (GB/T 7714—2025 and —2015, BibTeX, RIS). Each format is copied and
 * also shown, selected, so it serves where the clipboard is unavailable. The
 * menu sits after the paragraph, so Tab from the ¶ reaches it; Esc and 关闭
 * close it and return to the ¶.
 */
import { CITATION_STYLES } from '../lib/citation/formats.ts';
import { paragraphLabel } from '../lib/citation/paragraph.ts';
import { paragraphCitations, type ParagraphCitations } from './citation.ts';
import { copyWithFeedback } from './copy-feedback.ts';

let open: { menu: HTMLElement; pilcrow: HTMLElement } | null = null;

function closeMenu(refocus: boolean): void {
  if (!open) return;
  const { menu, pilcrow } = open;
  open = null;
  menu.remove();
  if (refocus) pilcrow.focus();
}

function button(text: string): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = text;
  return b;
}

function buildMenu(n: number, cite: ParagraphCitations, pilcrow: HTMLElement): HTMLElement {
  const label = paragraphLabel(n);
  const menu = document.createElement('div');
  menu.className = 'paragraph-menu';
  menu.setAttribute('role', 'group');
  menu.setAttribute('aria-label', `${label}：链接与引用`);
  menu.dataset.paragraphMenu = String(n);
  menu.dataset.pagefindIgnore = '';
  const intro = document.createElement('p');
  intro.textContent = `${label}的链接已复制。引用本段（本库页面${label}）：`;
  const formats = document.createElement('div');
  formats.dataset.menuFormats = '';
  const shown = document.createElement('textarea');
  shown.readOnly = true;
  shown.hidden = true;
  shown.setAttribute('aria-label', `${label}的引用`);
  shown.dataset.menuReference = '';
  const choices: Array<[string, () => string]> = [
    ...CITATION_STYLES.map((s) => [s.label, () => cite.reference(n, s.id)] as [string, () => string]),
    ['BibTeX', () => cite.bibTeX(n)],
    ['RIS', () => cite.ris(n)],
  ];
  for (const [name, text] of choices) {
    const b = button(name);
    b.dataset.citeFormat = name;
    b.addEventListener('click', () => {
      shown.value = text();
      shown.hidden = false;
      void copyWithFeedback(shown.value, `${label}的引用（${name}）`, b);
    });
    formats.append(b);
  }
  const close = button('关闭');
  close.addEventListener('click', () => closeMenu(true));
  shown.addEventListener('focus', () => shown.select());
  menu.append(intro, formats, shown, close);
  menu.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') closeMenu(true);
  });
  open = { menu, pilcrow };
  return menu;
}

export function bindParagraphMenu(): void {
  const cite = paragraphCitations();
  if (!cite) return;
  document.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-permalink]');
    const paragraph = link?.closest<HTMLElement>('[data-case-body] [data-p]');
    if (!link || !paragraph) return;
    const n = Number(paragraph.dataset.p);
    const again = open?.menu.dataset.paragraphMenu === String(n);
    closeMenu(false);
    if (again) return;
    paragraph.after(buildMenu(n, cite, link));
  });
}
