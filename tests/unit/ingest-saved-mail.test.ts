/**
 * A mail saved as .html by a mail client: the mail (headers, the forwarder's note, the quoted header, the signature)
 * is not the pasted text; the pasted text's own title and byline are; the sending date is the source's.
 */
import { describe, expect, it } from 'vitest';
import { readInput } from '../../src/lib/ingest/read/index.ts';
import { analyseDocument, type Vocabulary } from '../../src/lib/ingest/document.ts';
import { loadRegionIndex } from '../../src/lib/node/region-index.ts';

const vocab: Vocabulary = { methods: [], themes: [], regions: loadRegionIndex() };
const para = (s: string) => `<div>&nbsp;&nbsp;&nbsp;&nbsp;${s}</div>`;
// Raw source 001 (永善), pasted into a forwarded mail as a mail client saves it; the mail around it is composed (××).
const mail = `<html><head><meta charset="utf-8"><title>转发：永善县经验材料</title></head><body>
<table class="mailhead"><tr><td><b>发件人：</b></td><td>"××县委组织部" &lt;zzb@example.com&gt;</td></tr>
<tr><td><b>发送时间：</b></td><td>2013年5月24日(星期五) 上午9:15</td></tr>
<tr><td><b>收件人：</b></td><td>"编辑部" &lt;bjb@example.com&gt;</td></tr>
<tr><td><b>主题：</b></td><td>转发：永善县经验材料</td></tr></table>
<hr>
<div>编辑部：</div><div>永善县报来的材料转给你们，附件打不开，正文贴在下面。</div>
<div>------------------&nbsp;原始邮件&nbsp;------------------</div>
<div><div><b>发件人:</b>&nbsp;"永善县政府办" &lt;ys@example.com&gt;</div><div><b>发送时间:</b>&nbsp;2013年5月23日 下午5:54</div><div><b>收件人:</b>&nbsp;"××县委组织部"</div><div><b>主题:</b>&nbsp;经验材料</div></div>
<div style="text-align:center"><b>做群众工作的几点体会</b></div>
<div style="text-align:center">永善县政府办党总支书记　肖文杰</div>
${para('十八大报告指出：坚持以人为本、执政为民，始终保持党同人民群众的血肉联系。结合这些年农村工作的实践，做好群众工作应该把握好以下“四个方面”。')}
${para('一是要找准着力点。做群众工作丝毫不能松懈，丝毫不能掉以轻心。群众的期盼必须长期关注，惠民的政策必须长期坚持。')}
${para('总之，要牢固树立一切为了群众、一切依靠群众的为民观点，任何时候都要把人民利益放在第一位。')}
<div>--</div><div>永善县政府办</div><div>电话：0870-xxxxxxx</div>
</body></html>`;

describe('a mail saved as a web page', () => {
  it('drafts the pasted text under its own title and byline; the mail is reported; the sending date is the source’s', async () => {
    const read = await readInput('mail.html', new TextEncoder().encode(mail));
    const doc = analyseDocument(read.text, vocab, read.meta, { headings: read.headings, bornDigital: true, markedParagraphs: true });
    expect(doc.drafts.map((d) => [d.title, d.authors.map((a) => a.name)])).toEqual([['做群众工作的几点体会', ['肖文杰']]]);
    const body = doc.drafts[0]!.raw.join('\n');
    for (const furniture of ['zzb@example.com', '附件打不开', '原始邮件', '经验材料', '0870']) expect(body).not.toContain(furniture);
    expect(read.meta.date).toBe('2013-05-24');
    const reported = (read.left ?? []).map((b) => b.text).join('\n');
    for (const furniture of ['2013年5月24日', '附件打不开', '原始邮件', 'ys@example.com', '0870']) expect(reported).toContain(furniture);
  });
});
