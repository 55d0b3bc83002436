/**
 * Facts of particular pages that need no browser: what a page holds as built,
 * read with the parser the browser uses. These were end-to-end tests that only
 * loaded a page and read its markup (no script, no layout, no input), at about
 * a second each in Chromium under load; here each is a few milliseconds.
 * Text is compared as Playwright's toHaveText/toContainText compare it (the
 * DOM's textContent, whitespace collapsed), a link found by its accessible
 * name as getByRole finds it. What a reader sees or does on these pages stays
 * in tests/e2e.
 */
import { expect, it } from 'vitest';
import type { Element, Nodes } from 'hast';
import { all, attr, hasClass, is, one, page, readJson, text } from './dist.ts';

/** Text as Playwright's text assertions read it: textContent with whitespace collapsed. */
const shown = (el: Element) => text(el).replace(/\s+/g, ' ').trim();

/** A link's accessible name as getByRole reads it: its aria-label, else its text. */
const linkName = (el: Element) => attr(el, 'aria-label') ?? shown(el);

const link = (name: string) => (el: Element) => el.tagName === 'a' && linkName(el) === name;

const byId = (id: string) => (el: Element) => attr(el, 'id') === id;

it('the region tree shows province → city → county with counts', () => {
  const main = one(page('/regions/'), is('main'), 'main');
  // The first list item holding the province's own link: the province's item, its cities' items inside it.
  const hubei = one(main, (el) => el.tagName === 'li' && all(el, link('湖北省')).length > 0, 'the 湖北省 item');
  for (const line of ['湖北省（2 例）', '宜昌市（1 例）', '兴山县（1 例）']) expect(shown(hubei)).toContain(line);
});

it('/regions/ shows a tile map of all 34 provincial-level divisions, linked where there are cases', () => {
  const data = readJson<{ cases: Array<{ region: { names: Array<{ code: string }> } }> }>('/cases.json');
  const withCases = new Map<string, number>();
  for (const c of data.cases) {
    const province = c.region.names[0]!.code;
    withCases.set(province, (withCases.get(province) ?? 0) + 1);
  }
  const map = one(page('/regions/'), is(null, 'data-province-map'), '[data-province-map]');
  const cells = all(map, is(null, 'data-province'));
  expect(cells).toHaveLength(34);
  const codes = cells.map((cell) => attr(cell, 'data-province')!);
  expect(codes).toEqual(expect.arrayContaining(['11', '53', '65', '71', '81', '82']));
  for (const [i, code] of codes.entries()) {
    const links = all(cells[i]!, is('a'));
    if (withCases.has(code)) {
      expect(links, code).toHaveLength(1);
      expect(attr(links[0]!, 'href'), code).toBe(`/regions/${code}/`);
      expect(attr(links[0]!, 'aria-label'), code).toMatch(new RegExp(`${withCases.get(code)} 个案例$`));
    } else {
      expect(links, code).toHaveLength(0);
    }
  }
});

it('a case page puts the same method’s and the same province’s cases one click away', () => {
  const section = one(page('/cases/shijingshan-gucheng-si-ge-yixian/'), is(null, 'data-neighbours'), '[data-neighbours]');
  for (const [name, href] of [
    ['一线工作法', '/methods/yixian-gongzuofa/'],
    ['做群众工作的几点体会', '/cases/yongshan-qunzhong-gongzuo-tihui/'],
    ['北京市', '/regions/11/'],
  ]) {
    const links = all(section, link(name!));
    // getByRole's locator is strict: one link of that name, or the e2e assertion failed.
    expect(links, name).toHaveLength(1);
    expect(attr(links[0]!, 'href'), name).toBe(href);
  }
});

