/**
 * OpenDocument text (.odt, LibreOffice's and WPS's own format) → the evidence the .docx reader gives
 * (word-document.ts), read from the package's content.xml and styles.xml: text:h is a heading at its outline level,
 * a text:p in the Title (Subtitle) style a level-1 (2) heading as a .docx's are; a paragraph's alignment, weight, size
 * and typeface are resolved through its automatic style to the named styles and the default style; text:list items
 * get the numbers their list style prints (written into the text, as the .docx reader writes Word's); tables keep
 * every cell; a footnote or endnote (text:note) leaves its citation in the text as [mark] and follows the body as
 * "[mark] text"; a frame's text box (draw:frame/draw:text-box), a reviewer's comment (office:annotation), a tracked
 * deletion (text:tracked-changes) and the page style's headers and footers are taken out of the running text and
 * reported as a .docx's are.
 *
 * ODF is written with its conventional prefixes (office:, text:, table:, draw:, style:, fo:) by LibreOffice, WPS and
 * Word alike; the elements are matched by them, as the .docx reader matches w:.
 *
 * meta.xml's creator and creation date name who saved the file and when (often "Administrator", a typist): they are
 * never the article's byline or date; the report gives them as a warning. Its dc:title is what that person typed in
 * the file's properties, not read: the title is the text's own.
 */
import JSZip from 'jszip';
import { DOMParser } from 'linkedom';
import { DecodeError } from '../decode.ts';
import type { ExtractedDocument } from '../extracted.ts';
import type { LeftBlock } from '../left-blocks.ts';
import { paragraphStart, type Review } from './docx-review.ts';
import { formatNumber } from './docx-numbering.ts';
import { htmlBody, sizesAndLooks, wordDocument, wordHtml, type WordBlock, type WordParagraph, type WordRun } from './word-document.ts';
import { checkMessage } from '../../check-messages.ts';

type El = Element;
const kids = (e: El): El[] => Array.from(e.children);
const name = (e: El) => e.tagName;
const attr = (e: El, a: string) => e.getAttribute(a) ?? undefined;
const HAN = /\p{Script=Han}/u;

/** What a style sets, each property as the file writes it; absent where the style leaves it to its parent. */
interface StyleProps {
  parent?: string;
  display?: string;
  align?: string;
  marginLeft?: string;
  marginRight?: string;
  weight?: string;
  weightAsian?: string;
  size?: string;
  sizeAsian?: string;
  face?: string;
  faceAsian?: string;
  list?: string;
  automatic: boolean;
}

interface ListLevel {
  format?: string;
  prefix: string;
  suffix: string;
  start: number;
}

interface Styles {
  byName: Map<string, StyleProps>;
  defaults: StyleProps;
  lists: Map<string, Map<number, ListLevel>>;
}

function styleProps(s: El, automatic: boolean): StyleProps {
  const props: StyleProps = { automatic };
  const set = <K extends keyof StyleProps>(k: K, v: StyleProps[K] | undefined) => {
    if (v !== undefined) props[k] = v;
  };
  set('parent', attr(s, 'style:parent-style-name'));
  set('display', attr(s, 'style:display-name') ?? attr(s, 'style:name')?.replace(/_20_/g, ' '));
  set('list', attr(s, 'style:list-style-name'));
  for (const p of kids(s)) {
    if (name(p) === 'style:paragraph-properties') {
      set('align', attr(p, 'fo:text-align'));
      set('marginLeft', attr(p, 'fo:margin-left'));
      set('marginRight', attr(p, 'fo:margin-right'));
    } else if (name(p) === 'style:text-properties') {
      set('weight', attr(p, 'fo:font-weight'));
      set('weightAsian', attr(p, 'style:font-weight-asian'));
      set('size', attr(p, 'fo:font-size'));
      set('sizeAsian', attr(p, 'style:font-size-asian'));
      set('face', attr(p, 'style:font-name') ?? attr(p, 'fo:font-family'));
      set('faceAsian', attr(p, 'style:font-name-asian') ?? attr(p, 'style:font-family-asian'));
    }
  }
  return props;
}

