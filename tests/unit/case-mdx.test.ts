import { describe, expect, it } from 'vitest';
import { parseCaseSource } from '../../src/lib/case-mdx.ts';
import { escapeMdxText, isSectionHeading } from '../../src/lib/mdx-text.ts';

const hostile = [
  '群众说{alert(1)}不行',
  '<script>alert("x")</script>这是原文',
  "import fs from 'node:fs'",
  'export const a = 1',
  '# 不是标题',
  '1. 不是列表',
  '- 不是列表',
  '> 不是引用',
  '`反引号` 和 *星号* 和 _下划线_ 和 [方括号](x)',
  '反斜杠\\不是转义',
  '<Commentary />组件',
  '&amp; 与 &#x41; 不是实体',
];

describe('escapeMdxText', () => {
  it.each(hostile)('writes %j so that MDX reads back the same text as one paragraph', (text) => {
    const parsed = parseCaseSource(`---\ntitle: t\n---\n\n${escapeMdxText(text)}\n`);
    expect(parsed.blockTypes).toEqual(['paragraph']);
    expect(parsed.blocks).toEqual([text]);
  });
});

describe('parseCaseSource', () => {
  it('names the file when the MDX does not parse', () => {
    expect(() => parseCaseSource('---\ntitle: t\n---\n\n群众{未闭合\n', 'content/cases/bad.mdx')).toThrow(/content\/cases\/bad\.mdx: MDX does not parse/);
  });
  it('requires frontmatter', () => {
    expect(() => parseCaseSource('正文', 'x.mdx')).toThrow(/x\.mdx: no YAML frontmatter/);
  });
});

describe('isSectionHeading', () => {
  it('recognises 一、… headings and not sentences', () => {
    expect(isSectionHeading('一、强化宗旨意识，树立群众观点')).toBe(true);
    expect(isSectionHeading('一是要找准着力点。做群众工作')).toBe(false);
    expect(isSectionHeading('二、坚持带头示范。然后是正文')).toBe(false);
  });
});
