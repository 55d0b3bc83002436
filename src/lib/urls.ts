/**
 * Every address the site hands out: the routes of its pages and the anchors
 * inside a case page (paragraphs `p<n>`, collation notes `jk-<n>` and the
 * markers that point to them). Components, pages, plugins and browser code
 * take them from here instead of typing the templates. Browser-safe.
 */

/** The section index pages, as linked from the navigation. */
export const ROUTES = {
  cases: '/cases/',
  methods: '/methods/',
  themes: '/themes/',
  regions: '/regions/',
  years: '/years/',
  sources: '/sources/',
  search: '/search/',
  handout: '/handout/',
  compare: '/compare/',
  offline: '/offline/',
  about: '/about/',
  openData: '/about/data/',
} as const;

export const caseUrl = (id: string) => `/cases/${id}/`;
export const methodUrl = (id: string) => `/methods/${id}/`;
export const themeUrl = (id: string) => `/themes/${id}/`;
/** A region page by its GB/T 2260 code. */
export const regionUrl = (code: string) => `/regions/${code}/`;
export const sourceUrl = (id: string) => `/sources/${id}/`;
/** A short link (`/c/<code>/`, see node/short-code.ts; typed codes are read back by short-code-format.ts). */
export const shortUrl = (code: string) => `/c/${code}/`;
/** What a handout shows of one case, fetched by the handout page. */
export const handoutItemUrl = (id: string) => `/handout/${id}.json`;

/** What the comparison page shows of one case, fetched by that page (never the whole library). */
export const compareItemUrl = (id: string) => `/compare/${id}.json`;
/** Cases side by side (at most three, see lib/compare/compare.ts). */
export const compareUrl = (ids: readonly string[]) => (ids.length > 0 ? `/compare/?ids=${ids.join(',')}` : '/compare/');
/** The offline reader (service worker), registered for the whole site. */
export const SERVICE_WORKER_URL = '/sw.js';
/** The query parameter that opens a case page in presentation mode. */
export const PRESENT_PARAM = 'present';
/** A case page opened in presentation mode at paragraph n: `/cases/<id>/?present#p4`. */
export const presentUrl = (id: string, n?: number) => `${caseUrl(id)}?${PRESENT_PARAM}${n ? `#${paragraphId(n)}` : ''}`;

/** What every paragraph id starts with. */
export const PARAGRAPH_ID_PREFIX = 'p';
/** Id of a case's body paragraph n (1-based): `p12`, cited as `/cases/<id>/#p12`. */
export const paragraphId = (n: number) => `${PARAGRAPH_ID_PREFIX}${n}`;
const PARAGRAPH_FRAGMENT = new RegExp(`^#(${PARAGRAPH_ID_PREFIX}(\\d+))(?::~:|$)`);
/** The paragraph a paragraph or passage link's fragment points to (`#p5`, `#p5:~:text=…` → `p5`, 5), if any. */
export function paragraphOfFragment(fragment: string): { id: string; n: number } | null {
  const m = PARAGRAPH_FRAGMENT.exec(fragment);
  return m ? { id: m[1]!, n: Number(m[2]) } : null;
}
/** Id of the nth collation note (校勘记) in the notes list. */
export const noteId = (n: number) => `jk-${n}`;
/** Id of the marker in the text that points to the nth collation note. */
export const noteRefId = (n: number) => `jk-ref-${n}`;
/** A fragment link to an id on the same page. */
export const hash = (id: string) => `#${id}`;
/** The parts of a case page its short contents link to (kept clear of p<n> and jk-<n>). */
export const CASE_SECTION_IDS = {
  summary: 'tiyao',
  body: 'zhengwen',
  notes: 'jiaokanji',
  teaching: 'jiaoxue',
  related: 'xiangsi',
} as const;
