/** Names that tell a list's items apart (src/lib/item-names.ts), for the desk's 接受/拒绝 buttons. */
import { describe, expect, it } from 'vitest';
import { distinctNames } from '../../src/lib/item-names.ts';

describe('distinct item names', () => {
  // Trial 21: two buttons both named 拒绝 思考题（第2段）：“第2段说‘课后，宣讲人员…”.
  it('widens names two items share by their last words, and by number if those agree too; a name alone stays as it is', () => {
    const names = distinctNames([
      { short: '思考题（第2段）：“第2段说‘课后，宣讲人员…”', words: '第2段说“课后，宣讲人员把问题汇总”。哪些事可以当场办？' },
      { short: '思考题（第2段）：“第2段说‘课后，宣讲人员…”', words: '第2段说“课后，宣讲人员把问题汇总”。销号由谁说了算？' },
      { short: '教学目的：“以天堂寨镇为例…”', words: '以天堂寨镇为例，讨论宣讲。' },
      { short: '要点（第1段）：“同一句”', words: '同一句' },
      { short: '要点（第1段）：“同一句”', words: '同一句' },
    ]);
    expect(new Set(names).size).toBe(names.length);
    expect(names[0]).toContain('哪些事可以当场办？');
    expect(names[1]).toContain('销号由谁说了算？');
    expect(names[2]).toBe('教学目的：“以天堂寨镇为例…”');
    expect(names[3]).toMatch(/第 4 条/u);
  });
});
