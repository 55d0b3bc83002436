/** A case draft → MDX text (frontmatter with the editors' to-do as comments, escaped body). */
import { stringify } from 'yaml';
import { pinyin } from 'pinyin-pro';
import { buildEdition, type EditionBlock } from '../edition.ts';
import { escapeMdxText, isSectionHeading } from '../mdx-text.ts';
import { ID_PATTERN } from '../ids.ts';
import { KINDS, LEVELS } from '../kinds.ts';
import type { Draft } from './document.ts';
import type { DocumentMeta } from './clean.ts';
import { shortPlaceName } from '../regions/divisions.ts';

/** A readable id: pinyin of the place's short name and the title's first words. */
export function draftId(draft: Draft, fallback: string): string {
  const leaf = draft.region?.leaf ?? '';
  const place = shortPlaceName(leaf) ?? leaf;
  const words = Array.from(draft.title.replace(/[^\p{Script=Han}]/gu, '')).slice(0, 4).join('');
  const slug = (text: string) => pinyin(text, { toneType: 'none', type: 'array', nonZh: 'removed' }).join('');
  const id = [slug(place), slug(words)].filter(Boolean).join('-').toLowerCase().replace(/[^a-z0-9-]/g, '');
  return ID_PATTERN.test(id) ? id : fallback;
}

export function renderDraft(draft: Draft, sourceId: string, meta: DocumentMeta = {}, edition: readonly EditionBlock[] = buildEdition(draft.raw, draft.joins)): string {
  const frontmatter: Record<string, unknown> = { title: draft.title };
  if (draft.subtitle) frontmatter.subtitle = draft.subtitle;
  if (draft.authors.length) frontmatter.authors = draft.authors;
  if (draft.region) {
    frontmatter.region = { code: draft.region.code, ...(draft.region.township ? { township: draft.region.township } : {}) };
  }
  frontmatter.methods = draft.methods.map((m) => m.id);
  frontmatter.themes = draft.themes.map((t) => t.id);
  frontmatter.source = { id: sourceId, lines: draft.lines, titleLine: draft.titleLine };
  if (draft.joins.length) frontmatter.corrections = draft.joins;
  const source = draft.meta ?? meta;
  const stated = [source.publication, source.date && `${source.date}${source.time ? ` ${source.time}` : ''}`, source.url, source.staff].filter(Boolean).join('；');
  const comments = [
    '# 草稿：由 npm run ingest 生成，编者审核、补全后移入 content/cases/。',
    `# 来源（原文所载，供 content/sources/sources.yaml）：${stated || '原文未载刊载处、日期和网址'}`,
    ...(draft.region ? [`# 地点：${draft.region.name}${draft.region.township ?? ''}（${draft.region.code}，据原文推定，请核对）`] : []),
    `# 待填：kind（${KINDS.join(' / ')}）、level（${LEVELS.join(' / ')}）、years、summary（不超过120字）、keyFigures。`,
    ...draft.methods.map((m) => `# 方法建议 ${m.name}（${m.id}）：原文作“${m.trigger}”`),
    ...draft.themes.map((t) => `# 领域建议 ${t.name}（${t.id}）：${t.trigger}`),
    ...draft.flags.map((f) => `# 待核：${f}`),
  ];
  const body = edition.map((b) => (isSectionHeading(b.text) ? `## ${escapeMdxText(b.text)}` : escapeMdxText(b.text))).join('\n\n');
  const yaml = stringify(frontmatter, { lineWidth: 0 });
  return `---\n${comments.map((c) => c.replace(/\r?\n/g, ' ')).join('\n')}\n${yaml}---\n\n${body}\n`;
}
