/**
 * RTF (WordPad, Word's and WPS's “RTF 格式”, the exports of many government systems) → the evidence the .docx reader
 * gives (word-document.ts). rtf-stream-parser tokenizes the file (groups, control words with their parameters, \'xx
 * bytes, \binN data); no library on npm reads RTF into paragraphs with their formatting, tables and notes (rtf-parser
 * has no tables, notes or \uc skipping and prints a \pict's hex as text; rtf.js needs a browser and drops tables), so
 * the interpreter is here: a state per group (destination, weight, size, font, paragraph alignment, style, outline
 * level, in-table, deleted), text decoded by the font's \fcharset (134: GBK) or the document's \ansicpg, a \uN escape
 * read and its fallback skipped (\ucN), paragraphs at \par, cells at \cell, rows at \row. A footnote's mark (\chftn)
 * reads [N] in the text and its text follows the body as "[N] text"; a comment (\annotation), a text box (\shptxt), a
 * tracked deletion (\deleted) and the headers and footers are reported as a .docx's are. Destinations the RTF
 * specification knows to hold no printed text (font and style tables, field instructions, pictures' data…) are skipped;
 * any other destination that holds text is reported with it, never dropped without a word.
 */
import { Readable } from 'node:stream';
import iconv from 'iconv-lite';
import { Tokenize } from 'rtf-stream-parser';
import { words } from 'rtf-stream-parser/dist/src/words.js';
import { DecodeError } from '../decode.ts';
import type { ExtractedDocument } from '../extracted.ts';
import type { LeftBlock } from '../left-blocks.ts';
import { paragraphStart, type Review } from './docx-review.ts';
import { htmlBody, sizesAndLooks, wordDocument, wordHtml, type WordBlock, type WordParagraph, type WordRun } from './word-document.ts';
import { garbled } from './doc.ts';
import { checkMessage } from '../../check-messages.ts';

interface Token {
  type: number;
  word?: string;
  param?: number;
  data?: Buffer;
}
const GROUP_START = 0;
const GROUP_END = 1;
const CONTROL = 2;
const TEXT = 3;
/** rtf-stream-parser's table of the specification's control words: 5 marks a destination. */
const DESTINATION = 5;

/** Destinations that hold no printed text: tables of the document's furniture, field instructions, data, metadata. */
const UNPRINTED = new Set([
  'fonttbl', 'colortbl', 'stylesheet', 'listtable', 'listoverridetable', 'revtbl', 'rsidtbl', 'generator', 'xmlnstbl', 'themedata', 'colorschememapping',
  'datastore', 'latentstyles', 'mmathPr', 'pgdsctbl', 'pgptbl', 'userprops', 'docvar', 'bkmkstart', 'bkmkend', 'falt', 'panose', 'pnseclvl',
  'pntxta', 'pntxtb', 'ftnsep', 'ftnsepc', 'ftncn', 'aftnsep', 'aftnsepc', 'aftncn', 'template', 'xmlopen', 'xmlclose', 'wgrffmtfilter', 'defchp', 'defpap',
  'passwordhash', 'protusertbl', 'nonshppict', 'shprslt', 'sp', 'sn', 'sv', 'atnid', 'atndate', 'atnparent', 'atnicn',
  'xe', 'tc', 'txe', 'rxe', 'objdata', 'objclass', 'objname', 'objtime', 'blipuid', 'bliptag', 'pgdsc', 'oldcprops', 'oldpprops', 'oldtprops', 'oldsprops',
  'listname', 'leveltext', 'levelnumbers', 'listpicture', 'lsdlockedexcept', 'fchars', 'lchars', 'ts', 'mhtmltag', 'htmltag', 'factoidname', 'info',
  'title', 'subject', 'author', 'operator', 'keywords', 'comment', 'doccomm', 'hlinkbase', 'company', 'manager', 'category', 'creatim', 'revtim', 'printim',
  'buptim', 'upr', 'private', 'gridtbl', 'ebcstart', 'ebcend', 'formfield', 'datafield', 'pict', 'picprop', 'shppict', 'filetbl', 'expandedcolortbl',
  // A nested table again as plain paragraphs, for readers that cannot read nested tables: this one reads \nestcell.
  'nonesttables',
]);

/** Destinations whose text is a value the reader needs, not printed. */
const VALUES = new Set(['atrfstart', 'atrfend', 'atnauthor', 'atnref', 'fldinst']);

