/**
 * What a reader hands to the analysis: the text of one input file, whatever
 * its format, before it is split into cases.
 *
 * A text input (.txt) is its own raw text: the draft's `source.lines`
 * count its lines; one whose radicals were folded (radicals.ts) is written
 * out like an extracted text. Every other format (.md, whose markers are
 * syntax, .docx, .doc, .odt, .rtf, .pdf, .ofd, .xlsx, .html, .mhtml) is read into `text` here, and ingest writes that text beside the drafts, since
 * it is the raw text the line numbers refer to; the original file is kept too.
 */
import type { DocumentMeta } from './clean.ts';
import type { LeftBlock } from './left-blocks.ts';

// A file that cannot be read at all is reported with `DecodeError` (decode.ts): one line naming the file and what to do.

export type InputFormat = 'text' | 'markdown' | 'html' | 'mhtml' | 'docx' | 'doc' | 'odt' | 'rtf' | 'pdf' | 'ofd' | 'xlsx';

export interface ExtractedDocument {
  format: InputFormat;
  /** The text the analysis reads; for extracted formats one paragraph per line, paragraphs separated by a blank line. */
  text: string;
  /** False when `text` is the input file itself (decoded), true when it was extracted from it. */
  extracted: boolean;
  /** How the bytes were decoded (utf-8, gb18030, utf-16le…), for text and web inputs. */
  encoding?: string;
  /** What the document states about itself (title, author, publication, date, URL, editor), read from its structure. */
  meta: DocumentMeta & { title?: string };
  /**
   * Lines (1-based in `text`) that the document's own structure marks as a
   * title or heading: a Word heading style or a bold centred line, an HTML
   * <h1>–<h6>, a Markdown `#`. Level 1 is a title, 2+ a section heading.
   * The line's text is as the document shows it: a Markdown heading without
   * its `#` markers, a Word heading with its "一、" or "案例一：" numbering.
   */
  headings: Array<{
    line: number;
    level: number;
    /**
     * `declared`: the document says so (a heading style, <h1>–<h6>, `#`, the
     * page's headline element); `emphasis`: inferred from a short line that is
     * all bold and/or centred, a hint only. Absent means declared.
     */
    cue?: 'declared' | 'emphasis';
    /** The type size (pt) the line is set in, its largest run's, where the reader knows it (Word run sizes, PDF type); absent otherwise. */
    size?: number;
  }>;
  /** What the reader dropped, counted by kind (running heads, page numbers, contents lines, comments…), for the report. */
  dropped: Record<string, number>;
  /**
   * Lines (1-based in `text`) that are footnotes or endnotes, placed after the
   * body, each starting with its reference mark as the body shows it ("[1] …").
   * They are the document's text, not a case's paragraphs. Absent when none.
   */
  notes?: number[];
  /**
   * Places a document states for one case apart from its text (a case list's
   * 所在地区 column): `line` is the case's title line (1-based in `text`).
   * The analysis takes the place with the title's when it resolves one.
   */
  places?: Array<{ line: number; place: string }>;
  /**
   * The document's tables of data (a Word table with rows to line up, not a one-column box), each as the lines
   * (1-based in `text`, inclusive) its rows and cells stand on: a row is a unit of the table, never a broken line of
   * prose nor a title. A web page lists its tables' rows alone, each as a range of one line (a layout table's cells
   * are the page's own text). Absent when the reader knows of none (PDF, OFD and legacy .doc text do not say; an
   * .xlsx's rows are its cases).
   */
  tables?: Array<{ first: number; last: number }>;
  /** Lines (1-based in `text`) the document sets after a drawn rule (a web page's <hr>): each opens a part, no broken line's rest. */
  rules?: number[];
  /**
   * How each paragraph is set, where the reader knows it (Word: style, alignment, side indents, typefaces), as an
   * opaque key per line (1-based in `text`): lines with equal keys are set alike. A note boxed in 楷体 and indented
   * is told from the text in 仿宋 after it by this only. Absent when the reader does not know.
   */
  looks?: Array<{ line: number; look: string }>;
  /** Text of the input the reader left out of `text` (comments, deleted revisions, page chrome, captions…), each with its role. */
  left?: LeftBlock[];
  /** A paged article's next page (its URL as the page links it): the text holds this page only. */
  continues?: string;
  /** What the reader could not render faithfully (mammoth's messages, unreadable parts), for the report; absent when none. */
  warnings?: string[];
}

/** A table's row as one line of the text: its cells' words joined as every reader joins them (omissions.ts reads a row so). */
export const rowLine = (cells: readonly string[]): string => cells.join(' | ');
