/**
 * The /search/ page: runs the search named by the URL on load, keeps the URL in
 * step with the box and the filters (typing replaces the history entry, a
 * submit or a filter change adds one, Back restores), renders results as DOM
 * nodes with textContent only. Pagefind and the vocabulary load on the first search.
 */
import { CaseSearch, type ActiveFilters, type FragmentData, type RankedResult, type SearchBackend, type SearchVocabulary } from '../lib/search/engine.ts';
import { FACET_NAMES } from '../lib/search/facets.ts';
import { bestParagraphs, excerptSegments } from '../lib/search/snippet.ts';
import { suggest } from '../lib/search/suggest.ts';
import { SHARDS_FILE, shardPaths } from '../lib/search/shards.ts';
import { ROUTES } from '../lib/urls.ts';

const PAGE_SIZE = 10;

interface State {
  q: string;
  filters: ActiveFilters;
}

/** The part of Pagefind's module API this page uses. */
interface PagefindModule {
  createInstance(options: { basePath: string }): SearchBackend & {
    init(): Promise<void>;
    mergeIndex(basePath: string): Promise<void>;
    destroy(): Promise<void>;
  };
}

let engine: Promise<{ search: CaseSearch; vocabulary: SearchVocabulary }> | undefined;

function loadEngine() {
  engine ??= (async () => {
    const pagefindUrl = '/pagefind/pagefind.js';
    const json = (url: string, what: string, init?: RequestInit) =>
      fetch(url, init).then((r) => {
        if (!r.ok) throw new Error(`${what}: HTTP ${r.status}`);
        return r.json() as Promise<unknown>;
      });
    const [pagefind, vocabulary, shards] = await Promise.all([
      import(/* @vite-ignore */ pagefindUrl) as Promise<PagefindModule>,
      json('/search-vocab.json', 'search vocabulary') as Promise<SearchVocabulary>,
      // Revalidated: after a redeploy a cached list could name shards that are gone.
      json(`/${SHARDS_FILE}`, 'search index shards', { cache: 'no-cache' }).then(shardPaths),
    ]);
    // A fresh instance per attempt: a shard that failed to merge stays inside
    // the instance, so a retry must not reuse it.
    const instance = pagefind.createInstance({ basePath: '/pagefind/' });
    try {
      await instance.init();
      // A large library's index is split in shards (src/lib/node/search-index.ts).
      await Promise.all(shards.map((basePath) => instance.mergeIndex(basePath)));
    } catch (error) {
      await instance.destroy();
      throw error;
    }
    return { search: new CaseSearch(instance, vocabulary), vocabulary };
  })();
  // A failed load (network) is tried again on the next search, not cached.
  engine.catch(() => {
    engine = undefined;
  });
  return engine;
}

function readState(): State {
  const params = new URLSearchParams(location.search);
  const filters: ActiveFilters = {};
  for (const name of FACET_NAMES) {
    const v = params.get(name);
    if (v) filters[name] = v;
  }
  return { q: params.get('q') ?? '', filters };
}

function stateUrl(state: State): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const name of FACET_NAMES) {
    const v = state.filters[name];
    if (v) params.set(name, v);
  }
  const query = params.toString();
  return query ? `${ROUTES.search}?${query}` : ROUTES.search;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: { className?: string; text?: string; href?: string } = {}, ...children: Node[]) {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  if (props.href !== undefined) (node as HTMLAnchorElement).href = props.href;
  node.append(...children);
  return node;
}

function excerptNode(text: string, words: string[]): HTMLElement {
  const p = el('p', { className: 'mt-1 text-[0.95rem] text-stone-800' });
  for (const seg of excerptSegments(text, words)) {
    p.append(seg.mark ? el('mark', { className: 'bg-yellow-200 text-inherit', text: seg.text }) : document.createTextNode(seg.text));
  }
  return p;
}

function resultNode(data: FragmentData, query: string, words: string[]): HTMLLIElement {
  const caseUrl = data.url;
  const hits = bestParagraphs(data.anchors, query, words);
  const best = hits[0];
  const li = el('li', { className: 'rounded-lg border border-stone-200 bg-white p-4' });
  li.setAttribute('data-search-result', '');
  const title = el('a', { className: 'text-lg font-bold', text: data.meta.title ?? caseUrl, href: best ? `${caseUrl}#${best.id}` : caseUrl });
  li.append(el('h2', { className: 'text-lg leading-snug' }, title));
  const info = [data.meta.place, ...(data.filters.kind ?? [])].filter(Boolean).join(' · ');
  if (info) li.append(el('p', { className: 'text-sm text-stone-700', text: info }));
  const methods = data.filters.method ?? [];
  if (methods.length > 0) {
    const tags = el('p', { className: 'mt-1 flex flex-wrap gap-1.5' });
    for (const m of methods) {
      const tag = el('span', { className: `tag tag-method${words.includes(m) ? ' font-bold' : ''}`, text: m });
      tags.append(tag);
    }
    li.append(tags);
  }
  li.append(excerptNode(best ? best.text : data.meta.summary ?? data.content, words));
  if (hits.length > 0) {
    const list = el('p', { className: 'mt-1 text-sm' }, document.createTextNode('相关段落：'));
    hits.forEach((h, i) => {
      if (i > 0) list.append(document.createTextNode('、'));
      list.append(el('a', { text: `第${h.n}段`, href: `${caseUrl}#${h.id}` }));
    });
    li.append(list);
  }
  return li;
}

