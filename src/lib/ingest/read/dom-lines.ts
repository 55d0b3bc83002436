/**
 * A DOM subtree (linkedom) → paragraphs: every block element starts a new
 * paragraph, `<br><br>` splits, a single `<br>` splits only where the text
 * around it shows a paragraph end (sentence punctuation before, an indent
 * after), table rows become one line each (cells joined by " | "), and what
 * the markup says about a paragraph (heading level, all bold, centred) is kept
 * as a hint for the analysis (a class naming a heading level, bjh-h3, counts as
 * the tag would). Scripts never run (linkedom does not execute
 * them) and their text is never read: a `<script>` inside an article is code,
 * while `{}` or "<script>" written as text stays text.
 */
import { chromeKind, isMetaLine } from './chrome.ts';
import { rowLine } from '../extracted.ts';

export interface Block {
  text: string;
  /** 1 for <h1>, 2–6 for <h2>–<h6>; absent for ordinary paragraphs. */
  heading?: number;
  /** Every character of the paragraph is bold (<strong>/<b>) — a title hint in Word and WeChat. */
  bold?: boolean;
  /** The paragraph is centred (align=center, text-align:center, or a `centred` class set by a reader). */
  centred?: boolean;
  /** The block is a table row. */
  row?: boolean;
  /** The table (numbered from 1 in reading order, the innermost where tables nest) the block stands in, row or cell. */
  table?: number;
  /** A picture came right before the block (nothing but images since the last block), or it is a <figcaption>: where captions sit. */
  afterImage?: boolean;
  /** A drawn rule (<hr>) stands right before the block: it opens a part of its own. */
  afterRule?: boolean;
  /** Every picture right before the block is a thin strip (a decorative banner or divider, no photo): it takes no caption. */
  afterBanner?: boolean;
  /** An empty centred block came right before: the slot of a picture the saved page lost (a lazy-loaded image). */
  afterSlot?: boolean;
  /** All its text stands in a picture's caption element (<figcaption>, span.img_descr, p.pgc-img-caption): the page says it is a caption. */
  inCaptionSlot?: boolean;
  /** The page marks it as the headline's subtitle by class or id (p.subtitle#SubTitle in e-paper templates). */
  subtitle?: boolean;
  /** The share of its letters and digits that are the text of links (`<a href>`), when any are: how a list of links is told from text. */
  linkShare?: number;
}

// Elements whose text is never article text.
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'svg', 'button', 'select', 'option', 'textarea', 'input', 'head', 'title', 'meta', 'link', 'object', 'embed', 'canvas', 'audio', 'video']);
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'nav', 'aside', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dd', 'dt',
  'blockquote', 'pre', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption', 'hr', 'figure', 'figcaption', 'address', 'center', 'form', 'fieldset', 'body', 'html',
]);
/** A video or sound the page plays: a picture as far as the line under it goes (its title or caption). */
const MEDIA = new Set(['video', 'audio', 'embed', 'object']);
/** An element named as a player (div#sohuplayer, .video-player): a script fills it with the video a saved page shows as an empty box. */
const PLAYER_SLOT = /player/i;
const BOLD = new Set(['strong', 'b']);
const LAYOUT_CELL = 'table, h1, h2, h3, h4, h5, h6';
/** A class naming a heading level (bjh-h3, article-h2): platforms style their subheads so, in a <span> or <p>. */
const HEADING_CLASS = /(?:^|[\s_-])h([1-6])(?=$|[\s_-])/i;
/** A picture's caption slot (<figcaption>, p.pgc-img-caption, .img_descr): where the page puts the caption, if any. */
const CAPTION_SLOT = /caption|img_?descr/i;
/** A class or id naming a headline's subtitle (subtitle, sub-title, SubTitle, sub_title). */
export const SUBTITLE_MARK = /(?:^|[\s_-])sub[_-]?title(?=$|[\s_-])/i;
/** A class that centres its element (f_center, text-center, centred): sites centre captions by class rather than style. */
const CENTRED_CLASS = /(?:^|[\s_-])(?:center|centre|centred|centered)(?=$|[\s_-])/i;

