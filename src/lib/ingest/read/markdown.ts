/**
 * Markdown: the YAML front matter (title, author, source/publication, url, date) read into metadata, and the rest
 * parsed as CommonMark (remark-parse's mdast), since its markers are syntax, not text: each head, paragraph, quote
 * and list item is a paragraph of the text without its markers (#, >, -, **, `, the link's address), one per block,
 * and the markers removed are counted for the report, as other readers count what they normalise. The text is
 * therefore extracted: the drafts' line numbers count it, written beside them, and the note is kept too.
 *
 * An ordered item keeps its number as typed (1. 县乡包村干部): the note's reader sees it. A picture is no text: its
 * words (alt) are reported as a caption. An HTML comment is reported as a comment; other tags are counted. A
 * footnote ([^1]: …) is reported as a note, its mark left where typed.
 * A note as notes apps and pandoc store it states its title (and subtitle) in the front matter: unless a `#` head
 * repeats it, that title is the headline, the text's first line, and the note's own heads (## or # 一、…) stay its
 * section heads.
 */
import type { Nodes, PhrasingContent, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { isMap, isScalar, parse as parseYaml, parseDocument } from 'yaml';
import { dateIn } from '../dates.ts';
import { decodeDocument, DecodeError } from '../decode.ts';
import { rowLine, type ExtractedDocument } from '../extracted.ts';
import type { LeftBlock } from '../left-blocks.ts';
import { checkMessage } from '../../check-messages.ts';

const FIRST = (v: unknown): string | undefined => {
  if (Array.isArray(v)) return v.map(FIRST).filter(Boolean).join('、') || undefined;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'string' || typeof v === 'number') return String(v).trim() || undefined;
  if (v && typeof v === 'object' && 'name' in v) return FIRST((v as { name: unknown }).name);
  return undefined;
};

const TITLE_KEY = /^(?:title|标题)\s*:/u;
const FENCE_OPEN = /^---\s*$/;
const FENCE_CLOSE = /^(---|\.\.\.)\s*$/;

/**
 * The title a Markdown file's front matter states on line `n` (1-based), when that line is the front matter's
 * title line: check:content reads a hand-made case whose raw text is the note itself there.
 */
export function frontMatterTitleAt(lines: readonly string[], n: number): string | undefined {
  if (!FENCE_OPEN.test(lines[0] ?? '') || !TITLE_KEY.test(lines[n - 1] ?? '')) return undefined;
  const end = lines.findIndex((l, i) => i > 0 && FENCE_CLOSE.test(l));
  if (end < n) return undefined;
  try {
    const value = parseYaml(lines[n - 1]!) as Record<string, unknown>;
    return FIRST(value.title ?? value['标题']);
  } catch {
    return undefined;
  }
}

/** The front matter's keys each metadata field (and the subtitle) is read from, the first stated winning. */
const FRONT_MATTER_KEYS = {
  title: ['title', '标题'],
  author: ['author', 'authors', '作者'],
  publication: ['source', 'publication', 'publisher', '来源'],
  url: ['url', 'link', 'source_url', 'original_url'],
  date: ['date', 'published', '日期'],
  staff: ['editor', '编辑', '责编'],
  subtitle: ['subtitle', '副标题'],
} as const;
const READ_KEYS = new Set<string>(Object.values(FRONT_MATTER_KEYS).flat());

/**
 * The front matter's fields no metadata is read from (tags, aliases, a description), each as typed: a description is
 * the writer's words, and a line count alone in the report said nothing of them.
 */
function unreadFields(yaml: string): LeftBlock[] {
  const doc = parseDocument(yaml);
  if (!isMap(doc.contents)) return [];
  return doc.contents.items.flatMap((pair): LeftBlock[] => {
    const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
    const from = isScalar(pair.key) ? pair.key.range?.[0] : undefined;
    const to = (pair.value as { range?: [number, number, number] } | null)?.range?.[1] ?? (isScalar(pair.key) ? pair.key.range?.[1] : undefined);
    if (key === undefined || READ_KEYS.has(key) || from === undefined || to === undefined) return [];
    return [{ role: 'unknown', text: yaml.slice(from, to).trim(), reason: '笔记开头元数据中收件时不读的一项（只读 title、author、source、url、date、editor、subtitle），未收入' }];
  });
}