/** Chinese number formats LibreOffice and WPS offer (style:num-format), as the .docx reader's numFmt names. */
const NUM_FORMATS: Record<string, string> = {
  '1': 'decimal', a: 'lowerLetter', A: 'upperLetter', i: 'lowerRoman', I: 'upperRoman',
  '一, 二, 三, ...': 'chineseCounting', '壹, 贰, 叁, ...': 'chineseLegalSimplified', '①, ②, ③, ...': 'decimalEnclosedCircle',
  '甲, 乙, 丙, ...': 'ideographTraditional', '子, 丑, 寅, ...': 'ideographZodiac', '１, ２, ３, ...': 'decimalFullWidth', '〇, 一, 二, ...': 'ideographDigital',
};

function listStyle(l: El): Map<number, ListLevel> {
  const levels = new Map<number, ListLevel>();
  for (const lv of kids(l)) {
    const level = Number(attr(lv, 'text:level') ?? '1');
    // A bullet prints no number: nothing is written into the text for it.
    if (name(lv) !== 'text:list-level-style-number' && name(lv) !== 'text:outline-level-style') continue;
    const format = attr(lv, 'style:num-format');
    levels.set(level, { ...(format ? { format } : {}), prefix: attr(lv, 'style:num-prefix') ?? '', suffix: attr(lv, 'style:num-suffix') ?? '', start: Number(attr(lv, 'text:start-value') ?? '1') });
  }
  return levels;
}

function readStyles(docs: El[]): Styles {
  const styles: Styles = { byName: new Map(), defaults: { automatic: false }, lists: new Map() };
  for (const root of docs) {
    for (const group of kids(root).filter((e) => /^office:(?:automatic-)?styles$/.test(name(e)))) {
      const automatic = name(group) === 'office:automatic-styles';
      for (const s of kids(group)) {
        if (name(s) === 'style:style' && attr(s, 'style:name')) styles.byName.set(attr(s, 'style:name')!, styleProps(s, automatic));
        else if (name(s) === 'style:default-style' && attr(s, 'style:family') === 'paragraph') styles.defaults = styleProps(s, false);
        else if (name(s) === 'text:list-style' && attr(s, 'style:name')) styles.lists.set(attr(s, 'style:name')!, listStyle(s));
        // The headings' own numbering (第一章, 一、): text:h carries no number in its text, as a list item carries none.
        else if (name(s) === 'text:outline-style') styles.lists.set(OUTLINE, listStyle(s));
      }
    }
  }
  return styles;
}

/** A property through the style's parents to the default style. */
function resolve<K extends keyof StyleProps>(styles: Styles, style: string | undefined, key: K): StyleProps[K] | undefined {
  const seen = new Set<string>();
  for (let s = style; s && !seen.has(s); s = styles.byName.get(s)?.parent) {
    seen.add(s);
    const v = styles.byName.get(s)?.[key];
    if (v !== undefined) return v;
  }
  return styles.defaults[key];
}

/** The named style a paragraph is in: an automatic style (direct formatting) stands for its parent. */
function namedStyle(styles: Styles, style: string | undefined): string | undefined {
  const s = style ? styles.byName.get(style) : undefined;
  return s?.automatic ? namedStyle(styles, s.parent) : (s?.display ?? style);
}

const bold = (w: string | undefined) => w === 'bold' || (w !== undefined && /^\d+$/.test(w) && Number(w) >= 600);
const points = (s: string | undefined) => {
  const m = /^([\d.]+)pt$/.exec(s ?? '');
  return m ? Number(m[1]) : undefined;
};