const CJK = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef\\u2018-\\u201f\\u2026\\u2014';
// Whitespace with a line break between two CJK characters is a source-code line wrap, not a space; an
// &nbsp; among it is a space the page sets on purpose (来源: 鞭牛士 … &nbsp;举报).
const CJK_WRAP = new RegExp(`(?<=[${CJK}])[ \\t]*[\\r\\n][ \\t\\r\\n]*(?=[${CJK}])`, 'gu');
const PARAGRAPH_END = /[。！？!?：:；;”」』）)…]$/u;

/** Collapses HTML whitespace the way a reader sees it, without inventing spaces inside Chinese. */
export function collapseSpace(text: string): string {
  return text.replace(CJK_WRAP, '').replace(/[\s\u00a0]+/g, ' ');
}

/** Trims ASCII and ideographic spaces (the 　　 first-line indent) at both ends. */
export function trimLine(text: string): string {
  return text.replace(/^[\s\u00a0\u3000]+|[\s\u00a0\u3000]+$/g, '');
}

interface Run {
  text: string;
  bold: boolean;
  /** The heading level a class gives the run's element. */
  level?: number | undefined;
  /** Inside a picture's caption element. */
  slot: boolean;
  /** An inline picture after text (an icon): no text, but it parts the fields of a metadata line. */
  icon?: boolean;
  /** Inside a link (`<a href>`). */
  link?: boolean;
}

function isCentred(el: Element): boolean {
  // A row's align is its cells' (HTML's <tr align=center>): old portals centre a headline cell so.
  const align = el.getAttribute('align') ?? (/^t[dh]$/i.test(el.tagName) ? el.parentElement?.getAttribute('align') : undefined);
  const style = el.getAttribute('style') ?? '';
  return /center/i.test(align ?? '') || /text-align\s*:\s*center/i.test(style) || el.tagName.toLowerCase() === 'center' || CENTRED_CLASS.test(el.getAttribute('class') ?? '');
}

/** A strip at most a fifth as high as it is wide: a banner or divider's shape, where no photo's is. */
const BANNER_RATIO = 0.2;
const px = (style: string, prop: string) => Number(new RegExp(`(?:^|;)\\s*${prop}\\s*:\\s*(\\d+(?:\\.\\d+)?)px`, 'i').exec(style)?.[1]) || undefined;

/**
 * A picture's height over its width, where the page states both: WeChat's data-ratio, the width and height attributes,
 * or a style's pixel sizes (the saved style, or the one WeChat keeps in data-original-style while it lazy-loads).
 */
function aspectOf(img: Element): number | undefined {
  const ratio = Number(img.getAttribute('data-ratio'));
  if (ratio > 0) return ratio;
  const [w, h] = [Number(img.getAttribute('width')), Number(img.getAttribute('height'))];
  if (w > 0 && h > 0) return h / w;
  for (const style of [img.getAttribute('style') ?? '', img.getAttribute('data-original-style') ?? '']) {
    const [sw, sh] = [px(style, 'width'), px(style, 'height')];
    if (sw && sh) return sh / sw;
  }
  return undefined;
}

const isThinBanner = (img: Element) => (aspectOf(img) ?? 1) <= BANNER_RATIO;

function classLevel(el: Element): number | undefined {
  const m = HEADING_CLASS.exec(el.getAttribute('class') ?? '');
  return m ? Number(m[1]) : undefined;
}

/** An element's text as shown: its textContent would take a `<script>`'s code (an ad written into a table cell) as text. */
function shownText(node: Node): string {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  if (node.nodeType !== 1 || SKIP.has((node as Element).tagName.toLowerCase())) return '';
  return Array.from(node.childNodes).map(shownText).join('');
}

const letters = (t: string) => t.match(/[\p{L}\p{N}]/gu)?.length ?? 0;

/** The share of the runs' letters and digits inside links. */
function linkShare(runs: readonly Run[]): number {
  const all = runs.reduce((n, r) => n + letters(r.text), 0);
  return all ? runs.reduce((n, r) => n + (r.link ? letters(r.text) : 0), 0) / all : 0;
}