/** The front matter's metadata, its subtitle, its unread fields, and the line (0-based) its block ends on; end -1 when the note has none. */
function readFrontMatter(file: string, lines: readonly string[]): { meta: ExtractedDocument['meta']; end: number; subtitle?: string; unread?: LeftBlock[] } {
  const meta: ExtractedDocument['meta'] = {};
  if (!FENCE_OPEN.test(lines[0] ?? '')) return { meta, end: -1 };
  const end = lines.findIndex((l, i) => i > 0 && FENCE_CLOSE.test(l));
  if (end < 0) return { meta, end };
  let data: unknown;
  try {
    data = parseYaml(lines.slice(1, end).join('\n'));
  } catch (error) {
    const line = (error as { linePos?: Array<{ line: number }> }).linePos?.[0]?.line;
    throw new DecodeError(`${file}:${line ? line + 1 : 2}: the front matter is not valid YAML (${(error as Error).message.split('\n')[0]}); fix it or remove the --- block`);
  }
  if (data == null) return { meta, end };
  // Prose between two rules parses as a YAML scalar: the first --- is then a rule of the text, not a front matter fence.
  if (typeof data !== 'object' || Array.isArray(data)) return { meta, end: -1 };
  const d = data as Record<string, unknown>;
  const pick = (...keys: string[]) => keys.map((k) => FIRST(d[k])).find(Boolean);
  const k = FRONT_MATTER_KEYS;
  const fields: Array<[keyof ExtractedDocument['meta'], string | undefined]> = [
    ['title', pick(...k.title)],
    ['author', pick(...k.author)],
    ['publication', pick(...k.publication)],
    ['url', pick(...k.url)],
  ];
  for (const [key, value] of fields) if (value) meta[key] = value;
  const date = pick(...k.date);
  const stated = date && dateIn(date);
  if (stated) meta.date = stated;
  const editor = pick(...k.staff);
  if (editor) meta.staff = `编辑：${editor}`;
  const subtitle = pick(...k.subtitle);
  const unread = unreadFields(lines.slice(1, end).join('\n'));
  return { meta, end, ...(subtitle ? { subtitle } : {}), ...(unread.length ? { unread } : {}) };
}

/** The markers a note's text is read without, each kind in the report's words. */
const MARK_NAMES = {
  heading: '标题 #',
  blockquote: '引文 >',
  bullet: '列表项 -',
  emphasis: '强调 * _ **',
  strike: '删除线 ~~',
  code: '代码 `',
  link: '链接地址',
  thematicBreak: '分隔线',
  html: 'HTML 标记',
  table: '表格 | 与分隔行',
  emptyRow: '表格空行',
  callout: '提示块（:::）',
} as const;
type MarkKind = keyof typeof MARK_NAMES;

/** A callout's fences (语雀's :::info, :::tips, :::warning, :::danger; markdown-it-container's :::name). */
const CALLOUT_OPEN = /^:::\s*[A-Za-z][\w-]*$/u;
const CALLOUT_CLOSE = /^:::$/u;

/** One block of the text: its lines (a wrapped paragraph keeps the file's line breaks), its level when a head, whether a table's row. */
interface TextBlock {
  lines: string[];
  level?: number;
  row?: boolean;
}

/** What reading the note's Markdown gives: its blocks, the markers removed by kind, the blocks no text holds. */
class MarkdownText {
  readonly blocks: TextBlock[] = [];
  readonly marks = new Map<MarkKind, number>();
  readonly left: LeftBlock[] = [];
  /** The words struck through (~~…~~): kept in the text, each named in the report. */
  readonly struck: string[] = [];
  /** The Markdown read, for the typed numbers of ordered items. */
  private readonly source: string;

