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

// A page saved in GB2312/GBK carries —— as two U+2015 (――): the horizontal bar a GB table maps the dash's code to.
describe('the ——subtitle dash, as a GB-encoded page gives it', () => {
  it('parts a run-on headline at ―― as at ——', () => {
    expect(splitDashedTitle('促进航天技术更好惠及人民――习近平主席致贺信为中拉深化航天合作指明方向')).toEqual({ title: '促进航天技术更好惠及人民', subtitle: '习近平主席致贺信为中拉深化航天合作指明方向' });
    expect(isDashedSubtitle('――××县探索服务群众新机制')).toBe(true);
  });
  it('keeps a single bar out', () => {
    expect(isDashedSubtitle('―××县')).toBe(false);
  });
});