/** Destinations whose text is printed where they stand in the running text. */
const RUNNING = new Set(['rtf', 'fldrslt', 'listtext', 'pntext', 'result', 'ud', 'field', 'shp', 'shpinst', 'object', 'shpgrp', 'nesttableprops']);

type Dest = 'body' | 'skip' | 'value' | 'note' | 'comment' | 'box' | 'margin' | 'unknown';

interface State {
  dest: Dest;
  /** The unknown destination's name, for the report. */
  name: string;
  uc: number;
  bold: boolean;
  size: number;
  font: number;
  deleted: boolean;
  inserted: boolean;
  align: string;
  style: number;
  outline?: number;
  /** The list level (\ilvl) of a numbered paragraph. */
  level: number;
  intbl: boolean;
  li: string;
  ri: string;
  /** The instruction of the field this group is in (PAGE prints the page number). */
  field: string;
  margin?: 'header' | 'footer';
  /** Inside a \upr group: the destination it stands in, where its \ud (the text in Unicode) is read. */
  upr?: Dest;
  /** This group is a \upr's \ud: its text was read into the destination around the \upr, which it does not close. */
  ud?: boolean;
  /** The name (\sn) of the shape property whose value (\sv) follows in this \sp group. */
  prop?: string;
}

const CHARSET_CODEPAGE: Record<number, number> = { 128: 932, 129: 949, 130: 1361, 134: 936, 136: 950, 161: 1253, 162: 1254, 163: 1258, 177: 1255, 178: 1256, 186: 1257, 204: 1251, 222: 874, 238: 1250 };

const SYMBOLS: Record<string, string> = {
  emdash: '—', endash: '–', lquote: '‘', rquote: '’', ldblquote: '“', rdblquote: '”', bullet: '•', emspace: '\u2003', enspace: '\u2002', qmspace: '\u2005',
  '~': '\u00a0', _: '\u2011', '{': '{', '}': '}', '\\': '\\', tab: '\t',
};


/** Word's packed date-time (DTTM) of a revision, as YYYY-MM-DD. */
function dttm(n: number): string {
  const day = (n >> 11) & 31;
  const month = (n >> 16) & 15;
  const year = ((n >> 20) & 511) + 1900;
  return day && month ? `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` : '';
}

interface StyleDef {
  name: string;
  outline?: number;
}

class RtfInterpreter {
  readonly blocks: WordBlock[] = [];
  readonly notes: string[] = [];
  readonly review: Review = { insertions: 0, deletions: [], comments: [], textBoxes: [], margins: [] };
  readonly unknown: LeftBlock[] = [];
  /** Paragraphs numbered by a list (their number printed in \listtext or \pntext), with the list level. */
  readonly numbered: Array<{ text: string; level: number }> = [];
  readonly info: { author?: string; created?: string } = {};

  private state: State = { dest: 'body', name: '', uc: 1, bold: false, size: 24, font: 0, deleted: false, inserted: false, align: '', style: 0, level: 0, intbl: false, li: '', ri: '', field: '' };
  private readonly stack: State[] = [];
  private codepage = 1252;
  private deff = 0;
  private readonly fonts = new Map<number, { charset?: number; name: string }>();
  private readonly styles = new Map<number, StyleDef>();
  private readonly authors: string[] = [];
  private pending: Buffer[] = [];
  private skip = 0;
  private runs: WordRun[] = [];
  private table: WordBlock[][][] | undefined;
  private row: WordBlock[][] = [];
  private cell: WordBlock[] = [];
  /** Text of the current non-body destination (a note, a comment, a box's paragraph, a margin line, an unknown part). */
  private side = '';
  private sideParagraphs: string[] = [];
  /** The words of the part around a part opened at each depth (setAside). */
  private readonly aside = new Map<number, { side: string; paragraphs: string[] }>();
  private groupStart = false;
  private starred = false;
  private paragraphs = 0;
  /** The paragraph being read has a list number: Word's top-level numbers are its outline, as the .docx reader reads them. */
  private listed = false;
  private deletion = '';
  private deletionBy = '';
  private inserting = false;
  private readonly anchored: Array<{ set: (anchor: string, paragraph: number) => void }> = [];
  private readonly ranges = new Map<string, string>();
  private commentBy = '';
  private commentRef = '';
  private value = '';
  private readonly closedRanges = new Map<string, string>();

