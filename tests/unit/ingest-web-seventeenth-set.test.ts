/**
 * The seventeenth held-out set of real pages (#23), imitated with minimal inputs: a reporter's filing place glued
 * between his name and 报道; a subtitle set under the headline, inside the headline's element or just below it; a
 * line titling a video player beside it. The annotated fixtures (make-real-pages17.ts) hold the whole layouts; these
 * are the rules' edges.
 */
import { describe, expect, it } from 'vitest';
import { parseAuthorLine } from '../../src/lib/ingest/case-start.ts';

const names = (line: string) => parseAuthorLine(line)?.map((a) => a.name);

describe('seventeenth real-page set: a filing place glued to the reporter’s name before 报道', () => {
  it('is cut when the division data names it a place', () => {
    expect(names('本报记者覃剑长沙报道')).toEqual(['覃剑']);
    expect(names('记者彭冲山东冠县报道')).toEqual(['彭冲']);
    expect(names('（记者陈静湖南衡阳报道）')).toEqual(['陈静']);
  });
  it('never cuts a name that no place follows, nor leaves less than a name before a place', () => {
    expect(names('本报记者王五报道')).toEqual(['王五']);
    expect(names('本报记者 肖文杰报道')).toEqual(['肖文杰']);
    // 海南 is a province's short name, but 张 alone is no name: the whole is the name.
    expect(names('记者张海南报道')).toEqual(['张海南']);
    expect(names('记者李长沙报道')).toEqual(['李长沙']);
  });
});
