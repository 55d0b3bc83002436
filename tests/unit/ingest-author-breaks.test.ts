/**
 * Where ingest rejoins paragraphs and where an input's own marks are kept (#23, set 11): a web page's paragraphs
 * (<p>, <br><br>) are the author's breaks, so a paragraph ending without a stop is the author's (a head, a list
 * item, a writer who closes paragraphs without 。); a break is rejoined there only where the text itself shows the
 * cut. A plain-text capture's lines may be the capture's layout: there the missing stop is the evidence.
 */
import { describe, expect, it } from 'vitest';
import { ingestInput } from '../../src/lib/ingest/pipeline.ts';
import type { Vocabulary } from '../../src/lib/ingest/document.ts';
import { loadRegionIndex } from '../../src/lib/node/region-index.ts';
import { buildEdition } from '../../src/lib/edition.ts';

const vocab: Vocabulary = { methods: [], themes: [], regions: loadRegionIndex() };
const ingest = (name: string, text: string) => ingestInput(name, new TextEncoder().encode(text), vocab);
type DraftLike = { raw: string[]; corrections: Parameters<typeof buildEdition>[1] };
const joinsOf = (d: DraftLike) => d.corrections.filter((c) => c.type === 'join');
/** A draft's body as the edition prints it: its raw paragraphs with the recorded joins applied. */
const bodyOf = (d: DraftLike) => buildEdition(d.raw, d.corrections).map((b) => b.text);

const page = (title: string, paragraphs: string[]) => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/a">新闻</a></div>
<div class="article"><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</div>
<div class="footer">版权所有 © 2024 ××网 ICP备00000000号</div></body></html>`;

// A self-media writer's paragraphs: commas throughout, no stop at any paragraph's end.
const unstopped = [
  '那年春天，村里来了驻村工作队，队员们挨家挨户走访，把群众的难处一件件记在本子上，一住就是三年',
  '老支书说起这些年的变化，总是笑得合不拢嘴，路修通了，水引来了，孩子们上学再也不用翻山越岭',
  '说起工作队长，村民们都知道他来自河北，他们说他把这里当成了自己的家，有事总是第一个赶到',
  '如今工作队已经撤离，可村民们遇到难事，还是会拨通他的电话，电话那头总有回音',
];

describe('rejoin by the evidence of the input', () => {
  it("a web page's paragraphs that end without a stop stay the author's paragraphs: nothing joined, the place not read from the fourth", async () => {
    const r = await ingest('unstopped.html', page('驻村三年', unstopped));
    const d = r.doc.drafts[0]!;
    expect(joinsOf(d)).toEqual([]);
    expect(bodyOf(d)).toEqual(unstopped);
    expect(d.region).toBeUndefined();
  });

  it("a web page's section head with a comma and no stop stays a paragraph of its own", async () => {
    const head = '>>东部省份标准连续多年领先，中西部仍有上调空间';
    const text = ['据记者不完全统计，今年已有十个省份调整了最低工资标准。各地调整幅度不一。', head, '在对各地标准进行简单对比后，专家认为，中西部省份仍有上调空间。'];
    const d = (await ingest('head.html', page('各地最低工资标准调整了吗？', text))).doc.drafts[0]!;
    expect(joinsOf(d)).toEqual([]);
    expect(bodyOf(d)).toContain(head);
  });

  it("a web page's paragraph cut inside a sentence (its sentences close with stops, the last breaks off; or it ends at a comma) is still rejoined", async () => {
    const text = [
      '这种扩散式的联系方式，使每个党员都有固定的联系服务对象。这样，松散的群众被重新组织起来，村级党组织服务群众的作用落',
      '到了实处，群众满意度明显提高。',
      '在街道工作十年了，',
      '我们一直站在群众工作的第一线，倾听群众呼声。',
    ];
    const d = (await ingest('cut.html', page('一名党员联十户', text))).doc.drafts[0]!;
    expect(joinsOf(d)).toHaveLength(2);
    expect(bodyOf(d)).toEqual([text[0]! + text[1]!, text[2]! + text[3]!]);
  });

  it('a plain-text capture whose lines end without a stop is still rejoined there (its breaks may be the layout)', async () => {
    const lines = ['一名党员联十户', '这种扩散式的联系方式，使每个党员都有固定的联系服务对象。这样，松散的群众被重新组织起来，村级党组织服务群众的作用', '落到了实处，群众满意度明显提高。', '这一做法推行三年来，全县党员共联系群众一万余户，帮助解决实际困难两千多件。'];
    const text = lines.join('\n\n') + '\n';
    const d = (await ingest('capture.txt', text)).doc.drafts[0]!;
    expect(joinsOf(d)).toHaveLength(1);
    expect(bodyOf(d)[0]).toBe(lines[1]! + lines[2]!);
  });
});