/** How a run is set: its own style (a span's) over the paragraph's; the East Asian properties for Chinese text. */
function runLook(styles: Styles, text: string, spanStyle: string | undefined, paraStyle: string | undefined): Pick<WordRun, 'bold' | 'size' | 'face'> {
  const cjk = HAN.test(text);
  const get = (western: keyof StyleProps, asian: keyof StyleProps) => {
    const pick = (s: string | undefined) => ((cjk ? resolve(styles, s, asian) : undefined) ?? resolve(styles, s, western)) as string | undefined;
    return spanStyle && resolveOwn(styles, spanStyle, western, asian) ? pick(spanStyle) : pick(paraStyle);
  };
  const size = points(get('size', 'sizeAsian'));
  const face = get('face', 'faceAsian');
  return { ...(bold(get('weight', 'weightAsian')) ? { bold: true } : {}), ...(size ? { size } : {}), ...(face ? { face } : {}) };
}

/** Whether a span's style chain itself (not the default style) sets the property. */
function resolveOwn(styles: Styles, style: string | undefined, ...keys: Array<keyof StyleProps>): boolean {
  const seen = new Set<string>();
  for (let s = style; s && !seen.has(s); s = styles.byName.get(s)?.parent) {
    seen.add(s);
    if (keys.some((k) => styles.byName.get(s!)?.[k] !== undefined)) return true;
  }
  return false;
}

/** The text of an element as printed: spaces and tabs written out, notes, comments and frames not in it. */
function plainText(e: El): string {
  let out = '';
  for (const n of Array.from(e.childNodes)) {
    if (n.nodeType === 3) out += n.nodeValue ?? '';
    else if (n.nodeType === 1) {
      const el = n as El;
      const tag = name(el);
      if (tag === 'text:s') out += ' '.repeat(Number(attr(el, 'text:c') ?? '1'));
      else if (tag === 'text:tab') out += '\t';
      else if (tag === 'text:line-break') out += '\n';
      else if (!SKIP_INLINE.has(tag) && !isDrawing(tag)) out += plainText(el);
    }
  }
  return out;
}

/** Inline elements whose content is not the paragraph's text: what is reported apart, and a ruby's reading. */
const SKIP_INLINE = new Set(['text:note', 'office:annotation', 'text:ruby-text', 'office:change-info']);
/** A drawing (frame, shape, group of shapes, a linked picture): its text is a text box's, never the paragraph's. */
const isDrawing = (tag: string) => tag.startsWith('draw:');

const who = (info: El | undefined) => {
  if (!info) return '';
  const field = (tag: string) => kids(info).find((k) => name(k) === tag)?.textContent?.trim();
  return [field('dc:creator'), knownDate(field('dc:date'))].filter(Boolean).join(' ');
};

/** A comment's words and who made it when. */
function commentOf(el: El): { text: string; by: string } {
  const text = kids(el).filter((k) => name(k) === 'text:p' || name(k) === 'text:list').map((k) => plainText(k).trim()).filter(Boolean).join('\n');
  const by = [kids(el).find((k) => name(k) === 'dc:creator')?.textContent?.trim(), knownDate(kids(el).find((k) => name(k) === 'dc:date')?.textContent)].filter(Boolean).join(' ');
  return { text, by };
}

/** A review mark's date as YYYY-MM-DD; LibreOffice writes 0000-00-00 for a comment made with no date, which is none. */
const knownDate = (s: string | null | undefined) => {
  const d = s?.trim().slice(0, 10);
  return d && !/^0{4}-0{2}-0{2}$/.test(d) ? d : undefined;
};

/** The document read into blocks, notes and review marks. */
class OdtWalker {
  readonly blocks: WordBlock[] = [];
  readonly notes: string[] = [];
  readonly review: Review = { insertions: 0, deletions: [], comments: [], textBoxes: [], margins: [] };
  /** Ruby readings (拼音 over a character): printed, but no words of the text. */
  readonly readings: LeftBlock[] = [];
  readonly numbered: Array<{ text: string; level: number }> = [];
  unnumbered = 0;
  /** Body paragraphs with text so far: a text box names the one it is anchored in. */
  private paragraphsWithText = 0;
  private readonly changes = new Map<string, { kind: string; info: El | undefined; text: string }>();
  private readonly counters = new Map<string, number[]>();

