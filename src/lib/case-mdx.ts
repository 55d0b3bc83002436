/**
 * Reading a case MDX file back as data and plain text blocks, the way MDX
 * itself parses it (remark-parse + remark-mdx), for checks and tools that run
 * outside Astro. Browser-safe; reading the files from disk is node/case-files.ts.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { toString } from 'mdast-util-to-string';
import { parse as parseYaml } from 'yaml';
import type { Root } from 'mdast';
import { numberBlocks } from './edition.ts';

export interface CaseFile {
  frontmatter: Record<string, unknown>;
  /** Top-level blocks (paragraphs and headings) as plain text, in order. */
  blocks: string[];
  /** Node types found at the top level, for detecting stray markup. */
  blockTypes: string[];
}

export class CaseFileError extends Error {}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** The syntax tree of an MDX body, as MDX parses it (with source positions). */
export function bodyTree(body: string, label = 'case'): Root {
  try {
    return unified().use(remarkParse).use(remarkMdx).parse(body) as Root;
  } catch (error) {
    throw new CaseFileError(`${label}: MDX does not parse: ${(error as Error).message}`);
  }
}

/** Top-level blocks of an MDX body as plain text, with their node types. */
export function parseBody(body: string, label = 'case'): Pick<CaseFile, 'blocks' | 'blockTypes'> {
  const tree = bodyTree(body, label);
  return {
    blocks: tree.children.map((node) => toString(node)),
    blockTypes: tree.children.map((node) => node.type),
  };
}

/** A case file's front matter alone, without parsing its body (a tool reading only where cases come from). */
export function caseFrontmatter(source: string, label = 'case'): Record<string, unknown> {
  const match = FRONTMATTER.exec(source);
  if (!match) throw new CaseFileError(`${label}: no YAML frontmatter between --- lines`);
  return parseYaml(match[1] ?? '') as Record<string, unknown>;
}

export function parseCaseSource(source: string, label = 'case'): CaseFile {
  const frontmatter = caseFrontmatter(source, label);
  return { frontmatter, ...parseBody(source.slice(FRONTMATTER.exec(source)![0].length), label) };
}

/** Numbered paragraphs of a case body, as the page numbers them (the 【点评】 label is not numbered). */
export function caseParagraphs(body: string): Array<{ p: number; text: string }> {
  if (!body.trim()) return [];
  return numberBlocks(parseBody(body).blocks).flatMap((b) => (b.p === null ? [] : [{ p: b.p, text: b.text }]));
}
