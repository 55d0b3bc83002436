/**
 * A mail as a mail client saves it (.eml, RFC 5322/2045): editors receive cases by e-mail, the case in an attachment
 * and a 报送 note in the mail. The MIME is parsed by postal-mime (multipart nesting, base64 and quoted-printable,
 * GB18030/GBK charsets through TextDecoder, encoded-word headers, RFC 2231 file names). Each attachment in a format
 * ingest reads is read by that format's reader (the dispatch is handed in: one path for every file), as if it had been
 * ingested alone; the mail's own text is the sender's note, reported with the roles a mail saved as a web page gets
 * (saved-mail.ts), and is the article only when nothing attached can be read. Attachments that cannot be read are
 * reported by name with the advice a file of that type gets.
 */
import PostalMime, { type Attachment, type Email } from 'postal-mime';
import { DecodeError } from '../decode.ts';
import type { ExtractedDocument } from '../extracted.ts';
import type { LeftBlock } from '../left-blocks.ts';
import { blocksOf } from './dom-lines.ts';
import { dateIn } from '../dates.ts';
import { checkMessage } from '../../check-messages.ts';
import { readText } from './text.ts';
import { parsePage, readWebPage } from './web-page.ts';
import { readUnwrapped, SIGNATURE } from './saved-mail.ts';

/** A file's reader by its name (read/index.ts's dispatch): handed in, so that this module imports no reader of its own kind. */
export type ReadFile = (file: string, bytes: Uint8Array) => Promise<ExtractedDocument>;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * The day the mail was sent, as the sender's clock had it: the date-time of RFC 5322 writes day, month and year in the
 * sender's own zone, and so does the 落款 under the note (a mail sent at 00:30 +0800 is of that day, not of the day
 * before in UTC).
 */