  private readonly styles: Styles;

  constructor(styles: Styles) {
    this.styles = styles;
  }

  readChanges(tracked: El): void {
    for (const region of kids(tracked).filter((e) => name(e) === 'text:changed-region')) {
      const change = kids(region)[0];
      if (!change) continue;
      const info = kids(change).find((k) => name(k) === 'office:change-info');
      const text = kids(change).filter((k) => /^text:(?:p|h|list|table)$|^table:table$/.test(name(k))).map((k) => plainText(k).trim()).filter(Boolean).join('\n');
      this.changes.set(attr(region, 'text:id') ?? attr(region, 'xml:id') ?? '', { kind: name(change), info, text });
    }
  }

  /** The body's children, in order, into `out`. */
  walk(parent: El, out: WordBlock[], list?: { style: string | undefined; level: number }): void {
    for (const e of kids(parent)) {
      const tag = name(e);
      if (tag === 'text:p') out.push(this.paragraph(e, out === this.blocks));
      else if (tag === 'text:h') out.push(this.heading(e, out === this.blocks, list !== undefined));
      else if (tag === 'text:list') this.list(e, out, list);
      else if (tag === 'table:table') out.push(this.table(e));
      // Read before the body (readOdt): a deletion's text is reported where it was cut, never read as running text.
      else if (tag === 'text:tracked-changes') continue;
      else if (isDrawing(tag)) this.frame(e, '');
      // Any other container (a section, a table of contents' printed entries, a row group) is read for its paragraphs;
      // declarations and an index's template (…-source) hold no printed text.
      else if (!/-(?:decls|source)$|^office:forms$|^table:calculation-settings$/.test(tag)) this.walk(e, out, list);
    }
  }

  private list(e: El, out: WordBlock[], outer?: { style: string | undefined; level: number }): void {
    const style = attr(e, 'text:style-name') ?? outer?.style;
    const level = (outer?.level ?? 0) + 1;
    const key = style ?? '';
    const counts = this.counters.get(key) ?? [];
    // A list that does not continue the one before restarts its numbers (ODF's text:continue-numbering, text:continue-list).
    if (level === 1 && attr(e, 'text:continue-numbering') !== 'true' && !attr(e, 'text:continue-list')) counts.length = 0;
    this.counters.set(key, counts);
    for (const item of kids(e)) {
      if (name(item) === 'text:list-header') {
        this.walk(item, out, { style, level });
        continue;
      }
      if (name(item) !== 'text:list-item') continue;
      const spec = style ? this.styles.lists.get(style)?.get(level) : undefined;
      const restart = attr(item, 'text:start-value');
      counts.length = level;
      counts[level - 1] = restart ? Number(restart) : (counts[level - 1] ?? (spec?.start ?? 1) - 1) + 1;
      const first = out.length;
      this.walk(item, out, { style, level });
      const p = out[first];
      // A number the file prints itself (text:number) is in the text already.
      const printed = Array.from(item.querySelectorAll('*')).some((k) => name(k) === 'text:number');
      if (spec?.format && p && !('rows' in p) && !printed) this.number(p, spec, counts[level - 1]!, level);
    }
  }

  /** A heading, numbered by the outline style at its level unless it stands in a list or is a list's header. */
  private heading(e: El, inBody: boolean, inList: boolean): WordParagraph {
    const p = this.paragraph(e, inBody);
    const level = p.heading ?? 1;
    const spec = this.styles.lists.get(OUTLINE)?.get(level);
    const counts = this.counters.get(OUTLINE) ?? [];
    this.counters.set(OUTLINE, counts);
    if (inList || attr(e, 'text:is-list-header') === 'true') return p;
    const restart = attr(e, 'text:restart-numbering') === 'true' ? attr(e, 'text:start-value') ?? String(spec?.start ?? 1) : undefined;
    counts.length = level;
    counts[level - 1] = restart ? Number(restart) : (counts[level - 1] ?? (spec?.start ?? 1) - 1) + 1;
    const printed = Array.from(e.querySelectorAll('*')).some((k) => name(k) === 'text:number');
    if (spec?.format && !printed) this.number(p, spec, counts[level - 1]!, level);
    return p;
  }

