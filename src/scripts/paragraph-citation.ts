/**
 * 引用本段, loaded on use (a case page's first visit has a weight budget):
 * the references of any one paragraph, built in the browser from the page
 * references the citation box carries (lib/citation/paragraph.ts), shown in the
 * box for the paragraph in the address, and the ¶ menu, which opens right
 * after the paragraph with its citation in every format the box offers
 * (GB/T 7714—2025 and —2015, BibTeX, RIS). Each format is copied and also
 * shown, selected, so it serves where the clipboard is unavailable. Tab from
 * the ¶ reaches the menu; Esc and 关闭 close it and return to the ¶.
 */
import { CITATION_STYLES, type CitationStyle } from '../lib/citation/formats.ts';
import { paragraphBibTeX, paragraphLabel, paragraphReference, paragraphRIS, referenceHead, type ParagraphTemplates } from '../lib/citation/paragraph.ts';
import { paragraphOfFragment } from '../lib/urls.ts';
import styles from '../styles/paragraph-citation.css?url';
import { copyWithFeedback } from './copy-feedback.ts';
import { loadStyle } from './load-style.ts';

void loadStyle(styles);

/** What the page states to cite any one of its paragraphs, as read here and today. */
export interface ParagraphCitations {
  /** The case id, which names the downloaded files. */
  key: string;
  reference(n: number, style: CitationStyle): string;
  /** From the page's own .bib and .ris files, fetched on first use. */
  bibTeX(n: number): Promise<string>;
  ris(n: number): Promise<string>;
}

/** A file the page links (its .bib, .ris), with the addresses in it made this host's, as scripts/citation.ts does. */
async function pageFile(link: HTMLAnchorElement, builtOrigin: string | undefined): Promise<string> {
  const r = await fetch(link.href);
  if (!r.ok) throw new Error(`${link.getAttribute('href')}: HTTP ${r.status}`);
  const text = await r.text();
  const servedFrom = /^https?:$/.test(location.protocol) ? location.origin : undefined;
  return builtOrigin && servedFrom && servedFrom !== builtOrigin ? text.split(builtOrigin).join(servedFrom) : text;
}

/**
 * The references of this page's paragraphs, from the page's own: the GB/T
 * ones in the box (already as read: today's 引用日期, this host's address) and
 * its .bib and .ris files. Null without a box.
 */
export function paragraphCitations(box: HTMLElement | null = document.querySelector('[data-citation]')): ParagraphCitations | null {
  if (!box) return null;
  const cut = CITATION_STYLES.map((s) => [s.id, referenceHead(box.querySelector(`[data-citation-style="${s.id}"] [data-reference="page"]`)?.textContent ?? '')] as const);
  const pageUrl = cut[0]?.[1]?.url;
  if (!pageUrl || cut.some(([, c]) => !c)) return null;
  const heads = Object.fromEntries(cut.map(([id, c]) => [id, c!.head])) as ParagraphTemplates['heads'];
  const link = (ext: string) => box.querySelector<HTMLAnchorElement>(`a[href$="citation.${ext}"]`);
  const key = link('bib')?.getAttribute('download')?.replace(/\.bib$/, '') ?? '';
  let files: Promise<ParagraphTemplates> | undefined;
  const templates = () => {
    files ??= Promise.all([pageFile(link('bib')!, box.dataset.builtOrigin), pageFile(link('ris')!, box.dataset.builtOrigin)]).then(([bibTeX, ris]) => ({ key, pageUrl, heads, bibTeX, ris }));
    files.catch(() => (files = undefined));
    return files;
  };
  const now: ParagraphTemplates = { key, pageUrl, heads, bibTeX: '', ris: '' };
  return {
    key,
    reference: (n, style) => paragraphReference(now, n, style),
    bibTeX: async (n) => paragraphBibTeX(await templates(), n),
    ris: async (n) => paragraphRIS(await templates(), n),
  };
}

/** A data: URL for a download link, so no file needs to exist per paragraph. */
const downloadHref = (text: string, type: string): string => `data:${type};charset=utf-8,${encodeURIComponent(text)}`;

