/**
 * The content loader of the cases collection: every `*.mdx` file under `base`
 * is read, its frontmatter validated with the collection's schema, and its body
 * rendered once, here, through the site's Markdown pipeline (MDX's syntax via
 * remark-mdx, then the case plugins; see astro.config.mjs).
 *
 * Why not `glob()`: a glob-loaded `.mdx` file becomes a JavaScript module that
 * Vite bundles, one per case. At 10,000 cases that bundling held most of the
 * build's memory and time. A case body is source text with no components
 * (remark-text-only refuses JSX and expressions), so its HTML can be made at
 * load time and stored, as Astro does for `.md`. Unlike `glob()`, a body that
 * fails to render fails the build instead of being logged and left empty.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseFrontmatter, type MarkdownRenderer } from '@astrojs/markdown-remark';
import type { Loader, LoaderContext } from 'astro/loaders';
import { createCaseIdGenerator } from '../lib/case-id.ts';

export interface CaseLoaderOptions {
  /** Folder that holds the case files (searched recursively for `*.mdx`). */
  base: string;
  /** How many files are rendered at once. Default: 8. */
  concurrency?: number;
}

/** Case files under `base`, as paths relative to it, sorted. */
export function listCaseFiles(base: string): string[] {
  let names: string[];
  try {
    names = readdirSync(base, { recursive: true, encoding: 'utf8' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return names.filter((name) => name.endsWith('.mdx')).map((name) => name.split(path.sep).join('/')).sort();
}

// Fatal: a file in another encoding fails instead of rendering as U+FFFD.
const UTF8 = new TextDecoder('utf-8', { fatal: true });

export function caseLoader(options: CaseLoaderOptions): Loader {
  const base = path.resolve(options.base);
  const concurrency = options.concurrency ?? 8;
  return {
    name: 'case-library:cases',
    load: async (context: LoaderContext) => {
      const { config, store, parseData, logger, watcher } = context;
      const root = config.root.pathname;
      const label = path.relative(process.cwd(), base);
      const generateId = createCaseIdGenerator(label);
      const fileToId = new Map<string, string>();
      let renderer: Promise<MarkdownRenderer> | undefined;

      const sync = async (entry: string) => {
        const filePath = path.join(base, entry);
        let source: string;
        try {
          source = UTF8.decode(readFileSync(filePath));
        } catch {
          throw new Error(`${path.join(label, entry)}: not UTF-8 text; save it as UTF-8 (npm run ingest converts GB18030 and GBK sources)`);
        }
        // Blank lines in place of the frontmatter keep the body's line numbers
        // those of the file, so an error points at the right line.
        const { frontmatter, content } = parseFrontmatter(source, { frontmatter: 'empty-with-lines' });
        const id = generateId({ entry });
        const data = await parseData({ id, data: frontmatter, filePath });
        // A case body has no code blocks or images to process; GFM and
        // smartypants are set on the processor itself.
        renderer ??= config.markdown.processor.createRenderer({ syntaxHighlight: false });
        const { code, metadata } = await (await renderer).render(content, { frontmatter, fileURL: pathToFileURL(filePath) });
        store.set({
          id,
          data,
          body: content.trimStart(),
          filePath: path.relative(root, filePath).split(path.sep).join('/'),
          digest: context.generateDigest(source),
          rendered: { html: code, metadata: { headings: metadata.headings, frontmatter: metadata.frontmatter } },
        });
        fileToId.set(filePath, id);
        return id;
      };

      const files = listCaseFiles(base);
      if (files.length === 0) logger.warn(`no case files (*.mdx) in ${label}`);
      const loaded = new Set<string>();
      for (let i = 0; i < files.length; i += concurrency) {
        for (const id of await Promise.all(files.slice(i, i + concurrency).map(sync))) loaded.add(id);
      }
      for (const id of store.keys()) if (!loaded.has(id)) store.delete(id);

      if (!watcher) return;
      // `astro dev`: follow edits, new files and deletions.
      watcher.add(base);
      const inBase = (file: string) => file.startsWith(base + path.sep) && file.endsWith('.mdx');
      const reload = async (file: string) => {
        if (!inBase(file)) return;
        try {
          const old = fileToId.get(file);
          const id = await sync(path.relative(base, file));
          if (old && old !== id) store.delete(old);
          logger.info(`reloaded ${path.relative(base, file)}`);
        } catch (error) {
          logger.error(`${path.relative(base, file)}: ${(error as Error).message}`);
        }
      };
      watcher.on('change', reload);
      watcher.on('add', reload);
      watcher.on('unlink', (file) => {
        const id = fileToId.get(file);
        if (id) store.delete(id);
        fileToId.delete(file);
      });
    },
  };
}