  /** The number a list or outline level prints, written as the paragraph's first run; a format not known is counted. */
  private number(p: WordParagraph, spec: ListLevel, n: number, level: number): void {
    const formatted = NUM_FORMATS[spec.format!] ? formatNumber(n, NUM_FORMATS[spec.format!]!) : undefined;
    if (formatted === undefined) {
      this.unnumbered++;
      return;
    }
    p.runs.unshift({ text: `${spec.prefix}${formatted}${spec.suffix}`, ...(p.runs[0]?.bold ? { bold: true } : {}) });
    this.numbered.push({ text: p.runs.map((r) => r.text).join(''), level: level - 1 });
  }

  private table(e: El): WordBlock {
    const rows: WordBlock[][][] = [];
    const visit = (group: El) => {
      for (const r of kids(group)) {
        if (name(r) === 'table:table-row') {
          // A cell covered by a merge prints nothing in LibreOffice, but a file may still hold words in it (another
          // program's, a hand-made one's): they are kept as a cell of their own in its place, never dropped unsaid.
          const cells = kids(r).filter((c) => name(c) === 'table:table-cell' || (name(c) === 'table:covered-table-cell' && plainText(c).trim())).map((c) => {
            const blocks: WordBlock[] = [];
            this.walk(c, blocks);
            return blocks;
          });
          if (cells.length) rows.push(cells);
        } else if (/^table:table-(?:header-)?rows$|^table:table-row-group$/.test(name(r))) visit(r);
      }
    };
    visit(e);
    return { rows };
  }

  /**
   * A drawing: its paragraphs (a frame's text box, a shape's or a group's text, a captioned picture's caption) are a
   * text box reported with the paragraph it is anchored in; a picture without text is a picture in the text.
   */
  private frame(e: El, anchor: string): WordRun[] {
    const all = Array.from(e.querySelectorAll('*'));
    const paragraphs = all.filter((k) => name(k) === 'text:p' || name(k) === 'text:h').map((k) => plainText(k).trim()).filter(Boolean);
    if (paragraphs.length) {
      this.review.textBoxes.push({ paragraphs, anchor: paragraphStart(anchor), paragraph: this.paragraphsWithText + (anchor ? 1 : 0) });
      return [];
    }
    return all.some((k) => name(k) === 'draw:image') ? [{ text: '', image: true }] : [];
  }

  private paragraph(e: El, inBody: boolean): WordParagraph {
    const style = attr(e, 'text:style-name');
    const anchor = plainText(e).trim();
    const runs: WordRun[] = [];
    // A comment over a range may run on over paragraphs to its office:annotation-end: its range is the walker's.
    const open = this.openRanges;
    const add = (text: string, span: string | undefined) => {
      if (!text) return;
      for (const [k, v] of open) open.set(k, v + text);
      runs.push({ text, ...runLook(this.styles, text, span, style) });
    };
    const inline = (parent: El, span: string | undefined) => {
      for (const n of Array.from(parent.childNodes)) {
        if (n.nodeType === 3) {
          add(n.nodeValue ?? '', span);
          continue;
        }
        if (n.nodeType !== 1) continue;
        const el = n as El;
        const tag = name(el);
        if (tag === 'text:span') inline(el, attr(el, 'text:style-name') ?? span);
        else if (tag === 'text:s') add(' '.repeat(Number(attr(el, 'text:c') ?? '1')), span);
        else if (tag === 'text:tab') add('\t', span);
        else if (tag === 'text:line-break') runs.push({ text: '', br: true });
        else if (tag === 'text:number') add(el.textContent ?? '', span);
        else if (tag === 'text:note') add(this.note(el), span);
        else if (tag === 'office:annotation') this.comment(el, anchor, open);
        else if (tag === 'office:annotation-end') this.closeComment(attr(el, 'office:name') ?? '', open);
        else if (isDrawing(tag)) runs.push(...this.frame(el, anchor));
        else if (tag === 'text:change') this.deletion(attr(el, 'text:change-id') ?? '', anchor);
        else if (tag === 'text:ruby-text') this.reading(el);
        else if (tag === 'text:change-start') this.review.insertions += this.changes.get(attr(el, 'text:change-id') ?? '')?.kind === 'text:insertion' ? 1 : 0;
        // A link, a field (a cross-reference, a date), a ruby's base: their text as printed; marks and breaks have none.
        else if (!SKIP_INLINE.has(tag)) inline(el, span);
      }
    };
    inline(e, undefined);
    const paragraph = this.paragraphOf(e, style, runs);
    if (inBody && runs.some((r) => r.text.trim())) this.paragraphsWithText++;
    return paragraph;
  }

