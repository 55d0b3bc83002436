/**
 * Citations of a case: GB/T 7714 reference strings (2025 edition, and the 2015
 * edition on request), BibTeX and RIS exports.
 *
 * Where the rules come from (the standards themselves are sold, not published
 * online, so these are the most faithful public reproductions found):
 *  - GB/T 7714—2025: hushidong/biblatex-gb7714-2025, gbT7714-2025.tex, a
 *    reproduction of the standard's text checked against it by its author
 *    (前言 list of technical changes; 第6章 著录用符号; 7.1 责任者; 7.5 出版信息;
 *    7.6 创建/发布或修改日期、引用日期; 8.3 图书中的析出文献; 8.5 连续出版物中的析出文献;
 *    8.11 网站、网页; 附录A 文献类型和载体代码),
 *    https://github.com/hushidong/biblatex-gb7714-2025
 *  - the 2025 examples as rendered by the zotero-chinese CSL, whose test items
 *    are the standard's own examples (zotero-chinese/styles PR #611, #613),
 *    src/GB-T-7714—2025（顺序编码，双语）/index.md; PR #709 states the 2025
 *    punctuation: "." and "[ ]" half-width, the other symbols full-width.
 *  - Wuhan University news of the release, https://news.whu.edu.cn/info/1015/489767.htm
 *    (published 2025-12-02, in force 2026-07-01; 统一著录用符号, 取消非网络类文献的访问日期).
 *  - GB/T 7714—2015: the reproduction in typst-omni-gb7714/omni-gb7714
 *    (format strings of 4.1–4.6, 8.8.2, appendix A data in 2015-appx.bib) and
 *    zepinglee/gbt7714-bibtex-style test/standard.txt (the 2015 examples rendered).
 *
 * 2015 → 2025 differences that matter here:
 *  - punctuation: 2015 uses half-width ", " ": " "( )" throughout; 2025 keeps
 *    "." and "[ ]" half-width and makes "，" "：" "（ ）" full-width. "//" and the
 *    "/" in [EB/OL] stay half-width in every 2025 example.
 *  - 引用日期 (access date): 2015 gives it for every electronic resource; 2025
 *    keeps it only for 网站/网页 (and data sets, preprints), so [N/OL] gets none.
 *  - [EB] means 电子公告 in 2015 and 网站、网页 in 2025; [OL] is unchanged, [G]
 *    汇编 and [N] 报纸 unchanged. 2025 adds [PP] and the carrier [MM] (unused here).
 *  - 2025's 网页 format has no 出版者 element: "主要责任者. 题名[EB/OL]. （创建或修改日期）
 *    [引用日期]. 获取和访问路径." No example of either edition names the website, so
 *    neither does this module (a site name can only appear as 主要责任者).
 *  - 数字对象唯一标识符 (DOI) became 永久标识符 (PID); no case has one.
 * Not found documented as changed, so the 2015 rule is kept for 2025: at most
 * 3 authors then "等"; newspaper "报纸名, 出版日期(版次)"; "//" before the host of a
 * 析出文献; the host's type code after the part's title ("[M]//", "[C]//", hence
 * "[G]//" for a 汇编). "佚名" is optional ("可") and may be left out in 顺序编码制,
 * so unknown authors are omitted; "[出版地不详]" "[出版者不详]" are required by 2015
 * (8.4.1.2, 8.4.2.2) for a printed Chinese document and optional in 2025, so a
 * printed compilation's unknown place and publisher are stated in the 2015 form
 * only. Neither edition has a worked "[G]//" example.
 */

export type CitationStyle = 'gbt7714-2025' | 'gbt7714-2015';