/**
 * Bold by its weight, or set in 黑体 (SimHei): the heavy face Chinese documents set their heads in over 仿宋 or 宋体
 * text (GB/T 9704), as a Word paste keeps it (<span style="font-family: 黑体">, <font face="黑体">). 微软雅黑 is a
 * text face, not this.
 */
function isBoldStyle(el: Element): boolean {
  const style = el.getAttribute('style') ?? '';
  const family = /font-family\s*:\s*([^;]+)/i.exec(style)?.[1] ?? el.getAttribute('face') ?? '';
  return /font-weight\s*:\s*(bold|[6-9]00)/i.test(style) || HEAVY_FACE.test(family);
}

/** A family list opening with a 黑体 face (黑体, CESI黑体-GB2312, 方正黑体_GBK, SimHei). */
const HEAVY_FACE = /^\s*['"]?(?:[\w-]*黑体|SimHei|Heiti)/iu;

export function blocksOf(root: Element, options: { skip?: (el: Element) => boolean } = {}): Block[] {
  const blocks: Block[] = [];
  let runs: Run[] = [];
  let heading: number | undefined;
  let centred = false;
  let pendingBreaks = 0;
  let linkDepth = 0;
  let image = false;
  /** Whether every picture since the last block was a thin banner (undefined: none yet). */
  let banner: boolean | undefined;
  let rule = false;
  let slot = false;
  let subtitle = false;
  let table: number | undefined;
  let tables = 0;

  const flush = () => {
    let text = trimLine(collapseSpace(runs.map((r) => r.text).join('')));
    // An icon between the fields of a 来源/时间 line (来源: 鞭牛士[📍]北京) stands where a space would; in running
    // text an inline picture (an emoji) adds nothing to the sentence.
    if (runs.some((r) => r.icon) && isMetaLine(text)) text = trimLine(collapseSpace(runs.map((r) => (r.icon ? '\u00a0' : r.text)).join('')));
    if (text) {
      const visible = runs.filter((r) => r.text.trim());
      const block: Block = { text };
      const level = visible[0]?.level;
      if (heading) block.heading = heading;
      else if (level && visible.every((r) => r.level === level)) block.heading = level;
      if (visible.length > 0 && visible.every((r) => r.bold)) block.bold = true;
      if (centred) block.centred = true;
      if (image) block.afterImage = true;
      if (image && banner) block.afterBanner = true;
      if (rule) block.afterRule = true;
      if (slot) block.afterSlot = true;
      if (subtitle) block.subtitle = true;
      if (table !== undefined) block.table = table;
      if (visible.length > 0 && visible.every((r) => r.slot)) block.inCaptionSlot = true;
      const share = linkShare(runs);
      if (share > 0) block.linkShare = share;
      blocks.push(block);
      image = false;
      banner = undefined;
      rule = false;
      slot = false;
    }
    runs = [];
    pendingBreaks = 0;
  };

  const onBreak = () => {
    pendingBreaks++;
  };

  const addText = (text: string, bold: boolean, level: number | undefined, inSlot: boolean) => {
    if (pendingBreaks > 0) {
      const before = trimLine(collapseSpace(runs.map((r) => r.text).join('')));
      const indentAfter = /^[\u3000\u00a0]|^\s{2,}/.test(text);
      // A whole bracketed line after a break is a note of its own (a 题注 under a headline, （原标题：…）).
      const bracketed = /^\s*[（(][^（）()]+[)）]\s*$/u.test(text);
      // Page furniture is never joined to the text across a break (▲…摄<br>text of a poster-style post).
      const furniture = !!chromeKind(before) || !!chromeKind(trimLine(collapseSpace(text)));
      if (pendingBreaks >= 2 || !before || PARAGRAPH_END.test(before) || indentAfter || bracketed || furniture) flush();
      // A break the author put inside a heading parts a two-part title (始终坚持群众路线<br>切实做好…): printed on one line, a space parts it.
      else if (heading !== undefined && !/\s$/.test(before)) runs.push({ text: ' ', bold, level, slot: inSlot });
      pendingBreaks = 0;
    }
    runs.push({ text, bold, level, slot: inSlot, ...(linkDepth > 0 ? { link: true } : {}) });
  };

  const walk = (node: Node, bold: boolean, level: number | undefined, inSlot: boolean) => {
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      if (value.trim() || runs.length) addText(value, bold, level, inSlot);
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toLowerCase();
    // A player, like a picture, has no text of its own; the line right under it titles it.
    if (MEDIA.has(tag) && !runs.some((r) => r.text.trim())) {
      image = true;
      banner = false;
    }
    if (SKIP.has(tag)) return;
    if (options.skip?.(el)) return;
    // Hidden text is read too: pages fold the rest of an article behind "展开全文" with display:none,
    // and WeChat hides its whole body until a script runs. Chrome among it is dropped by its words.
    if (tag === 'br') {
      onBreak();
      return;
    }
    if (tag === 'hr') {
      flush();
      rule = true;
      return;
    }
    if (tag === 'img') {
      if (!runs.some((r) => r.text.trim())) {
        image = true;
        banner = (banner ?? true) && isThinBanner(el);
      }
      else runs.push({ text: '', bold, level, slot: inSlot, icon: true });
      return;
    }
    // A layout table (cells holding headings, tables or several paragraphs: old portals and e-papers lay out whole
    // pages so) is read cell by cell as blocks, and so is a row of one cell (a box drawn round an 编者按 or a 链接 in
    // Word: nothing to line up); a data table's row is one line.
    const cellsOf = (row: Element) => Array.from(row.children).filter((c) => /^t[dh]$/i.test(c.tagName));
    const cells = tag === 'tr' ? cellsOf(el) : [];
    // A box is a table of one column; a data table's merged title row (one cell over many columns) is still a row.
    const boxed = tag === 'tr' && Array.from(el.closest('table')?.querySelectorAll('tr') ?? []).every((row) => cellsOf(row).length <= 1);
    if (tag === 'tr' && !boxed && !cells.some((c) => c.querySelector(LAYOUT_CELL) || c.querySelectorAll('p, div').length >= 3)) {
      flush();
      const texts = cells.map((c) => trimLine(collapseSpace(shownText(c)))).filter(Boolean);
      const all = letters(texts.join(''));
      const share = all && Math.min(1, letters(Array.from(el.querySelectorAll('a[href]')).map(shownText).join('')) / all);
      if (texts.length) blocks.push({ text: rowLine(texts), row: true, ...(table !== undefined ? { table } : {}), ...(share > 0 ? { linkShare: share } : {}) });
      return;
    }
    const block = BLOCK.has(tag);
    const tagLevel = /^h[1-6]$/.test(tag) ? Number(tag[1]) : undefined;
    const captionSlot = tag === 'figcaption' || CAPTION_SLOT.test(el.getAttribute('class') ?? '');
    if (block) {
      flush();
      if (captionSlot) image = true;
      heading = tagLevel ?? classLevel(el);
      centred = isCentred(el);
      subtitle = SUBTITLE_MARK.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`);
    }
    const childBold = bold || BOLD.has(tag) || isBoldStyle(el) || tagLevel !== undefined;
    const childLevel = block ? undefined : (classLevel(el) ?? level);
    const before = blocks.length;
    const textBefore = runs.some((r) => r.text.trim());
    const link = tag === 'a' && el.hasAttribute('href');
    if (link) linkDepth++;
    const outerTable = table;
    if (tag === 'table') table = ++tables;
    for (const child of Array.from(el.childNodes)) walk(child, childBold, childLevel, inSlot || captionSlot);
    table = outerTable;
    if (link) linkDepth--;
    // An empty inline caption slot (<span class="img_descr"></span>): the picture has no caption, the next block is text.
    if (captionSlot && !block && !textBefore && !runs.some((r) => r.text.trim())) image = false;
    if (block) {
      const empty = !runs.some((r) => r.text.trim()) && blocks.length === before;
      if (empty && centred && !image) slot = true;
      if (empty && PLAYER_SLOT.test(`${el.getAttribute('id') ?? ''} ${el.getAttribute('class') ?? ''}`)) image = true;
      flush();
      heading = undefined;
      centred = false;
      subtitle = false;
      // The picture's caption slot has been read, empty or not: the paragraph after it is the text's own.
      if (captionSlot) image = false;
    }
  };
  walk(root, false, undefined, false);
  flush();
  return blocks;
}
