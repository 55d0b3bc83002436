/**
 * The /search/ page: runs the search named by the URL on load, keeps the URL in
 * step with the box and the filters (a new query or filter gets one history
 * entry, typing updates it, the same query again adds none; Back restores),
 * renders results as DOM nodes with textContent only. Pagefind and the
 * vocabulary load as the page starts, so a typed query costs only its own
 * index chunks and the fragments of the first screen.
 */
import { CaseSearch, type ActiveFilters, type FragmentData, type RankedResult, type RelatedResult, type SearchBackend, type SearchOutcome, type SearchVocabulary } from '../lib/search/engine.ts';
import { relatedLabel } from '../lib/search/match.ts';
import { decodePlaceKeys, decodePlaces } from '../lib/search/place-codec.ts';
import { FACET_NAMES } from '../lib/search/facets.ts';
import { bestParagraphs, excerptSegments, paragraphAnchors } from '../lib/search/snippet.ts';
import { suggest } from '../lib/search/suggest.ts';
import { SHARDS_FILE, shardPaths } from '../lib/search/shards.ts';
import { ROUTES } from '../lib/urls.ts';

/** Results whose fragments load first (a phone's or a laptop's first screen); more load as the reader scrolls. */
const FIRST_SCREEN = 5;
const PAGE_SIZE = 10;
/** Filter counts load every filter's index (eight small files): after this quiet time, or when a filter is reached for. */
const COUNTS_DELAY_MS = 1500;

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

let engine: Promise<{ search: CaseSearch }> | undefined;