  token(t: Token): void {
    // The characters a \uN escape stands in for in older readers: skipped, as many as \ucN says.
    if (this.skip > 0 && (t.type === CONTROL || t.type === TEXT)) {
      if (t.type === TEXT && t.data && t.data.length > this.skip) {
        t = { ...t, data: t.data.subarray(this.skip) };
        this.skip = 0;
      } else {
        this.skip -= t.type === TEXT ? (t.data?.length ?? 0) : 1;
        return;
      }
    }
    if (t.type === TEXT || (t.type === CONTROL && t.word === "'")) {
      this.groupStart = false;
      if (this.state.dest !== 'skip') this.pending.push(t.data ?? Buffer.alloc(0));
      return;
    }
    this.flush();
    if (t.type === GROUP_START) {
      this.skip = 0;
      this.stack.push(this.state);
      this.state = { ...this.state };
      this.groupStart = true;
      this.starred = false;
      return;
    }
    if (t.type === GROUP_END) {
      this.skip = 0;
      this.endGroup();
      return;
    }
    this.control(t.word ?? '', t.param);
  }

  /** Bytes gathered so far decoded in the current font's code page: a GBK character is two \'xx bytes in a row. */
  private flush(): void {
    if (!this.pending.length) return;
    const bytes = Buffer.concat(this.pending);
    this.pending = [];
    const charset = this.fonts.get(this.state.font)?.charset;
    const cp = charset !== undefined && CHARSET_CODEPAGE[charset] ? CHARSET_CODEPAGE[charset]! : charset === 2 ? 1252 : this.codepage;
    this.text(iconv.encodingExists(`cp${cp}`) ? iconv.decode(bytes, `cp${cp}`) : bytes.toString('latin1'));
  }

  private text(s: string): void {
    if (!s) return;
    const st = this.state;
    if (st.dest === 'skip') return;
    if (st.dest === 'value') {
      this.value += s;
      return;
    }
    // A page number field prints the page's number: 〔页码〕 in a running head, as the .docx reader writes it.
    if (st.dest === 'margin' && /^\s*PAGE\b/.test(st.field)) {
      if (!this.side.endsWith('〔页码〕')) this.side += '〔页码〕';
      return;
    }
    if (st.dest === 'body') {
      for (const [k, v] of this.ranges) this.ranges.set(k, v + s);
      if (st.deleted) {
        this.deletion += s;
        return;
      }
      if (st.inserted && !this.inserting) this.review.insertions++;
      this.inserting = st.inserted;
      const face = this.fonts.get(st.font)?.name;
      this.runs.push({ text: s, ...(st.bold ? { bold: true } : {}), size: st.size / 2, ...(face ? { face } : {}) });
    } else this.side += s;
  }

  private destination(word: string): void {
    const st = this.state;
    // Word writes text its code page cannot hold twice, {\upr{ANSI text}{\*\ud{Unicode text}}}: the ANSI copy is
    // skipped, the \ud read where the \upr stands; skipping the whole \upr lost the text without a word.
    if (word === 'upr' && st.dest !== 'skip') {
      st.upr = st.dest;
      st.dest = 'skip';
      st.name = word;
      return;
    }
    if (word === 'ud' && st.upr !== undefined) {
      st.dest = st.upr;
      delete st.upr;
      st.ud = true;
      return;
    }
    // A shape's properties are data but one: WordArt's words (gtextUNICODE, the red 文件 head over a 公文) are printed,
    // and reported as a text box's are; they were skipped with the other properties, in neither text nor report.
    if (st.name === 'sp' && word === 'sn') {
      st.dest = 'value';
      st.name = word;
      this.value = '';
      return;
    }
    if (st.name === 'sp' && word === 'sv' && /^gtext(?:UNICODE)?$/i.test(st.prop ?? '')) return this.open('box');
    // Whatever a skipped part holds is skipped with it (LibreOffice's page styles repeat the headers).
    if (st.dest === 'skip') {
      st.name = word;
      return;
    }
    // Values the text needs: a comment's range and author, a field's instruction.
    if (VALUES.has(word)) {
      st.dest = 'value';
      st.name = word;
      this.value = '';
      return;
    }
    if (word === 'footnote') return this.open('note');
    if (word === 'annotation') return this.open('comment');
    if (word === 'shptxt') return this.open('box');
    if (/^(?:header|footer)[lrf]?$/.test(word)) {
      this.open('margin');
      st.margin = word.startsWith('header') ? 'header' : 'footer';
      return;
    }
    if ((word === 'pict' || word === 'shppict') && st.dest === 'body') this.runs.push({ text: '', image: true });
    if (word === 'listtext' || word === 'pntext') this.listed = true;
    if (RUNNING.has(word)) return;
    if (UNPRINTED.has(word)) {
      st.dest = 'skip';
      st.name = word;
      return;
    }
    // An unknown part inside another (a note's, a comment's, a box's words, or an unknown part's) starts its own text;
    // the text gathered around it is put back when it closes.
    if (st.dest !== 'unknown') this.setAside();
    st.dest = 'unknown';
    st.name = word;
  }

