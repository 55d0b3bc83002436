/**
 * Reading a case MDX file back as data and plain text blocks, the way MDX
 * itself parses it (remark-parse + remark-mdx), for checks and tools that run
 * outside Astro, and the one listing of case files (the loader uses it too).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { toString } from 'mdast-util-to-string';
import { parse as parseYaml } from 'yaml';
import type { Root } from 'mdast';

export interface CaseFile {
  frontmatter: Record<string, unknown>;
  /** Top-level blocks (paragraphs and headings) as plain text, in order. */
  blocks: string[];
  /** Node types found at the top level, for detecting stray markup. */
  blockTypes: string[];
}

export class CaseFileError extends Error {}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Top-level blocks of an MDX body as plain text, with their node types. */
export function parseBody(body: string, label = 'case'): Pick<CaseFile, 'blocks' | 'blockTypes'> {
  let tree: Root;
  try {
    tree = unified().use(remarkParse).use(remarkMdx).parse(body) as Root;
  } catch (error) {
    throw new CaseFileError(`${label}: MDX does not parse: ${(error as Error).message}`);
  }
  return {
    blocks: tree.children.map((node) => toString(node)),
    blockTypes: tree.children.map((node) => node.type),
  };
}

export function parseCaseSource(source: string, label = 'case'): CaseFile {
  const match = FRONTMATTER.exec(source);
  if (!match) throw new CaseFileError(`${label}: no YAML frontmatter between --- lines`);
  const frontmatter = parseYaml(match[1] ?? '') as Record<string, unknown>;
  return { frontmatter, ...parseBody(source.slice(match[0].length), label) };
}

export function readCaseFile(file: string): CaseFile {
  return parseCaseSource(readFileSync(file, 'utf8'), file);
}

/**
 * Case files under `base`, as sorted paths relative to it: regular `*.mdx`
 * files, leaving out hidden names (editor lock files, `._*` copies, `.git`).
 */
export function listCaseFiles(base: string): string[] {
  let entries;
  try {
    entries = readdirSync(base, { recursive: true, withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(base, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .filter(isCaseFile)
    .sort();
}

/** Whether a path relative to the cases folder (with `/`) names a case file. */
export function isCaseFile(rel: string): boolean {
  return rel.endsWith('.mdx') && !rel.startsWith('../') && !rel.split('/').some((part) => part.startsWith('.'));
}
