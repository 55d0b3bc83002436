/** The report's grouping of left blocks: readable, and nothing left out of it. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DROPPED_KIND_ROLES, droppedByRole } from '../../src/lib/ingest/dropped-kinds.ts';
import { BLOCK_ROLES, groupLeftBlocks, type LeftBlock } from '../../src/lib/ingest/left-blocks.ts';

const menu = (text: string): LeftBlock => ({ role: 'chrome', text, reason: '文章之外的页面文字（菜单、列表、页脚等），不是正文' });

describe('grouping the report', () => {
  it('a portal menu of hundreds of items is one group with every item, its count and its reasons', () => {
    const items = Array.from({ length: 300 }, (_, i) => menu(`栏目${i + 1}`));
    const blocks: LeftBlock[] = [...items, { role: 'chrome', text: '网站地图 | 联系我们', reason: '页脚（版权、备案、转载声明等），不是正文' }];
    const groups = groupLeftBlocks(blocks);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.blocks).toEqual(blocks);
    expect(groups[0]!.reasons).toEqual([
      { reason: '文章之外的页面文字（菜单、列表、页脚等），不是正文', count: 300 },
      { reason: '页脚（版权、备案、转载声明等），不是正文', count: 1 },
    ]);
  });
  it('page furniture of several kinds in a row is one group; a dateline stays in sight', () => {
    const blocks: LeftBlock[] = [menu('首页'), { role: 'pagination', text: '上一页 1 2 下一页', reason: '分页导航，不是正文' }, { role: 'dateline', text: '2019-09-07 15:05 来源：中新网', reason: '出处、作者、发布时间等信息行，所载信息记入来源条目，不是正文' }, menu('相关推荐')];
    expect(groupLeftBlocks(blocks).map((g) => [g.roles, g.blocks.length])).toEqual([
      [['chrome', 'pagination'], 2],
      [['dateline'], 1],
      [['chrome'], 1],
    ]);
  });
  it('page numbers of every page are one group; another role or a line of the text starts a new one', () => {
    const pages: LeftBlock[] = [1, 2, 3].map((n) => ({ role: 'running-head', text: `— ${n} —`, reason: `第${n}页：页码，不是正文` }));
    const byline: LeftBlock = { role: 'byline', text: '崔章程', line: 3, reason: '→ 草稿的作者' };
    const groups = groupLeftBlocks([...pages, { role: 'caption', text: '图为…', reason: '图片说明，不是正文' }, byline, { ...byline, line: 9 }]);
    expect(groups.map((g) => [g.roles, g.blocks.length])).toEqual([
      [['running-head'], 3],
      [['caption'], 1],
      [['byline'], 1],
      [['byline'], 1],
    ]);
    expect(groups[0]!.reasons).toEqual([{ reason: '第#页：页码，不是正文', count: 3 }]);
    expect(groups.flatMap((g) => g.blocks)).toHaveLength(6);
  });
});

describe('what was dropped, in the roles’ words', () => {
  it('names every kind a module of the ingest counts by a role, and totals kinds of one role', () => {
    // Every literal kind written into a `dropped` count under src/lib/ingest (chrome and PDF-furniture kinds are typed by CHROME_ROLE and FURNITURE_ROLE).
    const files = readdirSync('src/lib/ingest', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    const kinds = new Set<string>();
    for (const f of files) {
      const text = readFileSync(path.join('src/lib/ingest', f), 'utf8');
      for (const m of text.matchAll(/dropped\[['"]([^'"]+)['"]\]|dropped\.([a-z]\w*) =|dropped: [^{\n]*\{ ['"]([^'"]+)['"]:|[lL]eave = \(text: string, kind: ChromeKind \| ((?:['"][^'"]+['"](?: \| )?)+)/g)) {
        for (const k of m.slice(1).filter(Boolean).flatMap((x) => x.split(' | ').map((s) => s.replace(/^['"]|['"]$/g, '')))) kinds.add(k);
      }
    }
    expect(kinds).toEqual(new Set(['page-chrome', 'contents', 'page-number', 'running-head', 'running heads', 'front matter lines', 'page text outside the article', 'byline', 'repeated header rows', 'rotated text']));
    for (const k of kinds) expect(DROPPED_KIND_ROLES[k], k).toBeDefined();
    expect(droppedByRole({ 'page-chrome': 1, contents: 4, 'page-number': 2, 'running-head': 3 })).toEqual([
      { label: BLOCK_ROLES.chrome, count: 1 },
      { label: BLOCK_ROLES.contents, count: 4 },
      { label: BLOCK_ROLES['running-head'], count: 5 },
    ]);
  });
  it('keeps a kind no role claims, by its own name, flagged', () => {
    expect(droppedByRole({ 'new kind': 2 })).toEqual([{ label: `${BLOCK_ROLES.unknown}（new kind）`, count: 2 }]);
  });
});