  private open(dest: Dest): void {
    this.endRun();
    this.setAside();
    this.state.dest = dest;
    this.state.name = '';
  }

  /**
   * A part with words of its own (a note, a comment, a box, an unknown part) starts its text afresh; the words of the
   * part it stands in — a note's before a comment or an equation in it — are kept for this group's end: they were
   * cleared, and lost from the note without a word.
   */
  private setAside(): void {
    this.aside.set(this.stack.length, { side: this.side, paragraphs: this.sideParagraphs });
    this.side = '';
    this.sideParagraphs = [];
  }

  private control(word: string, param: number | undefined): void {
    const st = this.state;
    if (word === '*') {
      this.starred = this.groupStart;
      return;
    }
    const atStart = this.groupStart;
    this.groupStart = false;
    if (atStart && (this.starred || words[word] === DESTINATION) && word !== 'rtf') {
      this.starred = false;
      this.destination(word);
      if (st.dest !== 'body') return;
    }
    if (this.tableWord(word, param)) return;
    switch (word) {
      case 'ansicpg': if (param) this.codepage = param; return;
      case 'deff': this.deff = param ?? 0; st.font = this.deff; return;
      // A fallback is the one character an older reader shows for \uN: at most the 4 bytes of a GB18030 character. A
      // larger count (\uc9999, damage or a hostile file) swallowed the text after the escape to its group's end, without
      // a word; clamped, any surplus bytes show in the text, where the editor sees them.
      case 'uc': st.uc = Math.min(Math.max(param ?? 1, 0), 4); return;
      case 'u': if (param !== undefined) this.text(String.fromCharCode(param < 0 ? param + 65536 : param)); this.skip = st.uc; return;
      case 'par': case 'sect': return this.endParagraph();
      case 'line': if (st.dest === 'body') this.runs.push({ text: '', br: true }); else this.side += '\n'; return;
      case 'pard': Object.assign(st, { align: '', style: 0, outline: undefined, level: 0, intbl: false, li: '', ri: '' }); return;
      case 'plain': Object.assign(st, { bold: false, size: 24, font: this.deff, deleted: false, inserted: false }); return;
      case 'b': st.bold = param !== 0; return;
      case 'fs': st.size = param ?? 24; return;
      case 'f': st.font = param ?? 0; return;
      case 'qc': st.align = 'center'; return;
      case 'ql': case 'qr': case 'qj': case 'qd': st.align = word; return;
      case 's': st.style = param ?? 0; return;
      case 'outlinelevel': st.outline = param ?? 0; return;
      case 'ilvl': st.level = param ?? 0; return;
      case 'li': st.li = String(param ?? ''); return;
      case 'ri': st.ri = String(param ?? ''); return;
      case 'deleted': st.deleted = param !== 0; this.deletionBy = this.authors[0] ?? ''; return;
      case 'revauthdel': this.deletionBy = this.authors[param ?? 0] ?? ''; return;
      case 'revdttmdel': this.deletionBy = [this.deletionBy, dttm(param ?? 0)].filter(Boolean).join(' '); return;
      case 'revised': st.inserted = param !== 0; return;
      case 'chftn': if (st.dest === 'body') this.text(`[${this.notes.length + 1}]`); return;
      case 'chpgn': if (st.dest === 'margin') this.side += '〔页码〕'; return;
      case 'bin': return;
    }
    if (SYMBOLS[word] !== undefined) this.text(SYMBOLS[word]);
  }

