/**
 * A mail saved as a web page by a mail client (Foxmail, QQ 邮箱, Outlook: 另存为 .html): its header (发件人, 发送时间,
 * 收件人, 主题), the forwarder's note, a quoted original's header under “原始邮件”/“Original Message”, and the sender's
 * signature after “--” are the mail, not the text pasted into it. They are taken out of the page before it is read
 * (every reading of it, Readability's copy too, starts from the page without them) and listed for the report; the
 * mail's sending date is the only date such a page gives, so it is the source's.
 */
import { parseHTML } from 'linkedom';
import { dateIn } from '../dates.ts';
import type { ExtractedDocument } from '../extracted.ts';
import type { LeftBlock } from '../left-blocks.ts';
import { collapseSpace, trimLine } from './dom-lines.ts';

/** A header field of a mail (发件人：…, From: …): the label, then its value. */
const FIELD = /^(发件人|发送时间|发件时间|日期|时间|收件人|抄送|主题|From|Sent|Date|To|Cc|Subject)\s*[:：]/iu;
/** The line a client sets over the quoted original mail. */
const ORIGINAL = /^-{2,}\s*(原始邮件|转发邮件|Original Message|Forwarded message)\s*-{2,}$/iu;
/** The signature delimiter (“-- ”), in a saved page and in a mail's own text (eml.ts). */
export const SIGNATURE = /^--\s*$/u;
const SENT = /^(发送时间|发件时间|日期|Sent|Date)$/iu;

const textOf = (el: Element) => trimLine(collapseSpace((el.textContent ?? '').replace(/\u00a0/g, ' ')));

/** The elements of the page's body that are its blocks (the top-level ones a client writes: tables, divs, rules). */
const topBlocks = (body: Element) => Array.from(body.children).filter((el) => !/^(script|style)$/i.test(el.tagName));

/** An element's lines as the client shows them: its text parted at each <br>. */
function brLines(el: Element): string[] {
  const copy = el.cloneNode(true) as Element;
  for (const br of Array.from(copy.querySelectorAll('br'))) br.replaceWith(copy.ownerDocument.createTextNode('\n'));
  return (copy.textContent ?? '').replace(/\u00a0/g, ' ').split('\n').map((l) => trimLine(collapseSpace(l))).filter(Boolean);
}

/**
 * Whether an element holds a mail header: three or more header fields, one per row or line (a table's rows, or lines
 * parted by <br> as QQ 邮箱, Foxmail and Outlook quote an original), and most of its lines fields: a block that holds a
 * quoted header among other text is not one.
 */
const ROWS = 'tr, div, p, li, h1, h2, h3, h4, h5, h6';

function isHeader(el: Element): boolean {
  const rows = Array.from(el.querySelectorAll(ROWS)).filter((r) => !r.querySelector(ROWS));
  const lines = (rows.length ? rows : [el]).flatMap(brLines);
  const fields = lines.filter((l) => FIELD.test(l)).length;
  return fields >= 3 && fields * 2 >= lines.length;
}

/** A block holding a header somewhere inside it, not the header itself, is read as its children: the quoted mail is among them. */
function expanded(el: Element): Element[] {
  const holds = !isHeader(el) && Array.from(el.querySelectorAll('div, table, blockquote')).some(isHeader);
  return holds ? Array.from(el.children).flatMap(expanded) : [el];
}

/** The line a sender's covering note opens with: whom it is addressed to (各位领导：, 编辑部：). */
const SALUTATION = /^[^，。！？：:]{2,20}[：:]$/u;

export interface SavedMail {
  /** What of the mail was taken out, each with its role and why. */
  left: LeftBlock[];
  /** The sending date of the mail (the outermost header's). */
  date?: string;
}

/**
 * A page read by `read` (the web page reader), the mail around the pasted text out first: what was taken is listed
 * before what the reader left out, and the sending date is the source's where the page states no other.
 */
export function readUnwrapped(html: string, read: (html: string) => ExtractedDocument, { mailPart = false }: { mailPart?: boolean } = {}): ExtractedDocument {
  const mail = unwrapSavedMail(html, mailPart);
  if (!mail) return read(html);
  const doc = read(mail.html);
  doc.left = [...mail.left, ...(doc.left ?? [])];
  if (mail.date) doc.meta.date ??= mail.date;
  return doc;
}

/** The page without the mail around the pasted text, and what was taken; undefined when the page opens with no mail header. */
function unwrapSavedMail(html: string, mailPart: boolean): (SavedMail & { html: string }) | undefined {
  const { document } = parseHTML(html) as unknown as { document: Document };
  const mail = takeSavedMail(document) ?? (mailPart ? takeForwarded(document) : undefined);
  return mail && { ...mail, html: document.toString() };
}

