// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import tailwindcss from '@tailwindcss/vite';
import remarkCommentary from './src/plugins/remark-commentary.ts';
import remarkParagraphIds from './src/plugins/remark-paragraph-ids.ts';
import remarkCollation from './src/plugins/remark-collation.ts';

// Order matters: the commentary aside must exist before paragraphs are
// numbered, and collation notes are placed by paragraph number.
export const remarkPlugins = [remarkCommentary, remarkParagraphIds, remarkCollation];

export default defineConfig({
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    processor: unified({ remarkPlugins, smartypants: false, gfm: false }),
  },
  integrations: [mdx()],
  vite: { plugins: [tailwindcss()] },
});
