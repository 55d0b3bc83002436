// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import tailwindcss from '@tailwindcss/vite';
import path from 'node:path';
import { caseRemarkPlugins, caseSyntaxPlugins } from './src/plugins/index.ts';
import sitemap from './src/integrations/sitemap.ts';
import { loadMethodTerms } from './src/lib/node/taxonomy.ts';
import { astroCacheDirOf } from './src/lib/node/astro-cache-dir.ts';

// A build pointed at another corpus (CONTENT_DIR: fixtures, the synthetic
// benchmark corpus) keeps its content cache apart from the real one.
const contentDir = process.env.CONTENT_DIR;
const cacheDir = contentDir ? astroCacheDirOf(contentDir) : undefined;

// Absolute URLs (canonical, Open Graph, feeds, sitemap) use the address the
// site is served from: set SITE_URL when building for a deployment.
const site = process.env.SITE_URL ?? 'http://127.0.0.1:4321';

/**
 * Vite wraps every dynamic import in a helper that preloads the imported
 * chunk's dependencies and CSS (0.7 KB gzip, loaded up front by every page
 * with a dynamic import). Ours need neither: the chunks are small, their
 * shared imports are already loaded, and their stylesheets come through
 * src/scripts/load-style.ts. The browser still loads each chunk's imports.
 * @type {import('vite').Plugin}
 */
const plainDynamicImports = {
  name: 'case-library:plain-dynamic-imports',
  enforce: 'pre',
  // The pages' scripts; the prerendering build has no preload helper.
  applyToEnvironment: (environment) => environment.config.consumer === 'client',
  load: (id) => (id === '\0vite/preload-helper.js' ? 'export const __vitePreload = (load) => load();' : undefined),
  // Loudly, if that stops being true: a lazily loaded chunk that imports CSS
  // would ship unstyled, and a renamed helper would come back unnoticed.
  generateBundle(_, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk') continue;
      if (chunk.isDynamicEntry && chunk.viteMetadata?.importedCss.size) this.error(`${chunk.fileName} is loaded on use and imports CSS: import it with ?url and add it with src/scripts/load-style.ts`);
      if (chunk.code.includes('vite:preloadError')) this.error(`${chunk.fileName} holds Vite's preload helper: its module id changed, update plainDynamicImports in astro.config.mjs`);
    }
  },
};

/** Shared by other pages' scripts, never run on a case page's first visit (see `codeSplitting` below). */
const SHARED_ELSEWHERE = /[\\/](?:uqr[\\/]|lib[\\/]trainer[\\/]qr\.ts|scripts[\\/]qr-svg\.ts|lib[\\/]compare[\\/]|lib[\\/]search[\\/]|scripts[\\/]search-engine\.ts|lib[\\/]short-code-format\.ts|lib[\\/]regions[\\/]divisions\.ts)/;

export default defineConfig({
  site,
  trailingSlash: 'always',
  ...(cacheDir ? { cacheDir } : {}),
  // No inline styles or scripts: the pages' Content-Security-Policy allows neither.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Case files are MDX, read with MDX's own syntax and rendered by the case
  // loader (src/loaders/case-loader.ts) through this pipeline.
  markdown: {
    processor: unified({
      remarkPlugins: [...caseSyntaxPlugins, ...caseRemarkPlugins(loadMethodTerms(path.resolve(contentDir ?? 'content')))],
      smartypants: false,
      gfm: false,
    }),
  },
  // The search index is built after this process exits (npm run build: scripts/build.ts).
  integrations: [sitemap()],
  // Code used by more than one page script goes into one shared chunk, so a
  // page loads its own script, that one and few more (a case page: 3 script
  // requests with public/display-init.js), not a file per module.
  // What a case page's first visit does not run stays out of it, so the most
  // visited page does not download it: code reached only through dynamic
  // imports (not `$initial`: presentation, read-aloud and the passage tool
  // share some) and SHARED_ELSEWHERE, the QR encoder (handout page,
  // presentation), the comparison table (search, compare, handout pages) and the
  // search engine with the place names and short-link codes it reads (search,
  // compare and 404 pages).
  // tests/static/first-visit.test.ts checks the result.
  vite: {
    plugins: [tailwindcss(), plainDynamicImports],
    build: {
      assetsInlineLimit: 0,
      rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'shared', minShareCount: 2, tags: ['$initial'], test: (id) => !SHARED_ELSEWHERE.test(id) }] } } },
    },
  },
});
