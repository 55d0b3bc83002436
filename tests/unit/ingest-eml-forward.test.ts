/**
 * A mail whose HTML part forwards another inline (tests/fixtures/ingest/eml-forward-inline): the forwarder's note, the
 * quoted header, the original sender's covering note and the signature are the mail's; a pasted text's own
 * salutation (a speech's 各位领导、同志们：) is the text's.
 */
import { describe, expect, it } from 'vitest';
import { readInput } from '../../src/lib/ingest/read/index.ts';

const mail = (html: string) =>
  readInput('fwd.eml', new TextEncoder().encode(['From: a@example.org', 'To: b@example.org', 'Subject: fwd', 'Date: Tue, 3 Sep 2024 08:30:00 +0800', 'MIME-Version: 1.0', 'Content-Type: text/html; charset=utf-8', '', html].join('\r\n')));
const QUOTED = '<div>------------------ 原始邮件 ------------------<br>发件人: "××镇"<x@example.org>;<br>发送时间: 2024年9月2日<br>收件人: "组织科"<y@example.org>;<br>主题: 材料</div>';

describe('a mail forwarding another inline', () => {
  it('keeps a speech\'s own salutation, standing alone in its paragraph, in the text', async () => {
    const doc = await mail(`<html><body><div>转发给你，请阅。<br>组织科 ××</div><div>${QUOTED}<p style="text-align:center"><b>在全县会议上的交流发言</b></p><p>各位领导、同志们：</p><p>近年来，××镇坚持把联系服务群众作为基层治理的基础工作，推动干部走进茶园、走到群众身边，听意见、解难题。</p><p>今年以来，全镇共开展夜话活动320余场，收集意见建议860余条，办结820余条，群众满意率达97%。</p></div></body></html>`);
    expect(doc.text).toContain('各位领导、同志们：');
    expect(doc.text).not.toContain('转发给你');
    expect(doc.text).not.toContain('原始邮件');
  });
});
