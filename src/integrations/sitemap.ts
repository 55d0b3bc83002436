/**
 * Astro integration: after the build, list every HTML page written to dist/
 * in dist/sitemap.xml (see src/lib/sitemap.ts for what is left out).
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sitemapPaths, sitemapXml } from '../lib/open-data/sitemap.ts';

export default function sitemap(): AstroIntegration {
  let site: URL | undefined;
  return {
    name: 'case-library:sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (!config.site) throw new Error('sitemap: `site` must be set in astro.config (SITE_URL)');
        site = new URL(config.site);
      },
      'astro:build:start': ({ logger }) => {
        if (!process.env.SITE_URL) logger.warn(`SITE_URL is not set: canonical URLs, feeds, the sitemap and citations point to ${site!.origin}. Set it when building for a deployment.`);
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const files = readdirSync(outDir, { recursive: true, withFileTypes: true })
          .filter((e) => e.isFile())
          .map((e) => path.relative(outDir, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
        const paths = sitemapPaths(files);
        writeFileSync(path.join(outDir, 'sitemap.xml'), sitemapXml(paths, site!));
        logger.info(`sitemap.xml lists ${paths.length} pages`);
      },
    },
  };
}