export function mailDate(value: string | undefined): string | undefined {
  const m = /\b(\d{1,2})\s+([A-Za-z]{3})[a-z]*\s+(\d{4})\b/.exec(value ?? '');
  const month = m ? MONTHS.indexOf(m[2]!.toLowerCase()) + 1 : 0;
  return m && month ? `${m[3]}-${String(month).padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : undefined;
}

/** Lines of text with their spaces (full-width, no-break) as a key: the same line in the plain and the HTML part. */
const keyOf = (line: string) => line.replace(/[\s\u3000\u00a0]+/gu, '');

/** The note's non-empty lines in a plain text part. */
const plainLines = (text: string) => text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);

/**
 * The note's lines in an HTML part, one per block as the page shows it. The part is often a fragment (no <html>, no
 * <body>): built as a browser builds it, else linkedom gives an empty body and the lines it adds went unreported.
 */
function htmlLines(html: string): string[] {
  const document = parsePage(html);
  return document.body ? blocksOf(document.body).map((b) => b.text.trim()).filter(Boolean) : [];
}

/**
 * The mail's own text, as blocks of the report: the sender's note line by line, a signature from a “--” line on, and
 * what the HTML alternative shows that the plain text has not (the signature a client sets under a rule).
 */
function noteBlocks(mail: Email): LeftBlock[] {
  const plain = mail.text ? plainLines(mail.text) : [];
  const html = mail.html ? htmlLines(mail.html) : [];
  const lines = plain.length ? plain : html;
  const blocks: LeftBlock[] = [];
  const sig = lines.findIndex((l) => SIGNATURE.test(l));
  lines.forEach((text, k) => {
    if (sig >= 0 && k >= sig) blocks.push({ role: 'chrome', text, reason: '邮件的签名（“--”之后），是发件人的，不是附件的文字' });
    else blocks.push({ role: 'unknown', text, reason: '发件人在邮件中写的话（称呼、所送材料、联系人、落款），不是附件的文字' });
  });
  if (plain.length) {
    const said = new Set(plain.map(keyOf));
    for (const text of html) {
      if (!said.has(keyOf(text))) blocks.push({ role: 'chrome', text, reason: '只见于邮件正文的 HTML 版本（其下的签名或地址），不是附件的文字' });
    }
  }
  return blocks;
}

/** The day the sender's note is signed (its 落款, the last line of the note giving a date), where it gives one. */
function signedDate(mail: Email): string | undefined {
  const lines = mail.text ? plainLines(mail.text) : mail.html ? htmlLines(mail.html) : [];
  return lines.map((l) => dateIn(l)).filter(Boolean).at(-1);
}

/** The mail's header as one block: who sent it to whom, when, under what subject. */
function headerBlock(mail: Email, date: string | undefined, dated: boolean, signed?: string): LeftBlock {
  const who = (a: { name?: string | undefined; address?: string | undefined }) => [a.name, a.address && `<${a.address}>`].filter(Boolean).join(' ');
  const fields = [
    mail.from && `From: ${who(mail.from)}`,
    mail.to?.length && `To: ${mail.to.map(who).join(', ')}`,
    mail.cc?.length && `Cc: ${mail.cc.map(who).join(', ')}`,
    mail.subject && `Subject: ${mail.subject}`,
    mail.headers.find((h) => h.key === 'date') && `Date: ${mail.headers.find((h) => h.key === 'date')!.value}`,
  ].filter(Boolean);
  const when = signed ? `；附言落款日期 ${signed} 与发送日期 ${date} 不同，两者都未取作来源日期，请核对` : date ? (dated ? `；发送日期 ${date} → 来源的日期（仅此一个日期）` : `；发送日期 ${date} 不是来源的日期：文中自有日期`) : '';
  return { role: 'dateline', text: fields.join('\n'), reason: `邮件的信头（发件人、收件人、主题、日期）${when}` };
}

const PICTURE_REASON = '邮件附带的图片，未读入（原件随邮件保存）：现场照片无须处理；若是案例文字的扫描件，请先用 OCR（如 WPS 图片转文字）转成文字再导入';

/** An attachment's name for the report and for its reader: its file name, or its type when it has none. */
const nameOf = (a: Attachment, k: number) => (a.filename ?? '').replace(/[\\/]/g, '_') || `附件${k + 1}（${a.mimeType === 'message/rfc822' ? '转发的邮件' : a.mimeType}，无文件名）`;

/**
 * Several attachments' documents as one: their texts one after the other, every line number shifted to the joined
 * text, what they state about themselves kept where they all state the same (one document's title is not another's).
 */
function joinDocuments(docs: readonly ExtractedDocument[]): ExtractedDocument {
  if (docs.length === 1) return docs[0]!;
  let text = '';
  const joined: ExtractedDocument = { format: docs[0]!.format, text: '', extracted: true, meta: {}, headings: [], dropped: {} };
  for (const doc of docs) {
    if (text) text += '\n\n';
    const at = text ? text.split('\n').length - 1 : 0;
    text += doc.text.replace(/\n+$/, '');
    joined.headings.push(...doc.headings.map((h) => ({ ...h, line: h.line + at })));
    if (doc.notes) (joined.notes ??= []).push(...doc.notes.map((n) => n + at));
    if (doc.places) (joined.places ??= []).push(...doc.places.map((p) => ({ ...p, line: p.line + at })));
    if (doc.tables) (joined.tables ??= []).push(...doc.tables.map((t) => ({ first: t.first + at, last: t.last + at })));
    for (const b of doc.left ?? []) {
      (joined.left ??= []).push({ ...b, ...(b.line !== undefined ? { line: b.line + at } : {}), ...(b.lines ? { lines: [b.lines[0] + at, b.lines[1] + at] as [number, number] } : {}) });
    }
    for (const [k, n] of Object.entries(doc.dropped)) joined.dropped[k] = (joined.dropped[k] ?? 0) + n;
    if (doc.warnings) (joined.warnings ??= []).push(...doc.warnings);
  }
  joined.text = `${text}\n`;
  const keys = new Set(docs.flatMap((d) => Object.keys(d.meta)));
  for (const key of keys) {
    const values = docs.map((d) => (d.meta as Record<string, unknown>)[key]);
    if (values.every((v) => v !== undefined && JSON.stringify(v) === JSON.stringify(values[0]))) (joined.meta as Record<string, unknown>)[key] = values[0];
  }
  return joined;
}

/** The mail's text as the article, when nothing attached can be read: its HTML part as a web page, else its plain text. */
function readMailText(file: string, mail: Email): ExtractedDocument {
  if (mail.html) {
    // The part's header is the mail's own (MIME): a part that forwards another inline opens with the forwarder's note.
    const doc = readUnwrapped(mail.html, (page) => readWebPage(file, page, { encoding: 'utf-8' }), { mailPart: true });
    // The plain alternative says the same again.
    if (mail.text?.trim()) (doc.left ??= []).push({ role: 'duplicate', text: mail.text.trim(), reason: '邮件的纯文本版本：与其 HTML 版本文字相同，已从 HTML 版本读入' });
    return doc;
  }
  if (mail.text?.trim()) return { ...readText(file, new TextEncoder().encode(mail.text)), extracted: true };
  throw new DecodeError(`${file}: the mail holds no text and no attachment in a format read`);
}

export async function readEml(file: string, bytes: Uint8Array, readFile: ReadFile): Promise<ExtractedDocument> {
  let mail: Email;
  try {
    mail = await PostalMime.parse(bytes, { attachmentEncoding: 'arraybuffer' });
  } catch (error) {
    throw new DecodeError(`${file}: not a readable mail (${(error as Error).message}); save the mail again from the mail client (另存为 .eml)`);
  }
  const read: ExtractedDocument[] = [];
  const unread: LeftBlock[] = [];
  const names: string[] = [];
  for (const [k, a] of mail.attachments.entries()) {
    const name = nameOf(a, k);
    // A mail forwarded as an attachment has no file name: it is a mail, read as one (its own attachments, its note).
    const forwarded = a.mimeType === 'message/rfc822';
    // A picture sent along (a photo of the meeting, or a scan): kept with the mail, never read as text.
    if (a.mimeType.startsWith('image/')) {
      unread.push({ role: 'unknown', text: name, reason: PICTURE_REASON });
      continue;
    }
    if (!a.filename && !forwarded) {
      unread.push({ role: 'unknown', text: name, reason: '邮件的附件没有文件名，无从判断格式，未读入' });
      continue;
    }
    const content = new Uint8Array(a.content as ArrayBuffer);
    try {
      read.push(forwarded ? await readEml(`${file} › ${name}`, content, readFile) : await readFile(`${file} › ${name}`, content));
      names.push(name);
    } catch (error) {
      if (!(error instanceof DecodeError)) throw error;
      unread.push({ role: 'unknown', text: name, reason: `邮件的附件未读入，读取程序的说明：“${error.message.replace(`${file} › `, '')}”` });
    }
  }
  const date = mailDate(mail.headers.find((h) => h.key === 'date')?.value);
  if (!read.length) {
    const doc = readMailText(file, mail);
    const dated = !doc.meta.date && date !== undefined;
    if (dated) doc.meta.date = date;
    doc.extracted = true;
    doc.left = [headerBlock(mail, date, dated), ...(doc.left ?? []), ...unread];
    return doc;
  }
  const doc = joinDocuments(read);
  doc.extracted = true;
  // The note's 落款 and the Date header on different days: the source's date is not known from the mail.
  const signed = signedDate(mail);
  const differ = signed !== undefined && date !== undefined && signed !== date && !doc.meta.date;
  if (differ) (doc.warnings ??= []).push(checkMessage('mail-dates-differ', { signed, sent: date }));
  const dated = !doc.meta.date && date !== undefined && !differ;
  if (dated) doc.meta.date = date;
  const header = headerBlock(mail, date, dated, differ ? signed : undefined);
  header.reason += `；文章从附件 ${names.join('、')} 读入`;
  doc.left = [header, ...noteBlocks(mail), ...unread, ...(doc.left ?? [])];
  return doc;
}