  /** \intbl, \cell, \row: paragraphs into cells, cells into rows, rows into the table. */
  private tableWord(word: string, param: number | undefined): boolean {
    // A table in a note or a text box: its cells read along the line, its rows as the note's paragraphs.
    if (this.state.dest !== 'body' && /^(?:nest)?(?:cell|row)$/.test(word)) {
      if (word.endsWith('cell')) this.side += ' | ';
      else {
        this.side = this.side.replace(/\s*\|\s*$/, '');
        this.endParagraph();
      }
      return true;
    }
    if (word === 'intbl') this.state.intbl = true;
    else if (word === 'itap') this.state.intbl = (param ?? 0) > 0;
    else if (word === 'cell' || word === 'nestcell') {
      this.endParagraph(true);
      this.row.push(this.cell);
      this.cell = [];
    } else if (word === 'row' || word === 'nestrow') {
      if (this.cell.length) this.row.push(this.cell);
      this.cell = [];
      if (!this.table) {
        this.table = [];
        this.blocks.push({ rows: this.table });
      }
      if (this.row.length) this.table.push(this.row);
      this.row = [];
    } else return false;
    return true;
  }

  private endRun(): void {
    if (this.deletion) {
      const text = this.deletion;
      const by = this.deletionBy;
      const deletion = { text, by, in: '' };
      this.review.deletions.push(deletion);
      this.anchored.push({ set: (anchor) => (deletion.in = paragraphStart(anchor)) });
      this.deletion = '';
    }
  }

  private endParagraph(cell = false): void {
    const st = this.state;
    if (st.dest !== 'body') {
      if (st.dest !== 'skip' && st.dest !== 'unknown') {
        this.sideParagraphs.push(this.side);
        this.side = '';
      } else if (st.dest === 'unknown') this.side += '\n';
      return;
    }
    this.endRun();
    this.inserting = false;
    const runs = this.runs;
    this.runs = [];
    const text = runs.map((r) => r.text).join('');
    if (text.trim()) this.paragraphs++;
    for (const a of this.anchored.splice(0)) a.set(text.trim(), this.paragraphs);
    const def = this.styles.get(st.style);
    const styleName = def?.name ?? '';
    const outline = st.outline ?? def?.outline;
    const heading = outline !== undefined && outline < 9 ? outline + 1 : /^title$/i.test(styleName) ? 1 : /^subtitle$/i.test(styleName) ? 2 : undefined;
    if (this.listed && text.trim()) this.numbered.push({ text: text.trim(), level: st.level });
    this.listed = false;
    const paragraph: WordParagraph = {
      runs,
      ...(styleName ? { style: styleName } : {}),
      ...(heading ? { heading } : {}),
      ...(st.align === 'center' && !heading ? { centred: true } : {}),
      indent: [st.li, st.ri],
    };
    if (cell || st.intbl) {
      this.cell.push(paragraph);
      return;
    }
    // A paragraph out of the table closes it.
    this.table = undefined;
    this.blocks.push(paragraph);
  }

  private endGroup(): void {
    const closing = this.state;
    const depth = this.stack.length;
    const parent = this.stack.pop();
    if (!parent) return;
    if ((closing.dest !== parent.dest || closing.name !== parent.name) && !(closing.ud && !parent.ud)) this.closeDestination(closing, parent);
    const aside = this.aside.get(depth);
    this.aside.delete(depth);
    if (aside && parent.dest !== 'body' && parent.dest !== 'skip') {
      this.side = aside.side;
      this.sideParagraphs = aside.paragraphs;
    }
    this.state = parent;
  }

