/**
 * Astro integration: after the production build, index dist/ with Pagefind's
 * Node API (extended build, Chinese segmentation) and write dist/pagefind/.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

export interface PagefindIntegrationOptions {
  /** Language of the index. Default: `zh-cn` (jieba segmentation). */
  language?: string;
}

export default function pagefindIndex(options: PagefindIntegrationOptions = {}): AstroIntegration {
  const language = options.language ?? 'zh-cn';
  return {
    name: 'case-library:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const pagefind = await import('pagefind');
        const outDir = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: outDir });
        if (added.errors.length > 0) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${outDir.replace(/\/$/, '')}/pagefind` });
        if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