/** The mail around the pasted text, taken out of the document (it is changed); undefined, nothing taken, without a mail header. */
function takeSavedMail(doc: Document): SavedMail | undefined {
  const body = doc.body;
  if (!body) return undefined;
  const blocks = topBlocks(body);
  const first = blocks.findIndex((el) => textOf(el));
  if (first < 0 || !isHeader(blocks[first]!)) return undefined;
  const left: LeftBlock[] = [];
  const fieldsOf = (el: Element) => Array.from(el.querySelectorAll('tr, div')).filter((r) => !r.querySelector('tr, div')).map(textOf).filter((l) => FIELD.test(l));
  const fields = fieldsOf(blocks[first]!);
  const sent = fields.find((l) => SENT.test(l.split(/[:：]/u)[0]!.trim()));
  const date = sent ? dateIn(sent) : undefined;
  const take = (el: Element, role: LeftBlock['role'], reason: string) => {
    const text = textOf(el);
    if (text) left.push({ role, text, reason });
    el.remove();
  };
  // The page's <title> is the mail's subject, not the pasted text's headline.
  const subject = doc.querySelector('title');
  if (subject && fields.some((l) => /^(主题|Subject)/iu.test(l))) take(subject, 'dateline', '邮件的主题（网页的 <title>），不是所贴文章的标题');
  take(blocks[first]!, 'dateline', `邮件的信头（发件人、发送时间、收件人、主题）${date ? `；发送日期 ${date} → 来源的日期（页面上仅此一个日期）` : ''}`);
  // The forwarder's note and the quoted original's header, down to the header of the innermost mail.
  const rest = blocks.slice(first + 1);
  const lastHeader = rest.map((el, k) => (isHeader(el) ? k : -1)).filter((k) => k >= 0).at(-1);
  const quoted = lastHeader === undefined ? -1 : lastHeader;
  rest.slice(0, quoted + 1).forEach((el) => {
    const text = textOf(el);
    if (isHeader(el)) take(el, 'dateline', '所引原邮件的信头（发件人、发送时间、收件人、主题），不是所贴文章');
    else if (ORIGINAL.test(text)) take(el, 'chrome', '邮件程序在所引原邮件之上加的一行，不是所贴文章');
    else take(el, 'unknown', '转发人写在所引邮件之上的附言，不是所贴文章');
  });
  takeSignature(rest.slice(quoted + 1), take);
  return { left, ...(date ? { date } : {}) };
}

type Take = (el: Element, role: LeftBlock['role'], reason: string) => void;

/** The signature: from a “--” line (a block's first) to the end. */
function takeSignature(after: readonly Element[], take: Take): void {
  const sig = after.findIndex((el) => SIGNATURE.test(brLines(el)[0] ?? ''));
  if (sig >= 0) for (const el of after.slice(sig)) take(el, 'chrome', '邮件的签名（“--”之后），是发件人的，不是所贴文章');
}

/**
 * A mail's own HTML part (eml.ts) that forwards another inline: its header is the mail's (MIME), so the part opens
 * with the forwarder's note, then the quoted original's header (under “原始邮件”), the original sender's covering
 * note opened by its salutation (各位领导：现将…请审阅), the pasted text, a signature. Everything but the text is the
 * mail's, taken out and listed; undefined, nothing taken, where the part quotes no mail.
 */
function takeForwarded(doc: Document): SavedMail | undefined {
  const body = doc.body;
  if (!body) return undefined;
  const blocks = topBlocks(body).flatMap(expanded);
  const quoted = blocks.map((el, k) => (isHeader(el) ? k : -1)).filter((k) => k >= 0).at(-1);
  if (quoted === undefined) return undefined;
  const left: LeftBlock[] = [];
  const take: Take = (el, role, reason) => {
    const text = brLines(el).join(' ');
    if (text) left.push({ role, text, reason });
    el.remove();
  };
  blocks.slice(0, quoted).forEach((el) => (ORIGINAL.test(textOf(el)) ? take(el, 'chrome', '邮件客户端在所转原邮件之上加的分隔行') : take(el, 'unknown', '转发人写在所转邮件之上的附言和署名：是邮件的话，不是所转的正文')));
  take(blocks[quoted]!, 'dateline', '所转原邮件的邮件头（发件人、发送时间、收件人、主题）：不是所转的正文');
  const after = blocks.slice(quoted + 1).filter((el) => brLines(el).length);
  const lines = after[0] ? brLines(after[0]) : [];
  // The note is the salutation with a line or two under it in one block; a speech's 各位领导、同志们： stands alone.
  if (SALUTATION.test(lines[0] ?? '') && lines.length >= 2 && lines.length <= 3 && lines.every((l) => Array.from(l).length <= 60)) {
    take(after.shift()!, 'unknown', '原发件人写在正文之前的称呼和附言（报送说明）：是邮件的话，不是所转的正文');
  }
  takeSignature(after, take);
  return { left };
}