  private closeDestination(st: State, parent: State): void {
    if (st.dest === 'body') return;
    if (st.dest === 'value') return this.closeValue(st.name, this.value.trim(), parent);
    const paragraphs = [...this.sideParagraphs, this.side].map((s) => s.replace(/\s+/g, ' ').trim()).filter(Boolean);
    if (st.dest === 'note') this.notes.push(`[${this.notes.length + 1}] ${paragraphs.join('')}`);
    else if (st.dest === 'comment') this.review.comments.push({ text: paragraphs.join('\n'), by: this.commentBy, on: paragraphStart(this.closedRanges.get(this.commentRef) ?? '') });
    else if (st.dest === 'box' && paragraphs.length) {
      const box = { paragraphs, anchor: '', paragraph: 0 };
      this.review.textBoxes.push(box);
      this.anchored.push({ set: (anchor, n) => Object.assign(box, { anchor: paragraphStart(anchor), paragraph: n }) });
    } else if (st.dest === 'margin') {
      for (const text of paragraphs) if (!this.review.margins.some((m) => m.part === st.margin && m.text === text)) this.review.margins.push({ part: st.margin!, text });
    } else if (st.dest === 'unknown' && paragraphs.length && parent.dest !== 'unknown') {
      this.unknown.push({ role: 'unknown', text: paragraphs.join('\n'), reason: `RTF 文件中“\\${st.name}”部分的文字：阅读程序不认识这一部分，不知它是否印在页面上，未放入正文；请与原件核对，属正文的手工补入` });
    }
    if (parent.dest === 'body' || parent.dest === 'skip') {
      this.side = '';
      this.sideParagraphs = [];
    }
  }

  /** The tables the interpreter read past (fonts, styles, authors, the file's properties). */
  readTables(tokens: readonly Token[]): void {
    new TableReader(this.fonts, this.styles, this.authors, this.info).read(tokens);
  }

  finish(): void {
    this.flush();
    this.endParagraph();
    if (this.row.length) this.tableWord('row', undefined);
  }

  get depth(): number {
    return this.stack.length;
  }

  private closeValue(name: string, value: string, parent: State): void {
    if (name === 'atrfstart') this.ranges.set(value, '');
    else if (name === 'atrfend') {
      this.closedRanges.set(value, this.ranges.get(value) ?? '');
      this.ranges.delete(value);
    } else if (name === 'atnauthor') this.commentBy = value;
    else if (name === 'atnref') this.commentRef = value;
    // The field's result, in the group after its instruction, is read knowing what the field is.
    else if (name === 'fldinst') parent.field = value;
    else if (name === 'sn') parent.prop = value;
  }
}

/**
 * The font table (each font's \fcharset, to decode its bytes), the style sheet (each style's name and \outlinelevel),
 * the revision table (who made a change) and the file's \info, read in a pass of their own before the text.
 */
class TableReader {
  private readonly fonts: Map<number, { charset?: number; name: string }>;
  private readonly styles: Map<number, StyleDef>;
  private readonly authors: string[];
  private readonly info: { author?: string; created?: string };

  constructor(fonts: Map<number, { charset?: number; name: string }>, styles: Map<number, StyleDef>, authors: string[], info: { author?: string; created?: string }) {
    this.fonts = fonts;
    this.styles = styles;
    this.authors = authors;
    this.info = info;
  }

  read(tokens: readonly Token[]): void {
    let codepage = 1252;
    const path: string[] = [];
    let entry: Entry | undefined;
    let entryDepth = -1;
    let pendingDest = false;
    let skip = 0;
    for (const t of tokens) {
      if (t.type === GROUP_START || t.type === GROUP_END) {
        skip = 0;
        if (t.type === GROUP_START) {
          path.push('');
          pendingDest = true;
          continue;
        }
        if (entry && path.length === entryDepth) {
          this.store(entry, codepage);
          entry = undefined;
        }
        path.pop();
        continue;
      }
      const word = t.word ?? '';
      if (t.type === CONTROL && word === 'ansicpg' && t.param) codepage = t.param;
      if (t.type === CONTROL && pendingDest && word !== '*') path[path.length - 1] = word;
      if (word !== '*') pendingDest = false;
      const parent = path.at(-2) ?? '';
      const own = path.at(-1) ?? '';
      if (!entry && (['fonttbl', 'stylesheet', 'revtbl'].includes(parent) || (parent === 'info' && ['author', 'creatim'].includes(own)))) {
        entry = { kind: parent === 'info' ? own : parent, n: 0, parts: [], date: [] };
        entryDepth = path.length;
      }
      if (!entry) continue;
      // A style sheet lists character, section and table styles too; only paragraph styles (\sN) are a paragraph's.
      if (/^(?:cs|ds|ts)$/.test(word)) entry.kind = 'other-style';
      // A nested group (\*\falt, \*\panose) is another name or data, not the entry's.
      if (path.length > entryDepth) continue;
      // A \uN's fallback characters are not the name's.
      if (skip > 0 && (t.type === TEXT || word === "'")) {
        skip--;
        continue;
      }
      if (t.type === TEXT || word === "'") entry.parts.push(t.data ?? Buffer.alloc(0));
      else if (word === 'u' && t.param !== undefined) {
        entry.parts.push(String.fromCharCode(t.param < 0 ? t.param + 65536 : t.param));
        skip = 1;
      } else if ((word === 'f' && entry.kind === 'fonttbl') || (word === 's' && entry.kind === 'stylesheet')) entry.n = t.param ?? 0;
      else if (word === 'fcharset') entry.charset = t.param ?? 0;
      else if (word === 'outlinelevel') entry.outline = t.param ?? 0;
      else if (['yr', 'mo', 'dy', 'hr', 'min'].includes(word)) entry.date.push(t.param ?? 0);
    }
  }