  private paragraphOf(e: El, style: string | undefined, runs: WordRun[]): WordParagraph {
    const styleName = namedStyle(this.styles, style);
    const chain = (s: string | undefined): string[] => {
      const out: string[] = [];
      for (let x = s; x && !out.includes(x); x = this.styles.byName.get(x)?.parent) out.push(x);
      return out;
    };
    const named = chain(style);
    const heading = name(e) === 'text:h' ? Number(attr(e, 'text:outline-level') ?? '1') || 1 : named.includes('Title') ? 1 : named.includes('Subtitle') ? 2 : undefined;
    const align = resolve(this.styles, style, 'align');
    return {
      runs,
      ...(styleName ? { style: styleName } : {}),
      ...(heading ? { heading } : {}),
      ...(align === 'center' && !heading ? { centred: true } : {}),
      indent: [resolve(this.styles, style, 'marginLeft') ?? '', resolve(this.styles, style, 'marginRight') ?? ''],
    };
  }

  /** A note's citation where it stands; its text after the body. */
  private note(el: El): string {
    const citation = kids(el).find((k) => name(k) === 'text:note-citation');
    const mark = (attr(citation ?? el, 'text:label') ?? citation?.textContent ?? '').trim() || String(this.notes.length + 1);
    const body = kids(el).find((k) => name(k) === 'text:note-body');
    const text = body ? kids(body).map((k) => plainText(k).trim()).filter(Boolean).join('') : '';
    if (text) this.notes.push(`[${mark}] ${text}`);
    // A reviewer's comment on the note's words is reported as one on the text's: plainText leaves it out of the note,
    // and it was in neither the note nor the report.
    for (const c of body ? Array.from(body.querySelectorAll('*')).filter((k) => name(k) === 'office:annotation') : []) {
      const { text: said, by } = commentOf(c);
      this.review.comments.push({ text: said, by, on: paragraphStart(`[${mark}] ${text}`) });
    }
    // A frame in the note (a box of words beside it) is left out of the note's text as out of a paragraph's: reported.
    for (const d of body ? Array.from(body.querySelectorAll('*')).filter((k) => isDrawing(name(k)) && !isDrawing(name(k.parentNode as El))) : []) {
      const paragraphs = Array.from(d.querySelectorAll('*')).filter((k) => name(k) === 'text:p' || name(k) === 'text:h').map((k) => plainText(k).trim()).filter(Boolean);
      if (paragraphs.length) this.review.textBoxes.push({ paragraphs, anchor: paragraphStart(`[${mark}] ${text}`), paragraph: this.paragraphsWithText + 1 });
    }
    return `[${mark}]`;
  }

  /** A ruby's reading, reported with the characters it is printed over; the base stays in the text as printed. */
  private reading(el: El): void {
    const text = plainText(el).trim();
    if (!text) return;
    const base = kids(el.parentNode as El).find((k) => name(k) === 'text:ruby-base');
    this.readings.push({ role: 'unknown', text, reason: `注音：印在“${base ? plainText(base).trim() : ''}”字上方的读音，不是正文的字，未收入正文` });
  }