  constructor(source: string) {
    this.source = source;
  }

  mark(kind: MarkKind, n = 1): void {
    this.marks.set(kind, (this.marks.get(kind) ?? 0) + n);
  }

  add(text: string, level?: number): void {
    const lines = text.split('\n').map((l) => l.replace(/^[\s\u3000]+|[\s\u3000]+$/gu, '')).filter(Boolean);
    if (lines.length) this.blocks.push(level === undefined ? { lines } : { lines, level });
  }

  flow(nodes: readonly RootContent[]): void {
    for (const node of nodes) this.block(node);
  }

  private block(node: RootContent): void {
    switch (node.type) {
      case 'heading':
        this.mark('heading');
        return this.add(this.phrasing(node.children), node.depth);
      case 'paragraph':
        return this.paragraph(this.phrasing(node.children));
      case 'blockquote':
        this.mark('blockquote');
        return this.flow(node.children);
      case 'list':
        if (this.contents(node)) return;
        return node.children.forEach((item) => this.listItem(item, node.ordered === true));
      case 'code':
        this.mark('code');
        return this.add(node.value);
      case 'html':
        return this.add(this.html(node.value));
      case 'thematicBreak':
        return this.mark('thematicBreak');
      case 'definition':
        return this.definition(node);
      case 'footnoteDefinition':
        return this.footnote(node);
      case 'table':
        return this.table(node);
      default:
        // Any other block (a table or footnote of an extension) keeps its words.
        return this.add(this.phrasing('children' in node ? (node.children as PhrasingContent[]) : []));
    }
  }

  /**
   * A callout as 语雀 and other editors export one (:::info … :::, :::tips) reads as one paragraph: its fences are
   * syntax, counted with the markers, and each of its lines (set apart by <br /> or a line break) is a block of its own,
   * as the box shows them, for the analysis to read (a 来源 line, a reprint notice).
   */
  private paragraph(text: string): void {
    const lines = text.split('\n');
    if (!(lines.length > 1 && CALLOUT_OPEN.test(lines[0]!.trim()) && CALLOUT_CLOSE.test(lines.at(-1)!.trim()))) return this.add(text);
    this.mark('callout', 2);
    for (const line of lines.slice(1, -1)) this.add(line);
  }

  /**
   * A definition line is listed as typed, never set in the text: a footnote ([^1]: …, which CommonMark reads as a
   * definition) as a note, a link's address as what it is. Its mark ([^1]) stays in the text where typed.
   */
  private definition(node: Extract<RootContent, { type: 'definition' }>): void {
    const typed = node.position ? this.source.slice(node.position.start.offset, node.position.end.offset) : `[${node.label ?? node.identifier}]: ${node.url}`;
    const footnote = (node.label ?? node.identifier).startsWith('^');
    if (!footnote) this.mark('link');
    this.left.push(footnote ? { role: 'note', text: typed, reason: '笔记的脚注（[^n]: …），注码照原样留在正文中' } : { role: 'unknown', text: typed, reason: 'Markdown 的链接定义（[链接][…] 所指的网址），不是文字' });
  }

  /** A footnote as GFM reads it ([^1]: …), listed as typed, as CommonMark's reading of it is (definition). */
  private footnote(node: Extract<RootContent, { type: 'footnoteDefinition' }>): void {
    const typed = node.position ? this.source.slice(node.position.start.offset, node.position.end.offset) : `[^${node.label ?? node.identifier}]: …`;
    this.left.push({ role: 'note', text: typed, reason: '笔记的脚注（[^n]: …），注码照原样留在正文中' });
  }

