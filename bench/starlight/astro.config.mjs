// @ts-check
// A stock Starlight site (the baseline of scripts/bench-starlight.ts): default
// theme, built-in Pagefind search, sidebar generated from the pages. Only the
// title, the language and the sidebar are set.
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  integrations: [
    starlight({
      title: '联系服务群众经验案例库',
      defaultLocale: 'root',
      locales: { root: { label: '简体中文', lang: 'zh-CN' } },
      sidebar: [{ label: '案例', items: [{ autogenerate: { directory: 'cases' } }] }],
    }),
  ],
});
