import { describe, expect, it } from 'vitest';
import { holdsDashedSubtitle, isDashedSubtitle, splitDashedTitle, withoutSubtitleDash } from '../../src/lib/ingest/dashed-subtitle.ts';
import { rawTitle } from '../../src/lib/node/content-checks.ts';

// Chromium's PDF text layer gives a typed —— as one character, U+2E3A (⸺, two-em dash), or U+2E3B (⸻) for a longer rule.
describe('the ——subtitle dash, as a PDF text layer gives it', () => {
  it('reads ⸺ and ⸻ opening a line as the dash pair', () => {
    expect(isDashedSubtitle('⸺湄潭县××镇探索服务群众新机制')).toBe(true);
    expect(isDashedSubtitle('⸻湄潭县××镇探索服务群众新机制')).toBe(true);
    expect(withoutSubtitleDash('⸺ 湄潭县××镇探索服务群众新机制')).toBe('湄潭县××镇探索服务群众新机制');
  });
  it('parts a run-on heading at ⸺ as at ——', () => {
    expect(holdsDashedSubtitle('群众点单⸺××镇的新机制')).toBe(true);
    expect(splitDashedTitle('群众点单⸺××镇的新机制')).toEqual({ title: '群众点单', subtitle: '××镇的新机制' });
  });
  it('lets the content check join a ⸺subtitle line to its title line', () => {
    expect(rawTitle(['群众点单', '', '⸺××镇的新机制', '', '正文。'], 1)).toEqual({ title: '群众点单——××镇的新机制', lines: [1, 3] });
  });
  it('keeps a single dash out', () => {
    expect(isDashedSubtitle('—湄潭县')).toBe(false);
  });
});