  /**
   * A pipe table is read as the Word and web readers read a table inside text: each row a paragraph of its own, its
   * cells' words joined (rowLine); the pipes and the delimiter row are syntax. A row with no words is counted with them.
   */
  private table(node: Extract<RootContent, { type: 'table' }>): void {
    this.mark('table');
    for (const row of node.children) {
      const cells = row.children.map((cell) => this.phrasing(cell.children).replace(/\s+/gu, ' ').trim()).filter(Boolean);
      if (cells.length) this.blocks.push({ lines: [rowLine(cells)], row: true });
      else this.mark('emptyRow');
    }
  }

  /**
   * A list whose every item is only a link to a place in the note (- [一、主要做法](#kZ3xq)) is its table of contents, as
   * 语雀 and other editors write one: each entry listed as contents, none in the text (the heads it points to are).
   */
  private contents(list: Extract<RootContent, { type: 'list' }>): boolean {
    const entries = list.children.map((item) => {
      const only = item.children.length === 1 && item.children[0]!.type === 'paragraph' ? item.children[0]!.children : [];
      const link = only.length === 1 && only[0]!.type === 'link' && only[0]!.url.startsWith('#') ? only[0]! : undefined;
      return link ? this.phrasing(link.children).trim() : undefined;
    });
    if (!entries.length || entries.some((e) => !e)) return false;
    this.mark('link', entries.length);
    for (const text of entries) this.left.push({ role: 'contents', text: text!, reason: '目录条目：链到文中标题的链接，标题在正文中，目录不是正文' });
    return true;
  }

  /** An ordered item's number stays as typed before its first paragraph; a bullet is syntax. */
  private listItem(item: Extract<RootContent, { type: 'listItem' }>, ordered: boolean): void {
    const first = item.children[0];
    if (!ordered) this.mark('bullet');
    const typedNumber = ordered && first?.position && item.position ? this.source.slice(item.position.start.offset, first.position.start.offset).trim() : '';
    // A task's box ([x] done, [ ] not) says whether the thing was done: kept as typed, as an item's number is; GFM
    // reads it into the item's checked and the words lost it.
    const typed = item.position ? this.source.slice(item.position.start.offset, item.position.end.offset) : '';
    const box = typeof item.checked === 'boolean' ? /^\s*(?:[-*+]|\d{1,9}[.)])[ \t]+(\[[ xX]\])/u.exec(typed)?.[1] ?? (item.checked ? '[x]' : '[ ]') : '';
    const number = [typedNumber.replace(/\s*\[[ xX]\]$/u, ''), box].filter(Boolean).join(' ');
    const from = this.blocks.length;
    this.flow(item.children);
    if (number && this.blocks[from]) this.blocks[from]!.lines[0] = `${number} ${this.blocks[from]!.lines[0]}`;
    else if (number) this.add(number);
  }

  /** A link typed as one ([words](…), <…>), not an address GFM links where it stands. */
  private typedAsLink(node: PhrasingContent): boolean {
    const at = node.position?.start.offset;
    return at === undefined || /^[[<]/u.test(this.source.charAt(at));
  }

  private html(value: string): string {
    // A comment's words are the writer's, reported wherever it stands: whole, or inside a block of tags.
    return value
      .replace(/<!--[\s\S]*?-->/g, (comment) => {
        this.mark('html');
        this.left.push({ role: 'comment', text: comment, reason: '笔记中的 HTML 注释，读者看不到，不是文字' });
        return '';
      })
      .replace(/<br\s*\/?>/gi, () => (this.mark('html'), '\n')).replace(/<[^>]+>/g, () => (this.mark('html'), ''));
  }

  private phrasing(nodes: readonly PhrasingContent[]): string {
    return nodes.map((n) => this.inline(n)).join('');
  }

  private inline(node: PhrasingContent): string {
    switch (node.type) {
      case 'text':
        return node.value;
      case 'emphasis':
      case 'strong':
        this.mark('emphasis');
        return this.phrasing(node.children);
      case 'delete': {
        // Struck-through words are the writer's deletion, not an emphasis: kept where they stand (the raw text is the
        // file's), and named in the report for the editor to check against the writer's intent.
        this.mark('strike');
        const words = this.phrasing(node.children);
        if (words.trim()) this.struck.push(words);
        return words;
      }
      case 'inlineCode':
        this.mark('code');
        return node.value;
      case 'break':
        return '\n';
      case 'link':
        // A bare address GFM makes a link of (https://…, www.…) is typed as it reads: no marker to remove.
        if (!this.typedAsLink(node)) return this.phrasing(node.children);
        this.mark('link');
        return this.phrasing(node.children);
      case 'footnoteReference':
        return node.position ? this.source.slice(node.position.start.offset, node.position.end.offset) : `[^${node.label ?? node.identifier}]`;
      case 'linkReference':
        // A footnote's mark ([^1]) is the text's own, as typed; a reference link keeps its words.
        if (node.identifier.startsWith('^') && node.position) return this.source.slice(node.position.start.offset, node.position.end.offset);
        this.mark('link');
        return this.phrasing(node.children);
      case 'image':
      case 'imageReference':
        if (node.alt) this.left.push({ role: 'caption', text: node.alt, reason: `笔记中的图片${node.type === 'image' ? `（${node.url}）` : ''}：这些字是对图片的说明，不是正文` });
        return '';
      case 'html':
        return this.html(node.value);
      default:
        return 'children' in node ? this.phrasing(node.children as PhrasingContent[]) : 'value' in node ? String((node as Nodes & { value: unknown }).value) : '';
    }
  }
}

