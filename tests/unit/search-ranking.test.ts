/**
 * Ranking within a tier: a page holding the query in its title or text comes
 * before one holding it only in its tag list (the method tags are indexed
 * text too), whatever BM25 says. Fragments are fixtures shaped as Pagefind
 * gives them: a zero-width space after each word, paragraph anchors at word
 * locations (src/lib/node/search-index.ts).
 */
import { describe, expect, it } from 'vitest';
import { CaseSearch, heldOnlyInMetadata, type BackendResult, type FragmentData, type SearchBackend } from '../../src/lib/search/engine.ts';

/** A case fragment: title, metadata words, then one paragraph. */
function fragment(id: string, title: string, metadata: string[], paragraph: string[]): FragmentData {
  const words = [title, ...metadata, ...paragraph];
  const start = 1 + metadata.length;
  return {
    url: `/cases/${id}/`,
    content: words.join(''),
    raw_content: words.map((w) => `${w}\u200B`).join(''),
    meta: { title },
    filters: {},
    anchors: [
      { element: 'span', id: 'p1', text: '', location: start },
      { element: 'span', id: 'p1-end', text: '', location: start + paragraph.length },
    ],
  };
}

const pages: Record<string, FragmentData> = {
  tagged: fragment('tagged', '党代表工作室', ['服务热线', '网上办事'], ['党代表', '定期', '接待', '群众', '。']),
  body: fragment('body', '家有难题请找老李', ['服务热线'], ['开通', '老李', '服务热线', '。']),
  untagged: fragment('untagged', '擦亮窗口', ['网上办事'], ['设', '服务热线', '。']),
  titled: fragment('titled', '服务热线办实事', ['服务热线'], ['接听', '电话', '。']),
};

/** BM25 as a fixture: the tag-only page scores highest. */
const scores: Record<string, number> = { tagged: 9, titled: 5, body: 3, untagged: 1 };

const backend: SearchBackend = {
  async search(term) {
    const phrase = /^"(.*)"$/.exec(term ?? '')?.[1] ?? term ?? '';
    const ids = Object.keys(pages).filter((id) => pages[id]!.content.includes(phrase));
    return { results: ids.map((id): BackendResult => ({ id, score: scores[id]!, data: async () => pages[id]! })) };
  },
  async filters() {
    return {};
  },
};
const vocabulary = { methods: [{ name: '服务热线', url: '/methods/fuwu-rexian/', terms: ['服务热线'] }], practices: [], places: [], t2s: {} };

describe('heldOnlyInMetadata', () => {
  it('is true for a word only in the tag list, false for one in the title or a paragraph', () => {
    expect(heldOnlyInMetadata(pages.tagged!, ['服务热线'])).toBe(true);
    expect(heldOnlyInMetadata(pages.body!, ['服务热线'])).toBe(false);
    expect(heldOnlyInMetadata(pages.titled!, ['服务热线'])).toBe(false);
  });
  it('does not judge a word the page lacks (held by a place tag) or a page without paragraph anchors', () => {
    expect(heldOnlyInMetadata(pages.body!, ['濮阳'])).toBe(false);
    expect(heldOnlyInMetadata({ ...pages.tagged!, anchors: [] }, ['服务热线'])).toBe(false);
  });
});

describe('CaseSearch ranks text above tags within a tier', () => {
  it('puts the tag-only page last though BM25 ranks it first, BM25 ordering the rest', async () => {
    const out = await new CaseSearch(backend, vocabulary, (t) => [t]).search('服务热线');
    expect(out.results.map((r) => r.id)).toEqual(['titled', 'body', 'untagged', 'tagged']);
  });
});
