/**
 * What a Word document holds besides its running text, read from the
 * package's XML: tracked changes not yet accepted (w:ins, w:del), reviewers'
 * comments (comments.xml, with the text they are anchored on) and text boxes
 * (w:txbxContent, in a DrawingML wps:txbx and again in its VML v:textbox
 * fallback). mammoth reads insertions as accepted and leaves deletions and
 * comments out without a word, and reads a text box's paragraphs in after
 * the paragraph that anchors it; it never reads headers and footers (页眉、
 * 页脚: a running title, a page number). The report must say each.
 */
import JSZip from 'jszip';
import { DOMParser } from 'linkedom';
import { inside, tag as local } from './docx-xml.ts';

export interface Review {
  insertions: number;
  deletions: Array<{ text: string; by: string; in: string }>;
  comments: Array<{ text: string; by: string; on: string }>;
  /** Each text box once (not its VML fallback copy), with the paragraph it is anchored in (1-based among the body's paragraphs with text). */
  textBoxes: Array<{ paragraphs: string[]; anchor: string; paragraph: number }>;
  /** Each distinct line of the headers and footers, a page-number field written 〔页码〕. */
  margins: Array<{ part: 'header' | 'footer'; text: string }>;
}

// DrawingML's a:p is not a paragraph of the text: elements are known by their prefixed names (docx-xml.ts).
const textOf = (e: Element, tags = ['w:t']) =>
  Array.from(e.querySelectorAll('*'))
    .filter((n) => tags.includes(local(n)) && !inside(n, 'w:txbxContent'))
    .map((n) => n.textContent ?? '')
    .join('');
const who = (e: Element) => [e.getAttribute('w:author'), e.getAttribute('w:date')?.slice(0, 10)].filter(Boolean).join(' ');

/** A paragraph's first 20 characters, as the report names the paragraph a revision, comment or text box is in. */
export const paragraphStart = (s: string) => (Array.from(s).length > 20 ? `${Array.from(s).slice(0, 20).join('')}…` : s);

/** The document part with its text boxes emptied, so mammoth does not read them into the running text. */
export function withoutTextBoxes(xml: string): string {
  return xml.replace(/<w:txbxContent\b[^>]*>[\s\S]*?<\/w:txbxContent>/g, '<w:txbxContent/>');
}

export async function readReview(zip: JSZip): Promise<Review> {
  const review: Review = { insertions: 0, deletions: [], comments: [], textBoxes: [], margins: [] };
  const part = await zip.file('word/document.xml')?.async('string');
  if (!part) return review;
  const parser = new DOMParser();
  review.margins = await readMargins(zip, parser);
  const doc = parser.parseFromString(part, 'text/xml') as unknown as Document;
  const all = Array.from(doc.querySelectorAll('*'));
  const paragraphs = all.filter((e) => local(e) === 'w:p' && !inside(e, 'w:txbxContent'));
  const paragraphOf = (e: Element) => {
    let p: Element | null = e;
    while (p && local(p) !== 'w:p') p = p.parentElement;
    return p;
  };
  for (const e of all) {
    const tag = local(e);
    if (tag === 'w:ins' && textOf(e)) review.insertions++;
    if (tag === 'w:del') {
      const text = textOf(e, ['w:delText']);
      const p = paragraphOf(e);
      if (text) review.deletions.push({ text, by: who(e), in: p ? paragraphStart(textOf(p)) : '' });
    }
  }
  // A comment's anchor: the text between its range start and end, in document order.
  const open = new Map<string, string>();
  const anchors = new Map<string, string>();
  for (const e of all) {
    const tag = local(e);
    const id = e.getAttribute('w:id') ?? '';
    if (tag === 'w:commentRangeStart') open.set(id, '');
    else if (tag === 'w:commentRangeEnd' && open.has(id)) {
      anchors.set(id, open.get(id)!);
      open.delete(id);
    } else if (tag === 'w:t' && !inside(e, 'w:txbxContent')) for (const [k, v] of open) open.set(k, v + (e.textContent ?? ''));
  }
  const commentsPart = await zip.file('word/comments.xml')?.async('string');
  if (commentsPart) {
    const comments = parser.parseFromString(commentsPart, 'text/xml') as unknown as Document;
    for (const c of Array.from(comments.querySelectorAll('*')).filter((e) => local(e) === 'w:comment')) {
      const text = Array.from(c.querySelectorAll('*'))
        .filter((e) => local(e) === 'w:p')
        .map((p) => textOf(p))
        .filter(Boolean)
        .join('\n');
      review.comments.push({ text, by: who(c), on: anchors.get(c.getAttribute('w:id') ?? '') ?? '' });
    }
  }
  const withText = paragraphs.filter((p) => textOf(p).trim());
  for (const box of all.filter((e) => local(e) === 'w:txbxContent' && !inside(e, 'mc:Fallback'))) {
    const texts = Array.from(box.querySelectorAll('*'))
      .filter((e) => local(e) === 'w:p')
      .map((p) =>
        Array.from(p.querySelectorAll('*'))
          .filter((n) => local(n) === 'w:t')
          .map((n) => n.textContent ?? '')
          .join('')
          .trim(),
      )
      .filter(Boolean);
    if (!texts.length) continue;
    const anchor = paragraphOf(box.parentElement!);
    let outer: Element | null = anchor;
    while (outer && inside(outer, 'w:txbxContent')) outer = paragraphOf(outer.parentElement!);
    review.textBoxes.push({ paragraphs: texts, anchor: outer ? paragraphStart(textOf(outer)) : '', paragraph: outer ? withText.indexOf(outer) + 1 : 0 });
  }
  return review;
}

/**
 * A header or footer paragraph as Word shows it: its text, with a PAGE field
 * (the page number) written 〔页码〕 in place of whatever result was cached.
 */
function marginLine(p: Element): string {
  let text = '';
  let inResult = false;
  for (const n of Array.from(p.querySelectorAll('*'))) {
    const tag = local(n);
    const fld = n.getAttribute('w:fldCharType');
    if (tag === 'w:fldChar' && fld === 'separate') inResult = true;
    else if (tag === 'w:fldChar' && fld === 'end') inResult = false;
    else if (tag === 'w:instrText' && /\bPAGE\b/.test(n.textContent ?? '')) text += '〔页码〕';
    else if (tag === 'w:fldSimple' && /\bPAGE\b/.test(n.getAttribute('w:instr') ?? '')) text += '〔页码〕';
    else if (tag === 'w:t' && !inResult && !inside(n, 'w:fldSimple')) text += n.textContent ?? '';
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** Headers before footers, each in its part's number order. */
const order = (name: string) => name.replace('header', 'a').replace('footer', 'b');

/** Every distinct line of the package's header and footer parts (first-page, even and default alike), headers first. */
async function readMargins(zip: JSZip, parser: DOMParser): Promise<Review['margins']> {
  const out: Review['margins'] = [];
  const parts = zip.file(/^word\/(?:header|footer)\d*\.xml$/).sort((a, b) => order(a.name).localeCompare(order(b.name), 'en', { numeric: true }));
  for (const f of parts) {
    const doc = parser.parseFromString(await f.async('string'), 'text/xml') as unknown as Document;
    const part = f.name.includes('header') ? 'header' : 'footer';
    for (const p of Array.from(doc.querySelectorAll('*')).filter((e) => local(e) === 'w:p')) {
      const text = marginLine(p);
      if (text && !out.some((m) => m.part === part && m.text === text)) out.push({ part, text });
    }
  }
  return out;
}