  private readonly pending = new Map<string, { text: string; by: string }>();
  private readonly openRanges = new Map<string, string>();

  /** A range whose end the file never marks closes with the document. */
  closeComments(): void {
    for (const [id] of this.openRanges) this.closeComment(id, this.openRanges);
  }

  private comment(el: El, anchor: string, open: Map<string, string>): void {
    const { text, by } = commentOf(el);
    const id = attr(el, 'office:name');
    // A comment over a range closes at its office:annotation-end; one at a point is on its paragraph.
    if (id) {
      this.pending.set(id, { text, by });
      open.set(id, '');
    } else this.review.comments.push({ text, by, on: paragraphStart(anchor) });
  }

  private closeComment(id: string, open: Map<string, string>): void {
    const c = this.pending.get(id);
    if (!c) return;
    this.review.comments.push({ text: c.text, by: c.by, on: open.get(id) ?? '' });
    this.pending.delete(id);
    open.delete(id);
  }

  private deletion(id: string, anchor: string): void {
    const change = this.changes.get(id);
    if (change?.kind === 'text:deletion' && change.text) this.review.deletions.push({ text: change.text, by: who(change.info), in: paragraphStart(anchor) });
  }
}

/** Each distinct line of the page styles' headers and footers, a page number written 〔页码〕. */
function margins(styles: El): Review['margins'] {
  const out: Review['margins'] = [];
  for (const part of Array.from(styles.querySelectorAll('*')).filter((e) => /^style:(?:header|footer)(?:-left|-first)?$/.test(name(e)))) {
    const which = name(part).startsWith('style:header') ? 'header' : 'footer';
    for (const p of Array.from(part.querySelectorAll('*')).filter((e) => name(e) === 'text:p' || name(e) === 'text:h')) {
      const text = marginLine(p).replace(/\s+/g, ' ').trim();
      if (text && !out.some((m) => m.part === which && m.text === text)) out.push({ part: which, text });
    }
  }
  return out;
}

function marginLine(p: El): string {
  return Array.from(p.childNodes)
    .map((n) => (n.nodeType === 3 ? (n.nodeValue ?? '') : n.nodeType === 1 ? (name(n as El) === 'text:page-number' ? '〔页码〕' : name(n as El) === 'text:s' ? ' ' : marginLine(n as El)) : ''))
    .join('');
}

/** meta.xml's creator and creation date, as a warning: who saved the file and when, never the article's byline or date. */
function fileProperties(meta: El | undefined): string | undefined {
  if (!meta) return undefined;
  const field = (tag: string) => Array.from(meta.querySelectorAll('*')).find((e) => name(e) === tag)?.textContent?.trim();
  const properties = [field('meta:initial-creator') ?? field('dc:creator'), field('meta:creation-date')?.replace('T', ' ').slice(0, 16)].filter(Boolean).join('，');
  return properties ? checkMessage('file-properties', { properties }) : undefined;
}

const OUTLINE = '\u0000outline';

const MIMETYPE = 'application/vnd.oasis.opendocument.text';

async function openPackage(file: string, bytes: Uint8Array): Promise<JSZip> {
  try {
    return await JSZip.loadAsync(bytes);
  } catch (error) {
    const reason = ((error as Error).message ?? String(error)).split('\n')[0];
    throw new DecodeError(`${file}: not a readable OpenDocument text (${reason}); the file is damaged or truncated: open it in LibreOffice or WPS and save a copy again as .odt (the file stays as received), then ingest the copy`);
  }
}

/** What a part of a text's package may unpack to: a whole book's content.xml is a few MB; more is damage or a zip bomb. */
const MAX_PART = 64 * 1048576;

/**
 * A part of the package as text, refused in one line when it unpacks to more than any text needs: a zip bomb's
 * content.xml (a few hundred KB unpacking to gigabytes) took a gigabyte of memory and ended in “Invalid string length”.
 * The size the zip declares is checked first; a part that lies about it fails unpacking and is told the same way.
 */
