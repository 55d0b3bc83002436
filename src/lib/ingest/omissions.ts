/**
 * Blocks inside a draft's raw range that are no text of the article: a line
 * the cleaner took for page chrome (a picture's caption, a share bar caught
 * in the text) and a block the document itself credits to its compilers (a
 * table captioned 编者据本文整理, a 编者注). A case's body is its raw range
 * changed only by recorded corrections, so such a block can be neither dropped
 * silently nor printed as the author's: the draft records it as an omission
 * (correction type `omit`), verbatim, and the case page prints it in the 校勘记
 * where it stood.
 */
import type { Correction } from '../../schemas/correction.ts';
import { splitParagraphs } from '../text.ts';
import type { Paragraph } from './case-start.ts';
import { BLOCK_ROLES, type BlockRole } from './left-blocks.ts';
import { CHROME_ROLE, chromeKind } from './read/chrome.ts';

type Omission = Extract<Correction, { type: 'omit' }>;

/**
 * A caption or note the document credits to its compilers, not its author:
 * 编者据本文整理, 编者据…编制, 编者所加, 编者制表, or a 编者注： opening the block.
 * The credit is the document's own word, so the rule holds for any document.
 */
const COMPILERS_CREDIT = /编者(?:据[^。；]{0,20}?(?:整理|编制|制作|绘制|摘编)|所加|制表)/u;
/**
 * A 编者注 that is the whole block: unbracketed (编者注：…), or in brackets closing at the block's end. A bracketed
 * note the author's words follow ((编者注：…)王某是…) is a note inside the author's paragraph, which stays text.
 */
const COMPILERS_NOTE = /^(?:编者注\s*[:：]|[（(【[]\s*编者注\s*[:：][^)）】\]]*[)）】\]]$)/u;
/** A caption is a line, not a paragraph of sentences (a 后记 saying 文中表格均为编者所加 is text, not a caption). */
const CAPTION_CHARS = 60;
/** A table row as the readers write it: its cells joined by “ | ”. */
const TABLE_ROW = /\S\s[|｜]\s\S/u;

const isCredit = (text: string) =>
  COMPILERS_NOTE.test(text) || (Array.from(text).length <= CAPTION_CHARS && !/[。！？]./u.test(text) && COMPILERS_CREDIT.test(text));

/** A block of a body's paragraphs the compilers added, and what it is in the editors' words. */
export interface CompilersBlock {
  paragraphs: Paragraph[];
  role: string;
}

/**
 * The blocks of `body` the document credits to its compilers: each credited
 * caption with the table rows right after it (or, with none after, right
 * before it, a caption set under its table), or a 编者注 alone; and, in a
 * compilation (`inCompilation`), a table that opens a case's body before any
 * paragraph of its text: a form about the case. Any other table without such
 * a credit is not found here: it stays text (a statistics bulletin's own table
 * under its headline is its text).
 */
export function compilersBlocks(body: readonly Paragraph[], inCompilation: boolean): CompilersBlock[] {
  const out: CompilersBlock[] = [];
  const taken = new Set<Paragraph>();
  const rowsFrom = (i: number, step: 1 | -1) => {
    const rows: Paragraph[] = [];
    for (let k = i; k >= 0 && k < body.length && TABLE_ROW.test(body[k]!.text) && !taken.has(body[k]!); k += step) rows.push(body[k]!);
    return step === 1 ? rows : rows.reverse();
  };
  body.forEach((p, i) => {
    if (taken.has(p) || !isCredit(p.text)) return;
    const after = rowsFrom(i + 1, 1);
    const before = after.length ? [] : rowsFrom(i - 1, -1);
    const paragraphs = [...before, p, ...after];
    for (const q of paragraphs) taken.add(q);
    const role = before.length + after.length ? '汇编者所加表格（连表题）' : COMPILERS_NOTE.test(p.text) ? '编者注' : '汇编者所加说明';
    out.push({ paragraphs, role });
  });
  // A table standing under the heading, before the case's first paragraph (所在地区 | 主要做法 | 联系人 / 北京市西城区 | …):
  // a form about the case that its compilers or senders filled in, not the case's words; its text follows it. Only a
  // compilation's compilers set a form per case: a single article opening with a table opens with its own words.
  const form = inCompilation ? rowsFrom(0, 1) : [];
  if (form.length >= 2 && form.length < body.length) out.push({ paragraphs: form, role: '案例信息表（标题之下、正文之前的表格）' });
  return out;
}

/** The report's role for a chrome line (caption, chrome…). */
export function chromeBlockRole(text: string): BlockRole {
  const kind = chromeKind(text);
  return kind ? CHROME_ROLE[kind] : 'chrome';
}

/** What a chrome line is, in the report's words (图片说明, 页面杂项): the role an omission of it records. */
export const chromeRole = (text: string): string => BLOCK_ROLES[chromeBlockRole(text)].replace(/（.*）$/u, '');

/**
 * The omission of the raw lines `first`–`last` (1-based, of the text the draft's
 * line numbers count), anchored after the body paragraph before it: `before`
 * counts the body's numbered paragraphs that open above the block (0: it stands
 * at the body's head, before p1). Its text is the raw paragraphs as check:content
 * reads them.
 */
export function omissionOf(rawLines: readonly string[], block: { first: number; last: number }, before: number, role: string): Omission {
  return {
    type: 'omit',
    p: Math.max(before, 1),
    ...(before === 0 ? { before: true as const } : {}),
    text: splitParagraphs(rawLines.slice(block.first - 1, block.last)),
    role,
    ...(role === BLOCK_ROLES.caption ? { note: '本库未收图片。' } : {}),
  };
}
