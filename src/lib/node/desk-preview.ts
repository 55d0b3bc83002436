/**
 * A draft's body as the case page renders it, for the desk's preview: the
 * site's own case pipeline (src/plugins: commentary aside, paragraph ids and
 * numbers, 校勘记 marks, method links), read the way astro.config.mjs reads a
 * case file, turned into HTML, and the 校勘记 list in the page's order and
 * words (collation-notes.ts). The rest of the page's frame (facts, citations,
 * related cases) is Astro's and is seen after publishing.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import { caseParagraphs, parseCaseSource } from '../case-mdx.ts';
import { describeCorrection, inReadingOrder, noteNumber, notePlace } from '../collation-notes.ts';
import { correctionSchema } from '../../schemas/correction.ts';
import { caseRemarkPlugins, caseSyntaxPlugins } from '../../plugins/index.ts';
import { cachedTaxonomy } from './library-cache.ts';

const FRONTMATTER = /^---\r?\n[\s\S]*?\r?\n---\r?\n?/;

/** The body of the draft `text` (file `file`) in the case page's HTML, method links from the taxonomy of `content`, and its 校勘记 as the page lists them. */
export async function previewBody(text: string, file: string, content: string): Promise<{ html: string; notes: string[] }> {
  const frontmatter = parseCaseSource(text, file).frontmatter;
  const value = text.replace(FRONTMATTER, '');
  const body = new VFile({ path: file, value, data: { astro: { frontmatter } } });
  // remark-text-only refuses markup, so every word of the body reaches the HTML as escaped text.
  const processor = unified().use(remarkParse).use(caseSyntaxPlugins).use(caseRemarkPlugins(cachedTaxonomy(content).terms)).use(remarkRehype).use(rehypeStringify);
  const html = String(await processor.process(body));
  const paragraphs = caseParagraphs(value);
  const corrections = (Array.isArray(frontmatter.corrections) ? frontmatter.corrections : []).map((c) => correctionSchema.parse(c));
  const notes = inReadingOrder(corrections, (p) => paragraphs.find((x) => x.p === p)?.text).map((c, i) => `${noteNumber(i + 1)} ${describeCorrection(c)}（${notePlace(c)}）`);
  return { html, notes };
}