/** The box's 引用本段 section, made on first use (placed first in the box, styled as its references are). */
function paragraphSection(box: HTMLElement): HTMLElement {
  const found = box.querySelector<HTMLElement>('[data-paragraph-citation]');
  if (found) return found;
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text = '') => {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  };
  const section = el('section', 'space-y-2 rounded-md border border-amber-300 bg-amber-50 p-2');
  section.dataset.paragraphCitation = '';
  const heading = el('h3', 'text-sm font-bold', '引用本段（');
  heading.id = 'paragraph-citation-heading';
  section.setAttribute('aria-labelledby', heading.id);
  const label = el('span');
  label.dataset.paragraphLabel = '';
  heading.append(label, '，本库页面）');
  section.append(heading);
  for (const style of CITATION_STYLES) {
    const div = el('div');
    div.dataset.citationStyle = style.id;
    const reference = el('p', 'select-all');
    reference.dataset.reference = 'paragraph';
    const copy = el('button', 'mt-1 rounded-md border border-stone-400 bg-white px-2 py-0.5 text-sm', `复制（${style.label}，本段）`);
    copy.type = 'button';
    copy.addEventListener('click', () => void copyWithFeedback(reference.textContent ?? '', `${style.label}，本段的参考文献`, copy));
    div.append(reference, copy);
    section.append(div);
  }
  const downloads = el('p', 'text-sm', '下载本段：');
  for (const [kind, name] of [['bib', 'BibTeX'], ['ris', 'RIS']] as const) {
    const a = el('a', '', name);
    a.dataset.paragraphDownload = kind;
    downloads.append(...(kind === 'ris' ? [' · '] : []), a);
  }
  downloads.append('。段号是本库的编号，原始文献没有。');
  section.append(downloads);
  // First in the box, after the edition switch.
  box.querySelector('fieldset')!.after(section);
  return section;
}

/** Fills the box's 引用本段 for the paragraph in the address, or hides it when the address names none. */
export function showParagraph(box: HTMLElement, cite: ParagraphCitations): void {
  const n = paragraphOfFragment(location.hash)?.n;
  const exists = n !== undefined && document.querySelector(`[data-case-body] [data-p="${n}"]`) !== null;
  // The closed box says it holds the paragraph's citation.
  let hint = box.querySelector<HTMLElement>('[data-paragraph-summary]');
  if (!hint && exists) {
    hint = document.createElement('span');
    hint.dataset.paragraphSummary = '';
    box.querySelector('summary')!.append(hint);
  }
  if (hint) hint.textContent = exists ? `（含引用本段：${paragraphLabel(n)}）` : '';
  const section = exists ? paragraphSection(box) : box.querySelector<HTMLElement>('[data-paragraph-citation]');
  if (!section) return;
  section.hidden = !exists;
  if (!exists) return;
  section.querySelector('[data-paragraph-label]')!.textContent = paragraphLabel(n);
  for (const style of section.querySelectorAll<HTMLElement>('[data-citation-style]')) {
    style.querySelector('[data-reference="paragraph"]')!.textContent = cite.reference(n, style.dataset.citationStyle as CitationStyle);
  }
  const files = { bib: ['application/x-bibtex', () => cite.bibTeX(n)], ris: ['application/x-research-info-systems', () => cite.ris(n)] } as const;
  for (const link of section.querySelectorAll<HTMLAnchorElement>('[data-paragraph-download]')) {
    const kind = link.dataset.paragraphDownload as keyof typeof files;
    link.download = `${cite.key}-p${n}.${kind}`;
    link.removeAttribute('href');
    void files[kind][1]().then(
      (text) => {
        if (paragraphOfFragment(location.hash)?.n === n) link.href = downloadHref(text, files[kind][0]);
      },
      () => (link.title = '未能取得本页的引用文件（离线？）'),
    );
  }
}

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
  const choices: Array<[string, () => string | Promise<string>]> = [
    ...CITATION_STYLES.map((s) => [s.label, () => cite.reference(n, s.id)] as [string, () => string]),
    ['BibTeX', () => cite.bibTeX(n)],
    ['RIS', () => cite.ris(n)],
  ];
  for (const [name, text] of choices) {
    const b = button(name);
    b.dataset.citeFormat = name;
    b.addEventListener('click', () => {
      void Promise.resolve(text()).then(
        (value) => {
          shown.value = value;
          shown.hidden = false;
          void copyWithFeedback(value, `${label}的引用（${name}）`, b);
        },
        () => {
          shown.value = '未能取得本页的引用文件（离线？），请联网后再试。';
          shown.hidden = false;
        },
      );
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

/** Opens the ¶ menu after the paragraph of this ¶ (closing any other), or closes it when it is open there. */
export function toggleParagraphMenu(link: HTMLElement): void {
  const box = document.querySelector<HTMLElement>('[data-citation]');
  if (box) followParagraphs(box);
  const paragraph = link.closest<HTMLElement>('[data-case-body] [data-p]');
  const cite = paragraphCitations();
  if (!paragraph || !cite) return;
  const n = Number(paragraph.dataset.p);
  const again = open?.menu.dataset.paragraphMenu === String(n);
  closeMenu(false);
  if (!again) paragraph.after(buildMenu(n, cite, link));
}

let following = false;

/** The box cites the paragraph in the address, now and whenever the address changes. */
export function followParagraphs(box: HTMLElement): void {
  const cite = paragraphCitations(box);
  if (!cite || following) return;
  following = true;
  showParagraph(box, cite);
  window.addEventListener('hashchange', () => showParagraph(box, cite));
}
