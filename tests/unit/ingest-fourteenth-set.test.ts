/**
 * Layouts of the fourteenth held-out set (#23), each by the principle it breaks, on small texts and fixtures made
 * the way the tools make them (never a copy of a held-out file).
 */
import { describe, expect, it } from 'vitest';
import { analyseDocument, type Vocabulary } from '../../src/lib/ingest/document.ts';
import { parseAuthorLine } from '../../src/lib/ingest/case-start.ts';
import { loadRegionIndex } from '../../src/lib/node/region-index.ts';

const vocab: Vocabulary = { methods: [], themes: [], regions: loadRegionIndex() };
const paras = (...ps: string[]) => ps.join('\n\n') + '\n';
const prose = '党员走访收集的问题统一登记进村级民情台账，实行收集、交办、办理、反馈闭环管理，群众满意率逐年提高。';

describe('a report signed by a unit’s research group', () => {
  it('reads the 课题组 line centred under the title as the signing unit: no subtitle, no author', () => {
    const hints = { headings: [{ line: 1, level: 1 }, { line: 3, level: 2, cue: 'emphasis' as const }] };
    const doc = analyseDocument(paras('关于湄潭县农村党员联系服务群众情况的调研报告', '中共湄潭县委组织部课题组', prose, prose.replace('党员', '干部')), vocab, {}, hints);
    expect(doc.drafts).toHaveLength(1);
    expect(doc.drafts[0]!.subtitle).toBeUndefined();
    expect(doc.drafts[0]!.authors).toEqual([]);
    expect(doc.left?.find((b) => b.text === '中共湄潭县委组织部课题组')?.role).toBe('byline');
  });
});

describe('a byline carrying a footnote’s reference', () => {
  it('names the author without the mark: the mark is the note’s', () => {
    expect(parseAuthorLine('龙秀英[1]')).toEqual([{ name: '龙秀英' }]);
    expect(parseAuthorLine('龙秀英①')).toEqual([{ name: '龙秀英' }]);
  });
});