/** A date in China (YYYY-MM-DD), e.g. today as the 引用日期. Runs in the browser too. */
export function chinaDate(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** The selectable reference styles, the in-force edition first. */
export const CITATION_STYLES: readonly { id: CitationStyle; label: string }[] = Object.freeze([
  { id: 'gbt7714-2025', label: 'GB/T 7714—2025' },
  { id: 'gbt7714-2015', label: 'GB/T 7714—2015' },
] as const);

/** What we know about one source document (mirrors src/schemas/source.ts). */
export interface SourceRef {
  /** Title of the source document or page. */
  title: string;
  /** Newspaper / website / compilation name; empty when unknown. */
  publication: string;
  type: 'newspaper' | 'online' | 'compilation';
  /** YYYY-MM-DD (a bare YYYY is accepted too), absent when unknown. */
  date?: string;
  /** Absent when unknown – never reconstruct one. */
  url?: string;
  /** Editors of a compilation (图书主要责任者), when the source names them. */
  editors?: string[];
  /** Place of publication (出版地), when the source names it. */
  place?: string;
}

/** One case as cited: its own title and authors, and the source holding it. */
export interface CaseRef {
  /** Case title. */
  title: string;
  /** Subtitle printed after —— in the source. */
  subtitle?: string;
  /** Names as printed; may be empty. */
  authors: string[];
  source: SourceRef;
  /** true when the case is one part of a source holding several (析出文献), false when the case IS the whole source document */
  isPart: boolean;
  /** Pages of the part in its host, or a newspaper's 版次, when known. */
  pages?: string;
}

/** Our library's page of a case. */
export interface LibraryRef {
  siteName: string;
  url: string;
  /** YYYY-MM-DD the page was published or last changed. */
  published?: string;
  /** YYYY-MM-DD the reader consulted the page (引用日期); absent in files made before anyone read them. */
  accessed?: string;
}

interface Punctuation {
  comma: string;
  colon: string;
  open: string;
  close: string;
}

// GB/T 7714—2015 第7章 and the 2015 examples: half-width symbols, a space after "," and ":".
// GB/T 7714—2025 第6章 and its examples: "." and "[ ]" half-width, the rest full-width.
const PUNCTUATION: Record<CitationStyle, Punctuation> = {
  'gbt7714-2015': { comma: ', ', colon: ': ', open: '(', close: ')' },
  'gbt7714-2025': { comma: '，', colon: '：', open: '（', close: '）' },
};

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/u;

const clean = (value: string | undefined): string => (value ?? '').replace(/\s+/gu, ' ').trim();

const names = (list: readonly string[] | undefined): string[] => (list ?? []).map(clean).filter((name) => name !== '');

/** 7.1.2 (2025) / 8.1.2 (2015): up to 3 names in full, then "等" (or "et al." for Western names). */
function formatNames(list: readonly string[] | undefined, p: Punctuation): string {
  const all = names(list);
  if (all.length <= 3) return all.join(p.comma);
  const more = HAN.test(all[0] ?? '') ? '等' : 'et al.';
  return [...all.slice(0, 3), more].join(p.comma);
}

/** The subtitle is 其他题名信息, which both editions introduce with a colon. */
function formatTitle(c: CaseRef, p: Punctuation): string {
  const subtitle = clean(c.subtitle);
  return clean(c.title) + (subtitle === '' ? '' : p.colon + subtitle);
}

/** "出版地: 出版者, 出版年: 页码", each element only when known. */
function publicationInfo(place: string, publisher: string, year: string, pages: string, p: Punctuation): string {
  let out = place;
  if (publisher !== '') out += (out === '' ? '' : p.colon) + publisher;
  if (year !== '') out += (out === '' ? '' : p.comma) + year;
  if (pages !== '') out += (out === '' ? '' : p.colon) + pages;
  return out;
}

/** Joins the elements with the ". " separator and closes the entry with "." (第6章: 每一条参考文献的结尾可用“.”). */
function entry(parts: readonly string[]): string {
  let out = '';
  for (const part of parts) {
    if (part === '') continue;
    if (out !== '') out += out.endsWith('.') ? ' ' : '. ';
    out += part;
  }
  return out === '' || out.endsWith('.') ? out : `${out}.`;
}

const dated = (date: string, p: Punctuation): string => (date === '' ? '' : p.open + date + p.close);

const year = (date: string | undefined): string => clean(date).slice(0, 4);

/** Reference to the original source of a case, per its type. Unknown fields are left out, never invented. */
export function formatSourceReference(c: CaseRef, style: CitationStyle): string {
  const p = PUNCTUATION[style];
  const s = c.source;
  const authors = formatNames(c.authors, p);
  const title = formatTitle(c, p);
  const url = clean(s.url);
  // [OL] only when a 获取和访问路径 can be given with it: the carrier code and the path go together.
  const carrier = url === '' ? '' : '/OL';
  const date = clean(s.date);
  const pages = clean(c.pages);

  if (s.type === 'newspaper') {
    // 8.5 (2025) / 4.4, 8.8.2 (2015): 报纸名, 出版日期(版次). A newspaper article is always a part,
    // so isPart changes nothing. No 引用日期: we never consulted the original ourselves.
    let where = clean(s.publication);
    if (date !== '') where += (where === '' ? '' : p.comma) + date + (pages === '' ? '' : p.open + pages + p.close);
    return entry([authors, `${title}[N${carrier}]`, where, url]);
  }

  if (s.type === 'online') {
    // 8.11 (2025) / 4.6 (2015): 题名[EB/OL]. (创建或修改日期)[引用日期]. 获取和访问路径.
    // The access date belongs to whoever consulted the page; we have none for the original.
    const marked = `${title}[EB/OL]`;
    // A part of a web page holding several cases: the general "//" rule (第6章), no worked example exists.
    const head = c.isPart ? `${marked}//${clean(s.title)}` : marked;
    return entry([authors, head, dated(date, p), url]);
  }

  // Compilation, 汇编 [G]: 8.3 (2025) / 4.2 (2015) 析出文献 "…[G]//编者. 汇编题名. 出版地: 出版者, 出版年: 页码."
  const marked = `${title}[G${carrier}]`;
  // 2015 §8.4.1.2 / 8.4.2.2 require "[出版地不详]" "[出版者不详]" for a printed Chinese document (optional only
  // for an electronic resource); 2025 makes them optional, and this module leaves unknowns out where it may.
  const unknown = (value: string, placeholder: string) => value || (style === 'gbt7714-2015' && carrier === '' ? placeholder : '');
  const published = publicationInfo(unknown(clean(s.place), '[出版地不详]'), unknown(clean(s.publication), '[出版者不详]'), year(s.date), pages, p);
  if (!c.isPart) return entry([authors, marked, published, url]);
  const editors = formatNames(s.editors, p);
  const host = editors === '' ? [`${marked}//${clean(s.title)}`] : [`${marked}//${editors}`, clean(s.title)];
  return entry([authors, ...host, published, url]);
}

/** Reference to our library's page of the case, as an online resource [EB/OL] (or the 2025 equivalent) with access date. */
export function formatLibraryReference(c: CaseRef, lib: LibraryRef, style: CitationStyle): string {
  const p = PUNCTUATION[style];
  // [EB/OL] is 网站、网页 in 2025 and 电子公告 in 2015; the format is the same apart from punctuation.
  const accessed = clean(lib.accessed);
  const dates = dated(clean(lib.published), p) + (accessed === '' ? '' : `[${accessed}]`);
  return entry([formatNames(c.authors, p), `${formatTitle(c, p)}[EB/OL]`, dates, clean(lib.url)]);
}

const BIBTEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '%': '\\%',
  $: '\\$',
  '&': '\\&',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** Escapes TeX specials so a value can sit inside braces without unbalancing the entry. */
function escapeBibTeX(value: string): string {
  return clean(value).replace(/[\\{}%$&#_~^]/gu, (ch) => BIBTEX_SPECIALS[ch] ?? ch);
}

/** URLs are verbatim fields for biber and the url package, so only what would break the braces or the line is encoded. */
function bibTeXUrl(url: string): string {
  return clean(url).replace(/[{}\s\\]/gu, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** A name with a comma, space or " and " would be split by BibTeX: brace it as one unit. */
function bibTeXName(name: string): string {
  const escaped = escapeBibTeX(name);
  return /[\s,]/u.test(name) ? `{${escaped}}` : escaped;
}

/** The key of the library page's entry beside the original's (`key`) in a .bib file. */
export const pageKey = (key: string): string => `${key}-page`;

/** Makes a BibTeX entry from its fields, leaving empty ones out. */
function bibTeXEntry(type: string, key: string, fields: ReadonlyArray<[string, string]>): string {
  const safeKey = clean(key).replace(/[\s,{}()"'#%~\\=]/gu, '-');
  const kept = fields.filter(([, value]) => value !== '');
  return `@${type}{${safeKey},\n${kept.map(([name, value]) => `  ${name} = {${value}}`).join(',\n')}\n}\n`;
}

/**
 * BibTeX/biblatex entries for the case, two references as the citation box
 * shows them, never one mixing them: the original (key `key`: its type, date
 * and address, when known) and our page of it (`pageKey(key)`, @online: our
 * address and the reader's access date). Each note names the other.
 */
export function toBibTeX(key: string, c: CaseRef, lib: LibraryRef): string {
  const s = c.source;
  const type = s.type === 'newspaper' ? 'article' : s.type === 'online' ? 'online' : c.isPart ? 'incollection' : 'book';
  const common: [string, string][] = [
    ['author', names(c.authors).map(bibTeXName).join(' and ')],
    ['title', escapeBibTeX(c.title)],
    ['subtitle', escapeBibTeX(c.subtitle ?? '')],
  ];
  const host: [string, string][] =
    s.type === 'newspaper'
      ? // biblatex's way to mark a newspaper within @article.
        [['journal', escapeBibTeX(s.publication)], ['entrysubtype', 'newspaper']]
      : s.type === 'online'
        ? [['organization', escapeBibTeX(s.publication)], ['booktitle', c.isPart ? escapeBibTeX(s.title) : '']]
        : [
            ['booktitle', c.isPart ? escapeBibTeX(s.title) : ''],
            ['editor', c.isPart ? names(s.editors).map(bibTeXName).join(' and ') : ''],
            ['publisher', escapeBibTeX(s.publication)],
            ['location', escapeBibTeX(s.place ?? '')],
          ];
  const original = bibTeXEntry(type, key, [
    ...common,
    ...host,
    ['date', escapeBibTeX(s.date ?? '')],
    ['pages', escapeBibTeX(c.pages ?? '')],
    ['url', clean(s.url) === '' ? '' : bibTeXUrl(s.url!)],
    ['note', escapeBibTeX(`原始文献；${clean(lib.siteName)}收录本，见条目 ${pageKey(key)}`)],
  ]);
  const page = bibTeXEntry('online', pageKey(key), [
    ...common,
    ['organization', escapeBibTeX(lib.siteName)],
    ['date', escapeBibTeX(lib.published ?? '')],
    ['url', bibTeXUrl(lib.url)],
    ['urldate', clean(lib.accessed) === '' ? '' : escapeBibTeX(lib.accessed!)],
    ['note', escapeBibTeX(`${clean(lib.siteName)}收录本；原始文献见条目 ${clean(key)}`)],
  ]);
  return `${original}\n${page}`;
}

/** RIS dates are YYYY/MM/DD/other-info, the slashes required even when parts are missing. */
function risDate(date: string): string {
  const [y = '', m = '', d = ''] = clean(date).split('-');
  return `${y}/${m}/${d}/`;
}

/** One RIS record; TY first, ER last, CRLF line ends as the RIS specification requires. */
function risRecord(lines: ReadonlyArray<[string, string | undefined]>): string {
  const kept = lines.map(([tag, value]) => [tag, clean(value)] as const).filter(([, value]) => value !== '');
  return [...kept, ['ER', '']].map(([tag, value]) => `${tag}  - ${value}`).join('\r\n') + '\r\n';
}

/**
 * RIS records for the case, as toBibTeX: the original first (its type, date
 * and address, when known), then our page of it (ELEC, our address, the
 * reader's access date); each note names the other.
 */
export function toRIS(c: CaseRef, lib: LibraryRef): string {
  const s = c.source;
  const type = s.type === 'newspaper' ? 'NEWS' : s.type === 'online' ? 'ELEC' : c.isPart ? 'CHAP' : 'BOOK';
  const authors = names(c.authors).map((name): [string, string] => ['AU', name]);
  // RIS has no subtitle tag; the colon is how both GB/T editions introduce 其他题名信息.
  const title: [string, string] = ['TI', formatTitle(c, PUNCTUATION['gbt7714-2025'])];
  const host: Array<[string, string | undefined]> =
    s.type !== 'compilation'
      ? [['T2', s.publication]]
      : [...(c.isPart ? [['T2', s.title] as [string, string], ...names(s.editors).map((name): [string, string] => ['A2', name])] : []), ['PB', s.publication], ['CY', s.place]];
  const dated: Array<[string, string]> = clean(s.date) === '' ? [] : [['PY', year(s.date)], ['DA', risDate(s.date ?? '')]];
  const original = risRecord([['TY', type], ...authors, title, ...host, ...dated, ['SP', c.pages], ['UR', s.url], ['LA', 'zh-CN'], ['N1', `原始文献；${clean(lib.siteName)}收录本见下一条`]]);
  const page = risRecord([
    ['TY', 'ELEC'],
    ...authors,
    title,
    ['UR', lib.url],
    ['Y2', clean(lib.accessed) === '' ? '' : risDate(lib.accessed!)],
    ['DB', lib.siteName],
    ['LA', 'zh-CN'],
    ['N1', `${clean(lib.siteName)}收录本；原始文献见上一条`],
  ]);
  return original + page;
}
