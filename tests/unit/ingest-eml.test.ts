/**
 * A mail as a mail client saves it (.eml): each attachment in a format read gives the drafts it gives alone, the
 * mail's note and header are reported, never body, and the mail's text is the article only when nothing attached can
 * be read. Fixtures: tests/fixtures/ingest/eml-baosong (Python's email package, python-docx attachments).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import PostalMime from 'postal-mime';
import { describe, expect, it } from 'vitest';
import type { Vocabulary } from '../../src/lib/ingest/document.ts';
import { ingestInput } from '../../src/lib/ingest/pipeline.ts';
import { mailDate } from '../../src/lib/ingest/read/eml.ts';
import { checkMessage } from '../../src/lib/check-messages.ts';
import { INPUT_EXTENSIONS } from '../../src/lib/ingest/read/index.ts';
import { INGEST_USAGE } from '../../scripts/ingest-usage.ts';
import { loadRegionIndex } from '../../src/lib/node/region-index.ts';

const vocab: Vocabulary = { methods: [], themes: [], regions: loadRegionIndex() };
const DIR = path.resolve('tests/fixtures/ingest/eml-baosong');
const ingest = (name: string) => ingestInput(path.join(DIR, name), readFileSync(path.join(DIR, name)), vocab);
const drafted = (r: Awaited<ReturnType<typeof ingest>>) => r.doc.drafts.map((d) => ({ title: d.title, authors: d.authors, region: d.region?.code, raw: d.raw }));

describe('a mail (.eml)', () => {
  it('gives the drafts of each attachment as each gives them ingested alone', async () => {
    const mail = await PostalMime.parse(readFileSync(path.join(DIR, 'two-cases.eml')));
    const alone = [];
    for (const a of mail.attachments) alone.push(...drafted(await ingestInput(a.filename!, new Uint8Array(a.content as ArrayBuffer), vocab)));
    expect(alone.map((d) => d.title)).toEqual(['“院坝协商会”协出邻里一家亲', '“夜访小分队”访出民情新答卷']);
    const both = await ingest('two-cases.eml');
    expect(drafted(both)).toEqual(alone);
    // Both attachments are named in the report, and the note is the sender's, not a case's.
    expect(both.left[0]).toMatchObject({ role: 'dateline', reason: expect.stringContaining('芭蕉镇经验材料.docx、九坝镇经验材料.docx') });
    expect(both.left.filter((b) => b.role === 'unknown').map((b) => b.text)).toContain('现将我镇联系服务群众经验材料报送给你们，详见附件，请审阅。');
  });

  it('reads a mail forwarded as an attachment (message/rfc822) as the mail it is: its attachments give their drafts', async () => {
    const fwd = await ingest('forwarded.eml');
    expect(drafted(fwd)).toEqual(drafted(await ingest('two-cases.eml')));
    expect(fwd.left.filter((b) => b.role === 'unknown').map((b) => b.text)).toContain('转发两镇报送的经验材料，请收录。');
  });

  it('reports what the HTML alternative of the note adds when that part is a fragment (no <html>, no <body>)', async () => {
    const r = await ingest('fragment-note.eml');
    expect(r.left).toContainEqual(expect.objectContaining({ role: 'chrome', text: '古城街道党工委 电话 010-6887xxxx' }));
  });

  it('is its own article when nothing is attached: the header is reported and the sending day is the source date', async () => {
    const r = await ingest('no-attachment.eml');
    expect(drafted(r)).toMatchObject([{ title: '“夜访小分队”访出民情新答卷', authors: [{ name: '刘春燕' }], region: '520322' }]);
    expect(r.doc.drafts[0]!.raw[0]).toBe('九坝镇组建12支“夜访小分队”，利用晚上群众在家的时间入户走访，听取意见建议。');
    expect(r.left[0]).toMatchObject({ role: 'dateline', text: expect.stringContaining('Subject: “夜访小分队”访出民情新答卷') });
    expect(r.doc.meta.date).toBe('2025-03-18');
  });

  it('lists a picture the mail carries as a picture, not as a file refused for want of OCR', async () => {
    const r = await ingest('bajiao-baosong.eml');
    const photo = r.left.find((b) => b.text === '院坝协商会现场.jpg');
    expect(photo?.reason).toMatch(/^邮件附带的图片/);
    expect(photo?.reason).not.toMatch(/run OCR/);
  });

  it('flags a note signed on another day than the mail was sent: neither date is taken as the source\'s', async () => {
    const r = await ingest('signed-day-before.eml');
    expect(r.doc.meta.date).toBeUndefined();
    expect(r.extracted.warnings).toContain(checkMessage('mail-dates-differ', { signed: '2025-03-21', sent: '2025-03-22' }));
    expect(r.left[0]).toMatchObject({ role: 'dateline', reason: expect.stringContaining('落款日期 2025-03-21') });
    // The same day in both is the source's date, as before.
    expect((await ingest('two-cases.eml')).doc.meta.date).toBe('2025-03-18');
  });

  it('dates a mail by the day on the sender\'s clock, not in UTC', () => {
    expect(mailDate('Tue, 18 Mar 2025 00:30:05 +0800')).toBe('2025-03-18');
    expect(mailDate('3 Jan 2024 23:59:00 -0500')).toBe('2024-01-03');
    expect(mailDate('not a date')).toBeUndefined();
  });
});

describe('ingest --help', () => {
  it('names every format the dispatch reads', () => {
    for (const ext of INPUT_EXTENSIONS) expect(INGEST_USAGE.split(/\s+/)).toContain(ext);
  });
});