export function startSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
  const input = form.querySelector<HTMLInputElement>('[data-search-input]')!;
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
  const status = document.querySelector<HTMLElement>('[data-search-status]')!;
  const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = document.querySelector<HTMLElement>('#search-more')!;
  const help = document.querySelector<HTMLElement>('[data-search-help]')!;
  const suggestions = document.querySelector<HTMLElement>('#search-suggestions')!;
  const labels = new Map(selects.map((s) => [s, new Map([...s.options].map((o) => [o.value, o.textContent ?? o.value]))]));
  let generation = 0;
  // The page says search needs JavaScript until this script runs.
  document.querySelector('[data-search-nojs]')?.remove();

  const currentState = (): State => {
    const filters: ActiveFilters = {};
    for (const s of selects) if (s.value) filters[s.dataset.filter!] = s.value;
    return { q: input.value, filters };
  };

  const showState = (state: State) => {
    input.value = state.q;
    for (const s of selects) {
      const v = state.filters[s.dataset.filter!] ?? '';
      // A value the library does not have (hand-edited URL) is shown as "all".
      s.value = [...s.options].some((o) => o.value === v) ? v : '';
    }
  };

  const render = async (state: State) => {
    const mine = ++generation;
    const hasFilters = Object.values(state.filters).some(Boolean);
    if (!state.q.trim() && !hasFilters) {
      list.replaceChildren();
      more.replaceChildren();
      help.classList.add('hidden');
      status.textContent = '输入检索词，或选择筛选条件。';
      return;
    }
    status.textContent = '正在检索…';
    delete form.dataset.counts;
    let loaded;
    try {
      loaded = await loadEngine();
    } catch (error) {
      status.textContent = `检索功能加载失败（${(error as Error).message}）。可改用上方的浏览页面。`;
      return;
    }
    let outcome;
    try {
      outcome = await loaded.search.search(state.q, state.filters);
    } catch (error) {
      if (mine === generation) status.textContent = `检索出错（${(error as Error).message}），请重试，或改用浏览页面。`;
      return;
    }
    if (mine !== generation) return;
    list.replaceChildren();
    more.replaceChildren();
    const total = outcome.results.length;
    const queryLabel = outcome.query ? `“${outcome.query}”` : '所选条件';
    const notes = `${outcome.complete ? '' : '（没有同时包含所有检索词的案例，以下案例包含其中一部分）'}${outcome.truncated ? '（检索词过长，只用了前100个字）' : ''}`;
    // Nothing, or only partial matches: offer close names and the browse pages.
    help.classList.toggle('hidden', total > 0 && outcome.complete);
    suggestions.replaceChildren();
    if (total === 0 || !outcome.complete) {
      const items = suggest(outcome.query, loaded.vocabulary);
      if (items.length > 0) {
        const ul = el('ul', { className: 'flex flex-wrap gap-2' });
        for (const s of items) ul.append(el('li', {}, el('a', { className: 'tag', text: `${s.kind === 'method' ? '方法' : '地区'}：${s.label}`, href: s.url })));
        suggestions.append(el('p', { text: '名称相近的方法和地区：' }), ul);
      }
    }
    if (total === 0) {
      status.textContent = `${queryLabel}没有找到案例${notes}。`;
      void showCounts(outcome, mine);
      return;
    }
    const showFrom = async (start: number) => {
      const slice: RankedResult[] = outcome.results.slice(start, start + PAGE_SIZE);
      const datas = await Promise.all(slice.map((r) => r.data()));
      if (mine !== generation) return;
      for (const data of datas) list.append(resultNode(data, outcome.query, outcome.words));
      more.replaceChildren();
      if (start + PAGE_SIZE < total) {
        const button = el('button', { className: 'rounded-md border border-stone-400 px-3 py-1', text: `显示更多（还有 ${total - start - PAGE_SIZE} 个）` });
        button.type = 'button';
        button.addEventListener('click', () => void showFrom(start + PAGE_SIZE));
        more.append(button);
      }
    };
    await showFrom(0);
    // Announced once the first results are on the page.
    if (mine === generation) status.textContent = `${queryLabel}找到 ${total} 个案例${notes}。`;
    await showCounts(outcome, mine);
  };

  // Filter counts come after the results: they look up every filter value.
  const showCounts = async (outcome: Awaited<ReturnType<CaseSearch['search']>>, mine: number) => {
    const { search } = await loadEngine();
    const counts = await search.counts(outcome, selects.map((s) => s.dataset.filter!));
    if (mine !== generation) return;
    for (const s of selects) {
      const perValue = counts[s.dataset.filter!] ?? {};
      for (const option of s.options) {
        if (!option.value) continue;
        option.textContent = `${labels.get(s)?.get(option.value) ?? option.value}（${perValue[option.value] ?? 0}）`;
      }
    }
    form.dataset.counts = 'ready';
  };

  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => {
      const state = currentState();
      history.replaceState(null, '', stateUrl(state));
      void render(state);
    }, 250);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typingTimer);
    const state = currentState();
    history.pushState(null, '', stateUrl(state));
    void render(state);
  });
  for (const s of selects) {
    s.addEventListener('change', () => {
      const state = currentState();
      history.pushState(null, '', stateUrl(state));
      void render(state);
    });
  }
  window.addEventListener('popstate', () => {
    showState(readState());
    void render(currentState());
  });

  // Values the library does not have (hand-edited URLs) are dropped from the URL too.
  showState(readState());
  const initial = currentState();
  history.replaceState(null, '', stateUrl(initial));
  void render(initial);
}
