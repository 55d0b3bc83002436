/**
 * The remark plugins on fixtures, read the way the site reads a case file
 * (remark-parse + caseSyntaxPlugins: MDX's syntax, code refused) and turned
 * mdast → hast → HTML. Each fixture folder holds input.mdx and
 * the expected output.html; `UPDATE_FIXTURES=1` rewrites outputs for review.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { unified, type PluggableList } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import { parse as parseYaml } from 'yaml';
import remarkCommentary from '../../src/plugins/remark-commentary.ts';
import remarkParagraphIds from '../../src/plugins/remark-paragraph-ids.ts';
import remarkCollation, { CollationError } from '../../src/plugins/remark-collation.ts';
import { caseRemarkPlugins, caseSyntaxPlugins } from '../../src/plugins/index.ts';
import { TextOnlyError } from '../../src/plugins/remark-text-only.ts';
import remarkMethodLinks from '../../src/plugins/remark-method-links.ts';
import remarkHeadingWords from '../../src/plugins/remark-heading-words.ts';
import { methodSpellings } from '../../src/lib/methods.ts';

const FIXTURES = path.resolve('tests/fixtures/plugins');

const pipelines: Record<string, PluggableList> = {
  commentary: [remarkCommentary],
  'paragraph-ids': [remarkParagraphIds],
  'heading-words': [remarkParagraphIds, remarkHeadingWords],
  collation: [remarkCommentary, remarkParagraphIds, remarkCollation],
  'collation-missing-anchor': [remarkCommentary, remarkParagraphIds, remarkCollation],
  'collation-omissions': [remarkCommentary, remarkParagraphIds, remarkCollation],
  'case-pipeline': caseRemarkPlugins([{ id: 'minqing-riji', terms: ['民情日记'], url: '/methods/minqing-riji/', definition: '干部记录民情。' }]),
  'method-links': [remarkCommentary, remarkParagraphIds, remarkCollation, [remarkMethodLinks, { methods: [
    { id: 'minqing-riji', terms: ['民情日记', '民情台账'], url: '/methods/minqing-riji/', definition: '干部记录民情。' },
    { id: 'youjiang-piping', terms: ['有奖批评'], url: '/methods/youjiang-piping/', definition: '花钱买批评。' },
    { id: 'x', terms: methodSpellings({ name: '卡', aliases: [] }), url: '/methods/x/', definition: '一字别名不链接。' },
  ] }]],
};

async function run(name: string): Promise<string> {
  const source = readFileSync(path.join(FIXTURES, name, 'input.mdx'), 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n/.exec(source)!;
  const file = new VFile({
    path: `tests/fixtures/plugins/${name}/input.mdx`,
    value: source.slice(match[0].length),
    data: { astro: { frontmatter: parseYaml(match[1]!) } },
  });
  const processor = unified()
    .use(remarkParse)
    .use(caseSyntaxPlugins)
    .use(pipelines[name]!)
    .use(remarkRehype)
    .use(rehypeStringify);
  return String(await processor.process(file)).trim() + '\n';
}

describe.each(readdirSync(FIXTURES).filter((n) => existsSync(path.join(FIXTURES, n, 'output.html'))))('fixture %s', (name) => {
  it('renders the expected HTML', async () => {
    const actual = await run(name);
    const expectedFile = path.join(FIXTURES, name, 'output.html');
    if (process.env.UPDATE_FIXTURES) writeFileSync(expectedFile, actual);
    expect(actual).toBe(readFileSync(expectedFile, 'utf8'));
  });
});

describe('remark-collation', () => {
  it('fails with the file, note number and missing text when an anchor is not in its paragraph', async () => {
    await expect(run('collation-missing-anchor')).rejects.toThrow(CollationError);
    await expect(run('collation-missing-anchor')).rejects.toThrow(
      'tests/fixtures/plugins/collation-missing-anchor/input.mdx: collation note 1 (correct): "入户" not found in p1',
    );
  });
});

describe('remark-text-only', () => {
  const read = (body: string) =>
    unified()
      .use(remarkParse)
      .use(caseSyntaxPlugins)
      .use(remarkRehype)
      .use(rehypeStringify)
      .process(new VFile({ path: 'cases/x.mdx', value: body }));

  it.each([
    ['a JSX element', '第一段。\n\n第二段有<b>粗体</b>。\n', 'cases/x.mdx:3:5: a JSX element'],
    ['a flow element', '<script>alert(1)</script>\n', 'cases/x.mdx:1:1: a JSX element'],
    ['an {expression}', '共{1 + 1}人。\n', 'cases/x.mdx:1:2: an {expression}'],
    ['an import/export statement', 'export const x = 1\n\n正文。\n', 'cases/x.mdx:1:1: an import/export statement'],
    ['an image', '图：![照片](a.png)\n', 'cases/x.mdx:1:3: an image'],
  ])('refuses %s, naming the file, line and column', async (_, body, message) => {
    await expect(read(body)).rejects.toThrow(TextOnlyError);
    await expect(read(body)).rejects.toThrow(message);
  });

  it('lets escaped < and { through as text', async () => {
    expect(String(await read('甲\\<乙\\{丙\\}。\n'))).toBe('<p>甲&#x3C;乙{丙}。</p>');
  });
});