async function partText(file: string, zip: JSZip, name: string): Promise<string | undefined> {
  const entry = zip.file(name);
  if (!entry) return undefined;
  const tooBig = (mb: string) =>
    new DecodeError(`${file}: the OpenDocument part ${name} unpacks to ${mb} MB, more than any text needs (the limit is ${MAX_PART / 1048576} MB): the file is damaged or is no document; open it in LibreOffice or WPS and save a copy as .odt or .docx (the file stays as received), then ingest the copy`);
  const declared = (entry as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize;
  if (declared !== undefined && declared > MAX_PART) throw tooBig((declared / 1048576).toFixed(0));
  try {
    return await entry.async('string');
  } catch (error) {
    if (error instanceof RangeError) throw tooBig(`over ${MAX_PART / 1048576}`);
    throw error;
  }
}

export async function readOdt(file: string, bytes: Uint8Array): Promise<ExtractedDocument> {
  const zip = await openPackage(file, bytes);
  if (zip.file('word/document.xml')) throw new DecodeError(`${file}: this is a .docx (Word) file named .odt; rename it to .docx and ingest it again`);
  // A password encrypts every part but the manifest, which says so.
  if (/encryption-data/.test((await zip.file('META-INF/manifest.xml')?.async('string')) ?? '')) {
    throw new DecodeError(`${file}: the OpenDocument file is password-protected; open it in LibreOffice or WPS with its password and save a copy without one (the file stays as received), then ingest the copy`);
  }
  const mimetype = (await zip.file('mimetype')?.async('string'))?.trim();
  const content = await partText(file, zip, 'content.xml');
  if (!content || (mimetype && !mimetype.startsWith(MIMETYPE))) {
    const what = mimetype ? `its type is ${mimetype}` : 'it has no content.xml';
    throw new DecodeError(`${file}: not an OpenDocument text (${what}); open it in LibreOffice or WPS and save a copy as .odt or .docx, then ingest the copy`);
  }
  const parser = new DOMParser();
  const xml = (s: string) => (parser.parseFromString(s, 'text/xml') as unknown as Document).documentElement as El;
  const root = xml(content);
  const stylesPart = await partText(file, zip, 'styles.xml');
  const stylesRoot = stylesPart ? xml(stylesPart) : undefined;
  const metaPart = await partText(file, zip, 'meta.xml');
  const styles = readStyles([...(stylesRoot ? [stylesRoot] : []), root]);
  const text = Array.from(root.querySelectorAll('*')).find((e) => name(e) === 'office:text');
  if (!text) throw new DecodeError(`${file}: the OpenDocument file holds no text body (office:text); it may be a spreadsheet or a presentation saved as .odt`);
  const walker = new OdtWalker(styles);
  // The tracked changes come first in office:text; a deletion's text is read where it was cut.
  for (const t of kids(text).filter((e) => name(e) === 'text:tracked-changes')) walker.readChanges(t);
  walker.walk(text, walker.blocks);
  walker.closeComments();
  if (stylesRoot) walker.review.margins = margins(stylesRoot);
  const warnings: string[] = [];
  if (walker.numbered.length) warnings.push(checkMessage('list-numbering', { count: walker.numbered.length, numbers: [...new Set(walker.numbered.map((n) => n.text.slice(0, 2)))].slice(0, 4).join(' ') }));
  if (walker.unnumbered) warnings.push(checkMessage('word-numbering-unread', { count: walker.unnumbered }));
  const properties = fileProperties(metaPart ? xml(metaPart) : undefined);
  if (properties) warnings.push(properties);
  const { sizes, looks } = sizesAndLooks(walker.blocks);
  return wordDocument(file, { format: 'odt', body: htmlBody(wordHtml(walker.blocks)), notes: walker.notes, numbered: walker.numbered, sizes, looks, review: walker.review, warnings, left: walker.readings });
}