it('a tag the text only proposes is marked on the case and on the method page', () => {
  expect(all(page('/cases/xingshan-jiguan-dangyuan-diaocha/'), is(null, 'data-proposed'))).toHaveLength(3);
  const method = page('/methods/ganbu-xiafang/');
  const passage = one(method, (el) => attr(el, 'data-passage') === 'xingshan-jiguan-dangyuan-diaocha', 'the 兴山 passage');
  // Quoted in the editors' “…”, the text's own quotation marks go one level down (GB/T 15834).
  expect(shown(passage)).toContain('深入开展领导干部‘大下访’');
  const marks = all(passage, is(null, 'data-proposed'));
  expect(marks).toHaveLength(1);
  expect(shown(marks[0]!)).toBe('（文中仅作倡议，未述实行）');
  const yingshan = one(method, (el) => attr(el, 'data-passage') === 'yingshan-youjiang-piping', 'the 营山 passage');
  expect(all(yingshan, is(null, 'data-proposed'))).toHaveLength(0);
});

it("the original's own slip is kept as printed and noted 原文如此", () => {
  const tree = page('/cases/dongguan-dangdaibiao-gongzuoshi/');
  const p2 = one(tree, byId('p2'), '#p2');
  expect(all(p2, (el) => el.tagName === 'span' && hasClass(el, 'doubtful') && shown(el).includes('同事'))).toHaveLength(1);
  expect(shown(p2)).not.toContain('同时，坚持节约使用原则');
  expect(shown(one(tree, is(null, 'data-collation'), '[data-collation]'))).toContain('“同事”：原文如此。“事”当作“时”，音近而误。');
});

it('a lacuna is marked in the text and never filled in', () => {
  const tree = page('/cases/shanghai-quyuhua-dangjian/');
  const p1 = one(tree, byId('p1'), '#p1');
  const lacunae = all(p1, (el) => hasClass(el, 'lacuna'));
  expect(lacunae).toHaveLength(1);
  expect(shown(lacunae[0]!)).toBe('〔原文此处有脱文〕');
  expect(shown(p1)).toContain('长宁〔原文此处有脱文〕〔1〕做法基础上');
  expect(shown(one(tree, byId('jk-1'), '#jk-1'))).toContain('“全国人大代表、长宁”下有脱文');
});

/** The one element under `root` that `test` finds, as a strict Playwright locator demands. */
function single(root: Nodes, test: (el: Element) => boolean, label: string): Element {
  const found = all(root, test);
  expect(found, label).toHaveLength(1);
  return found[0]!;
}

it('/years/ lists cases by the years their texts state and by publication, unknown years not guessed', () => {
  const tree = page('/years/');
  const timeline = (value: string) => single(tree, (el) => attr(el, 'data-timeline') === value, `[data-timeline="${value}"]`);
  const practice = timeline('practice');
  expect(shown(single(practice, byId('practice-2012'), '#practice-2012'))).toContain('擦亮为民服务的窗口');
  expect(shown(single(practice, byId('practice-1998'), '#practice-1998'))).toContain('家有难题请找老李');
  const published = timeline('published');
  expect(all(single(published, byId('published-2013'), '#published-2013'), is('a'))).toHaveLength(3);
  const unknown = single(published, byId('published-unknown'), '#published-unknown');
  expect(all(unknown, is('a'))).toHaveLength(4);
  expect(shown(unknown)).toContain('原文未载日期');
});

it('a region page suggests places elsewhere in its province, then of its level in other provinces', () => {
  const nearby = single(page('/regions/430407/'), is(null, 'data-region-nearby'), '[data-region-nearby]');
  const group = (value: string) => single(nearby, (el) => attr(el, 'data-nearby') === value, `[data-nearby="${value}"]`);
  const [first] = all(group('province'), is('a'));
  expect(first && attr(first, 'href')).toMatch(/^\/regions\/43\d{0,4}\/$/);
  const elsewhere = all(group('level'), is('a')).map((a) => attr(a, 'href')!);
  expect(elsewhere.length).toBeGreaterThan(0);
  for (const href of elsewhere) {
    expect(href).toMatch(/^\/regions\/\d{6}\/$/);
    expect(href.startsWith('/regions/43'), href).toBe(false);
  }
});