function loadEngine() {
  engine ??= (async () => {
    const pagefindUrl = '/pagefind/pagefind.js';
    const json = (url: string, what: string, init?: RequestInit) =>
      fetch(url, init).then((r) => {
        if (!r.ok) throw new Error(`${what}: HTTP ${r.status}`);
        return r.json() as Promise<unknown>;
      });
    const [pagefind, { vocabulary, placeKeys }, shards] = await Promise.all([
      import(/* @vite-ignore */ pagefindUrl) as Promise<PagefindModule>,
      // All but the places, which load only for a query that may name one.
      json('/search-vocab.json', 'search vocabulary').then((v) => {
        const { placeKeys, ...core } = v as Omit<SearchVocabulary, 'places'> & { placeKeys: string };
        return { vocabulary: { ...core, places: [] } satisfies SearchVocabulary, placeKeys: decodePlaceKeys(placeKeys) };
      }),
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
    const places = { keys: placeKeys, load: () => json('/search-places.json', 'search places').then((p) => decodePlaces((p as { places: string }).places)) };
    return { search: new CaseSearch(instance, vocabulary, undefined, places) };
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

function resultNode(data: FragmentData, query: string, words: string[], label?: string): HTMLLIElement {
  const caseUrl = data.url;
  const hits = bestParagraphs(paragraphAnchors(data.anchors, data.raw_content), query, words);
  const best = hits[0];
  const li = el('li', { className: 'rounded-lg border border-stone-200 bg-white p-4' });
  // A related page (tag only) is not a result: no data-search-result, and a label saying why it is here.
  if (label === undefined) li.setAttribute('data-search-result', '');
  else li.append(el('p', { className: 'text-sm font-bold text-amber-900', text: label }));
  const title = el('a', { className: 'text-lg font-bold', text: data.meta.title ?? caseUrl, href: best ? `${caseUrl}#${best.id}` : caseUrl });
  // Related pages sit under their own section heading.
  li.append(el(label === undefined ? 'h2' : 'h3', { className: 'text-lg leading-snug' }, title));
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
  const notice = document.querySelector<HTMLElement>('[data-filter-notice]')!;
  const noticeText = notice.querySelector<HTMLElement>('[data-filter-notice-text]')!;
  const clearFilters = notice.querySelector<HTMLButtonElement>('[data-clear-filters]')!;
  const relatedSection = document.querySelector<HTMLElement>('[data-search-related]')!;
  const relatedHeading = relatedSection.querySelector<HTMLElement>('h2')!;
  const relatedList = relatedSection.querySelector<HTMLOListElement>('[data-related-list]')!;
  const labels = new Map(selects.map((s) => [s, new Map([...s.options].map((o) => [o.value, o.textContent ?? o.value]))]));
  const facetLabels = new Map(selects.map((s) => [s.dataset.filter!, form.querySelector(`label[for="${s.id}"]`)?.textContent?.trim() ?? s.dataset.filter!]));
  let generation = 0;
  // The page says search needs JavaScript until this script runs.
  document.querySelector('[data-search-nojs]')?.remove();

  // This page is for searching: Pagefind and the vocabulary start loading as
  // soon as it runs (and at the latest when the box gets focus, should that
  // load have failed), so a typed query costs only its own chunks and fragments.
  const warm = () => void loadEngine().catch(() => {});
  input.addEventListener('focus', warm);
  warm();

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

  const showRelated = async (outcome: SearchOutcome, mine: number) => {
    const shown: RelatedResult[] = outcome.related.slice(0, PAGE_SIZE);
    if (shown.length === 0) return;
    const datas = await Promise.all(shown.map((r) => r.data()));
    if (mine !== generation) return;
    const methods = [...new Set(outcome.related.flatMap((r) => r.because.map((b) => b.method)))];
    relatedHeading.textContent = `同属工作方法${methods.map((m) => `「${m}」`).join('')}的其他案例（${outcome.related.length}）`;
    relatedList.replaceChildren(...datas.map((data, i) => resultNode(data, outcome.query, outcome.words, relatedLabel(shown[i]!.because))));
    relatedSection.classList.remove('hidden');
  };

  const showSuggestions = async (query: string, mine: number) => {
    let items: ReturnType<typeof suggest>;
    try {
      const { search } = await loadEngine();
      items = suggest(query, await search.fullVocabulary());
    } catch {
      return; // Without them, the browse links of the help still serve.
    }
    if (mine !== generation || items.length === 0) return;
    const ul = el('ul', { className: 'flex flex-wrap gap-2' });
    const kinds = { method: '方法', practice: '做法', place: '地区' } as const;
    for (const s of items) ul.append(el('li', {}, el('a', { className: 'tag', text: `${kinds[s.kind]}：${s.label}`, href: s.url })));
    suggestions.append(el('p', { text: '名称相近的方法、做法和地区：' }), ul);
  };

  const render = async (state: State) => {
    const mine = ++generation;
    const hasFilters = Object.values(state.filters).some(Boolean);
    relatedSection.classList.add('hidden');
    relatedList.replaceChildren();
    notice.classList.add('hidden');
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
    let outcome: SearchOutcome;
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
    // Filters that hide results are named, with how many they hide and a way to clear them.
    if (outcome.hidden > 0) {
      const named = outcome.filters.map(([name, value]) => `${facetLabels.get(name) ?? name}：${value}`).join('、');
      noticeText.textContent = `筛选条件「${named}」隐藏了 ${outcome.hidden} 个结果。`;
      notice.classList.remove('hidden');
    }
    // Nothing, or only partial matches: offer close names and the browse pages, above the (empty) list.
    help.classList.toggle('hidden', total > 0 && outcome.complete);
    suggestions.replaceChildren();
    // The places load first if need be (./place-codec.ts); the status and results do not wait for them.
    if (total === 0 || !outcome.complete) void showSuggestions(outcome.query, mine);
    if (total === 0) {
      list.classList.remove('min-h-[70vh]');
      status.textContent = `${queryLabel}没有找到案例${notes}。`;
      await showRelated(outcome, mine);
      void showCounts(outcome, mine);
      return;
    }
    const showFrom = async (start: number, count: number) => {
      const slice: RankedResult[] = outcome.results.slice(start, start + count);
      // One batch at a time: "显示更多" comes back once this batch is on the page.
      more.replaceChildren();
      const pending = slice.map((r) => r.data());
      if (start === 0) {
        // The first screen: all fragments load at once, and each result shows, in
        // rank order, as soon as it and those above it have arrived (as Pagefind's
        // own UI does), so the first result does not wait for the other four.
        for (const p of pending) p.catch(() => {});
        for (const p of pending) {
          const data = await p;
          if (mine !== generation) return;
          list.append(resultNode(data, outcome.query, outcome.words));
        }
      } else {
        const datas = await Promise.all(pending);
        if (mine !== generation) return;
        for (const data of datas) list.append(resultNode(data, outcome.query, outcome.words));
      }
      const next = start + count;
      if (next < total) {
        const button = el('button', { className: 'rounded-md border border-stone-400 px-3 py-1', text: `显示更多（还有 ${total - next} 个）` });
        button.type = 'button';
        button.addEventListener('click', () => void showFrom(next, PAGE_SIZE));
        more.append(button);
      }
    };
    await showFrom(0, FIRST_SCREEN);
    list.classList.remove('min-h-[70vh]');
    // Announced once the first results are on the page; the count is of results only.
    if (mine === generation) status.textContent = `${queryLabel}找到 ${total} 个案例${notes}。`;
    await showRelated(outcome, mine);
    await showCounts(outcome, mine);
  };

  // Filter counts come after the results, when the browser is idle: they load
  // every filter's index and look up every value, and must not delay the results.
  // They are seen only in an open filter, so they wait for the reader to reach
  // for one, or for a quiet moment after the results.
  const fieldset = form.querySelector('fieldset')!;
  const countsWanted = () =>
    new Promise<void>((resolve) => {
      const go = () => {
        clearTimeout(timer);
        for (const type of ['focusin', 'pointerdown', 'pointerover'] as const) fieldset.removeEventListener(type, go);
        if ('requestIdleCallback' in window) requestIdleCallback(() => resolve(), { timeout: 500 });
        else resolve();
      };
      const timer = setTimeout(go, COUNTS_DELAY_MS);
      for (const type of ['focusin', 'pointerdown', 'pointerover'] as const) fieldset.addEventListener(type, go, { once: true });
    });
  const showCounts = async (outcome: SearchOutcome, mine: number) => {
    await countsWanted();
    if (mine !== generation) return;
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

  // History: the entry of a search the reader committed (Enter, a filter, Back)
  // is kept; the first keystroke after it starts a new entry that typing then
  // updates; committing the URL already shown adds nothing.
  let committed = true;
  const commit = (state: State) => {
    const url = stateUrl(state);
    if (url !== `${location.pathname}${location.search}`) {
      if (committed) history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    }
    committed = true;
  };

  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => {
      const state = currentState();
      const url = stateUrl(state);
      if (url !== `${location.pathname}${location.search}`) {
        if (committed) history.pushState(null, '', url);
        else history.replaceState(null, '', url);
        committed = false;
      }
      void render(state);
    }, 250);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typingTimer);
    const state = currentState();
    const same = stateUrl(state) === `${location.pathname}${location.search}`;
    commit(state);
    // The same query again: the results are already there.
    if (!same || list.childElementCount === 0) void render(state);
  });
  for (const s of selects) {
    s.addEventListener('change', () => {
      const state = currentState();
      commit(state);
      void render(state);
    });
  }
  clearFilters.addEventListener('click', () => {
    for (const s of selects) s.value = '';
    const state = currentState();
    commit(state);
    void render(state);
    input.focus();
  });
  window.addEventListener('popstate', () => {
    committed = true;
    showState(readState());
    void render(currentState());
  });

  // Values the library does not have (hand-edited URLs) are dropped from the URL too.
  showState(readState());
  const initial = currentState();
  history.replaceState(null, '', stateUrl(initial));
  void render(initial);
}
