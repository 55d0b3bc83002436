import { describe, expect, it } from 'vitest';
import { citationGaps } from '../../src/lib/citation/case-reference.ts';
import type { CaseView } from '../../src/lib/library/types.ts';

const withSource = (source: Partial<CaseView['source']>) => ({ source }) as unknown as CaseView;

describe('citationGaps', () => {
  it('says a web original has no access date (jiahe: the page is known, the day it was captured is not)', () => {
    const gaps = citationGaps(withSource({ type: 'online', url: 'https://xc.rednet.cn/content/2013/11/18/4553425.html', date: '2013-11-18' }));
    expect(gaps).toHaveLength(1);
    expect(gaps[0]).toContain('引用日期不详');
  });
  it('says the address is missing instead where the capture lost it, and nothing about dates of print', () => {
    expect(citationGaps(withSource({ type: 'online' }))[0]).toContain('缺“获取和访问路径”');
    expect(citationGaps(withSource({ type: 'newspaper', date: '2013-05-23' }))).toEqual([]);
  });
});
