/**
 * The content loader of the cases collection: every `*.mdx` file under `base`
 * is read, its frontmatter validated with the collection's schema, and its body
 * rendered here, through the site's Markdown pipeline (MDX's syntax via
 * remark-mdx, then the case plugins; see astro.config.mjs).
 *
 * Why not `glob()`: a glob-loaded `.mdx` file becomes a JavaScript module that
 * Vite bundles, one per case. At 10,000 cases that bundling held most of the
 * build's memory and time. A case body is source text with no components
 * (remark-text-only refuses JSX and expressions), so its HTML can be made at
 * load time and stored, as Astro does for `.md`. Unlike `glob()`, a file that
 * cannot be read, parsed or rendered fails the build instead of being logged
 * and left empty; under `astro dev` it is logged and retried when it changes.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseFrontmatter, type MarkdownRenderer } from '@astrojs/markdown-remark';
import type { Loader, LoaderContext } from 'astro/loaders';
import { createCaseIdGenerator } from '../lib/case-id.ts';
import { isCaseFile, listCaseFiles } from '../lib/case-file.ts';

export interface CaseLoaderOptions {
  /** Folder that holds the case files (searched recursively for `*.mdx`). */
  base: string;
  /** How many files are rendered at once. Default: 8. */
  concurrency?: number;
}

export class CaseLoadError extends Error {}

// Listing lives beside the case-file reader so tools (check:content) need not load the renderer.
export { listCaseFiles } from '../lib/case-file.ts';

// Fatal: a file in another encoding fails instead of rendering as U+FFFD.
const UTF8 = new TextDecoder('utf-8', { fatal: true });

export function caseLoader(options: CaseLoaderOptions): Loader {
  const base = path.resolve(options.base);
  const concurrency = options.concurrency ?? 8;
  return {
    name: 'case-library:cases',
    load: async (context: LoaderContext) => {
      const { config, store, parseData, logger, watcher } = context;
      const root = fileURLToPath(config.root);
      const label = path.relative(process.cwd(), base);
      const generateId = createCaseIdGenerator(label);
      const fileToId = new Map<string, string>();
      let renderer: Promise<MarkdownRenderer> | undefined;

      const sync = async (entry: string) => {
        const where = `${label}/${entry}`;
        const filePath = path.join(base, entry);
        let source: string;
        const bytes = readFileSync(filePath);
        try {
          source = UTF8.decode(bytes);
        } catch {
          throw new CaseLoadError(`${where}: not UTF-8 text; save it as UTF-8 (npm run ingest converts GB18030 and GBK sources)`);
        }
        let parsed;
        try {
          // Blank lines in place of the frontmatter keep the body's line numbers
          // those of the file, so an error points at the right line.
          parsed = parseFrontmatter(source, { frontmatter: 'empty-with-lines' });
        } catch (error) {
          const { mark, reason } = error as { mark?: { line: number; column: number }; reason?: string };
          throw new CaseLoadError(`${where}${mark ? `:${mark.line + 1}:${mark.column + 1}` : ''}: frontmatter is not valid YAML: ${reason ?? (error as Error).message}`);
        }
        const { frontmatter, content } = parsed;
        const id = generateId({ entry });
        const data = await parseData({ id, data: frontmatter, filePath });
        // A case body has no code blocks or images to process; GFM and
        // smartypants are set on the processor itself.
        renderer ??= config.markdown.processor.createRenderer({ syntaxHighlight: false });
        const { code, metadata } = await (await renderer).render(content, { frontmatter, fileURL: pathToFileURL(filePath) });
        // No digest: the HTML depends on the plugins and the taxonomy as well as
        // on this file, and Astro keeps an entry whose digest is unchanged, so
        // a digest of the file alone would keep stale HTML across builds.
        store.set({
          id,
          data,
          body: content.trim(),
          filePath: path.relative(root, filePath).split(path.sep).join('/'),
          rendered: { html: code, metadata: { headings: metadata.headings, frontmatter: metadata.frontmatter } },
        });
        fileToId.set(filePath, id);
        return id;
      };

      const files = listCaseFiles(base);
      if (files.length === 0 && !watcher) throw new CaseLoadError(`no case files (*.mdx) in ${label}`);
      const loaded = new Set<string>();
      // Under `astro dev` a bad file is reported and the others still load; the
      // watcher retries it when it changes.
      const attempt = watcher
        ? (entry: string) =>
            sync(entry).catch((error: unknown) => {
              logger.error((error as Error).message);
              return undefined;
            })
        : sync;
      for (let i = 0; i < files.length; i += concurrency) {
        for (const id of await Promise.all(files.slice(i, i + concurrency).map(attempt))) if (id) loaded.add(id);
      }
      for (const id of store.keys()) if (!loaded.has(id)) store.delete(id);

      if (!watcher) return;
      watcher.add(base);
      const inBase = (file: string) => isCaseFile(path.relative(base, file).split(path.sep).join('/'));
      const forget = (file: string) => {
        const id = fileToId.get(file);
        if (id === undefined) return;
        store.delete(id);
        generateId.release(id);
        fileToId.delete(file);
      };
      const reload = async (file: string) => {
        if (!inBase(file)) return;
        const entry = path.relative(base, file).split(path.sep).join('/');
        try {
          const old = fileToId.get(file);
          const id = await sync(entry);
          if (old !== undefined && old !== id) {
            store.delete(old);
            generateId.release(old);
          }
          logger.info(`reloaded ${entry}`);
        } catch (error) {
          logger.error((error as Error).message);
        }
      };
      watcher.on('change', reload);
      watcher.on('add', reload);
      watcher.on('unlink', (file) => {
        if (inBase(file)) forget(file);
      });
    },
  };
}