/** The report's line on the markers read as syntax, or undefined when the note has none. */
function marksWarning(marks: ReadonlyMap<MarkKind, number>): string | undefined {
  const total = [...marks.values()].reduce((a, b) => a + b, 0);
  if (!total) return undefined;
  const kinds = [...marks].map(([k, n]) => `${MARK_NAMES[k]} ${n}`).join('、');
  return checkMessage('markdown-markers', { count: total, kinds });
}

export function readMarkdown(file: string, bytes: Uint8Array): ExtractedDocument {
  const { text, encoding } = decodeDocument(bytes, file);
  const lines = text.split('\n');
  const { meta, end, subtitle, unread } = readFrontMatter(file, lines);
  const source = lines.slice(end + 1).join('\n');
  const read = new MarkdownText(source);
  // GFM (remark-gfm) for its pipe tables; a single ~ is no strikethrough (3~5人 is a range).
  read.flow(unified().use(remarkParse).use(remarkGfm, { singleTilde: false }).parse(source).children);
  // The front matter's title heads the text unless a level-1 head repeats it: the note's own heads (# 一、…) are then
  // its sections under it, as pandoc prints them under the title; a subtitle stated beside it stands under it.
  if (meta.title && !read.blocks.some((b) => b.level === 1 && b.lines.join('') === meta.title)) {
    read.blocks.unshift({ lines: [meta.title], level: 1 }, ...(subtitle ? [{ lines: [subtitle], level: 2 }] : []));
  }
  const out: string[] = [];
  const headings: ExtractedDocument['headings'] = [];
  const tables: NonNullable<ExtractedDocument['tables']> = [];
  for (const block of read.blocks) {
    if (out.length) out.push('');
    if (block.level !== undefined) headings.push({ line: out.length + 1, level: block.level, cue: 'declared' });
    if (block.row) tables.push({ first: out.length + 1, last: out.length + 1 });
    out.push(...block.lines);
  }
  const doc: ExtractedDocument = { format: 'markdown', text: out.join('\n') + '\n', extracted: true, encoding, meta, headings, dropped: end > 0 ? { 'front matter lines': end + 1 } : {} };
  if (tables.length) doc.tables = tables;
  const left = [...(unread ?? []), ...read.left];
  if (left.length) doc.left = left;
  const warning = marksWarning(read.marks);
  if (warning) doc.warnings = [warning];
  if (read.struck.length) (doc.warnings ??= []).push(checkMessage('markdown-struck', { count: read.struck.length, struck: read.struck.map((w) => `“${w}”`).join('、') }));
  return doc;
}
