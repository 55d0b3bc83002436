/**
 * Markdown: the YAML front matter (title, author, source/publication, url,
 * date) read into metadata and its lines blanked, so every other line keeps
 * its number in the file; ATX `#` headings listed with their level (the
 * markers stay in the text). A note as notes apps store it (Obsidian and the
 * like) states its title only in the front matter and has no `#` headline:
 * that title is the headline, set on the front matter's own title line, so
 * the note's `##` heads stay its section heads.
 */
import { parse as parseYaml } from 'yaml';
import { dateIn } from '../dates.ts';
import { decodeDocument, DecodeError } from '../decode.ts';
import type { ExtractedDocument } from '../extracted.ts';

const FIRST = (v: unknown): string | undefined => {
  if (Array.isArray(v)) return v.map(FIRST).filter(Boolean).join('、') || undefined;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'string' || typeof v === 'number') return String(v).trim() || undefined;
  if (v && typeof v === 'object' && 'name' in v) return FIRST((v as { name: unknown }).name);
  return undefined;
};

const TITLE_KEY = /^(?:title|标题)\s*:/u;

/**
 * The title a Markdown file's front matter states on line `n` (1-based), when that line is the front matter's
 * title line: what a draft's source.titleLine points at where the note prints no headline of its own.
 */
export function frontMatterTitleAt(lines: readonly string[], n: number): string | undefined {
  if (!/^---\s*$/.test(lines[0] ?? '') || !TITLE_KEY.test(lines[n - 1] ?? '')) return undefined;
  const end = lines.findIndex((l, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(l));
  if (end < n) return undefined;
  try {
    const value = parseYaml(lines[n - 1]!) as Record<string, unknown>;
    return FIRST(value.title ?? value['标题']);
  } catch {
    return undefined;
  }
}

export function readMarkdown(file: string, bytes: Uint8Array): ExtractedDocument {
  const { text, encoding } = decodeDocument(bytes, file);
  const lines = text.split('\n');
  const meta: ExtractedDocument['meta'] = {};
  const dropped: Record<string, number> = {};
  let bodyFrom = 0;
  /** The front matter line stating the title (0-based), when it states one. */
  let titleAt = -1;
  if (/^---\s*$/.test(lines[0] ?? '')) {
    const end = lines.findIndex((l, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(l));
    if (end > 0) {
      let data: unknown;
      try {
        data = parseYaml(lines.slice(1, end).join('\n'));
      } catch (error) {
        const line = (error as { linePos?: Array<{ line: number }> }).linePos?.[0]?.line;
        throw new DecodeError(`${file}:${line ? line + 1 : 2}: the front matter is not valid YAML (${(error as Error).message.split('\n')[0]}); fix it or remove the --- block`);
      }
      if (data && typeof data === 'object' && !Array.isArray(data)) {
        const d = data as Record<string, unknown>;
        const pick = (...keys: string[]) => keys.map((k) => FIRST(d[k])).find(Boolean);
        const title = pick('title', '标题');
        if (title) {
          meta.title = title;
          titleAt = lines.findIndex((_, i) => frontMatterTitleAt(lines, i + 1) === title);
        }
        const author = pick('author', 'authors', '作者');
        if (author) meta.author = author;
        const publication = pick('source', 'publication', 'publisher', '来源');
        if (publication) meta.publication = publication;
        const url = pick('url', 'link', 'source_url', 'original_url');
        if (url) meta.url = url;
        const date = pick('date', 'published', '日期');
        const stated = date && dateIn(date);
        if (stated) meta.date = stated;
        const editor = pick('editor', '编辑', '责编');
        if (editor) meta.staff = `编辑：${editor}`;
      }
      for (let i = 0; i <= end; i++) lines[i] = '';
      dropped['front matter lines'] = end + 1;
      bodyFrom = end + 1;
    }
  }
  const headings: ExtractedDocument['headings'] = [];
  let fence = false;
  for (let i = bodyFrom; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^\s{0,3}(```|~~~)/.test(line)) fence = !fence;
    const h = !fence && /^\s{0,3}(#{1,6})\s+\S/.exec(line);
    if (h) headings.push({ line: i + 1, level: h[1]!.length, cue: 'declared' });
  }
  if (titleAt > 0 && !headings.some((h) => h.level === 1)) {
    lines[titleAt] = `# ${meta.title}`;
    headings.unshift({ line: titleAt + 1, level: 1, cue: 'declared' });
  }
  return { format: 'markdown', text: lines.join('\n'), extracted: false, encoding, meta, headings, dropped };
}
