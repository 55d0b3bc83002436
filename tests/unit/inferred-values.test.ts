import { describe, expect, it } from 'vitest';
import { inferredNoteId, inferredValues } from '../../src/lib/library/inferred-values.ts';
import { realLibrary } from './real-library.ts';

describe('inferredValues', () => {
  const library = realLibrary();
  const byId = (id: string) => library.cases.find((c) => c.id === id)!;

  it('lists each inferred value of a case with what it is and the editors’ reason, in the order shown', () => {
    const values = inferredValues(byId('shijingshan-qunzhong-luxian'));
    expect(values.map((v) => v.key)).toEqual(['role-0', 'region', 'level']);
    expect(values[0]!.what).toBe('崔章程的身份“石景山区党代表”');
    expect(values[1]!.what).toBe('地区“北京市石景山区”');
    for (const v of values) expect(v.why.length).toBeGreaterThan(5);
    expect(inferredNoteId(values, 'level')).toBe('inferred-3');
  });

  it('lists nothing for a case whose values all stand in its text', () => {
    expect(inferredValues(byId('raoyang-yijiashi-lianxihu'))).toEqual([]);
  });
});