  private store(entry: Entry, codepage: number): void {
    const cp = entry.charset !== undefined && CHARSET_CODEPAGE[entry.charset] ? CHARSET_CODEPAGE[entry.charset]! : codepage;
    const decoded: string[] = [];
    let bytes: Buffer[] = [];
    const flush = () => {
      if (bytes.length) decoded.push(iconv.decode(Buffer.concat(bytes), `cp${cp}`));
      bytes = [];
    };
    for (const part of entry.parts) {
      if (typeof part === 'string') {
        flush();
        decoded.push(part);
      } else bytes.push(part);
    }
    flush();
    const text = decoded.join('').replace(/;\s*$/, '').trim();
    if (entry.kind === 'fonttbl') this.fonts.set(entry.n, { ...(entry.charset !== undefined ? { charset: entry.charset } : {}), name: text });
    else if (entry.kind === 'stylesheet') this.styles.set(entry.n, { name: text, ...(entry.outline !== undefined ? { outline: entry.outline } : {}) });
    else if (entry.kind === 'revtbl') this.authors.push(text);
    else if (entry.kind === 'author') this.info.author = text;
    else if (entry.kind === 'creatim' && entry.date[0]) {
      const [y, mo, d, h, mi] = entry.date;
      this.info.created = `${y}-${String(mo ?? 1).padStart(2, '0')}-${String(d ?? 1).padStart(2, '0')} ${String(h ?? 0).padStart(2, '0')}:${String(mi ?? 0).padStart(2, '0')}`;
    }
  }
}

/** One entry of a table the reader reads (a font, a style, an author) or a field of the file's \info. */
interface Entry {
  kind: string;
  n: number;
  charset?: number;
  outline?: number;
  parts: Array<Buffer | string>;
  date: number[];
}


export async function readRtf(file: string, bytes: Uint8Array): Promise<ExtractedDocument> {
  let tokens: Token[];
  try {
    tokens = (await Readable.from([Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length)]).pipe(new Tokenize()).toArray()) as Token[];
  } catch (error) {
    throw new DecodeError(`${file}: not a readable RTF document (${((error as Error).message ?? String(error)).split('\n')[0]}); the file is damaged: open it in Word, WPS or WordPad and save a copy again as .rtf or .docx (the file stays as received), then ingest the copy`);
  }
  const rtf = new RtfInterpreter();
  rtf.readTables(tokens);
  for (const t of tokens) rtf.token(t);
  // A file cut short leaves groups open: what it held after the cut is gone, so nothing is read from it.
  if (rtf.depth > 0) {
    throw new DecodeError(`${file}: the RTF document ends before ${rtf.depth} of its groups close: the file is truncated or damaged; export or download it again (or open it in Word or WPS and save a copy as .docx), then ingest that`);
  }
  rtf.finish();
  const html = wordHtml(rtf.blocks);
  if (garbled(html + rtf.notes.join(''))) {
    throw new DecodeError(`${file}: the RTF text does not decode cleanly (an unusual code page or a damaged file); open it in Word or WPS and save a copy as .docx (the file stays as received), then ingest the copy`);
  }
  const warnings: string[] = [];
  const properties = [rtf.info.author, rtf.info.created].filter(Boolean).join('，');
  if (properties) warnings.push(checkMessage('file-properties', { properties }));
  const { sizes, looks } = sizesAndLooks(rtf.blocks);
  const doc = wordDocument(file, { format: 'rtf', body: htmlBody(html), notes: rtf.notes, numbered: rtf.numbered, sizes, looks, review: rtf.review, warnings });
  if (rtf.unknown.length) doc.left = [...(doc.left ?? []), ...rtf.unknown];
  return doc;
}
