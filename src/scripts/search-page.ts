/**
 * The /search/ page: runs the search named by the URL on load, keeps the URL in
 * step with the box and the filters (a new query or filter gets one history
 * entry, typing updates it, the same query again adds none; Back restores),
 * renders results as DOM nodes with textContent only. Pagefind and the
 * vocabulary load as the page starts, so a typed query costs only its own
 * index chunks and the fragments of the first screen.
 */
import type { ActiveFilters, CutWord, FragmentData, RankedResult, RelatedResult, SearchOutcome } from '../lib/search/engine.ts';
import { relatedLabel } from '../lib/search/match.ts';
import { FACET_NAMES } from '../lib/search/facets.ts';
import { HIGHLIGHT_KEY, highlightHandoff } from '../lib/search-handoff.ts';
import { bestParagraphs, excerptSegments, paragraphAnchors } from '../lib/search/snippet.ts';
import { didYouMean, suggest } from '../lib/search/suggest.ts';
import { ROUTES } from '../lib/urls.ts';
import { loadEngine } from './search-engine.ts';

/** Results whose fragments load first (a phone's or a laptop's first screen); more load as the reader scrolls. */
const FIRST_SCREEN = 5;
const PAGE_SIZE = 10;

interface State {
  q: string;
  filters: ActiveFilters;
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

/** A followed result hands the search's words to the case page, which marks them where it opens. */
function handOverWords(event: Event): void {
  const link = (event.target as Element).closest<HTMLAnchorElement>('a[href^="/cases/"]');
  const item = link?.closest<HTMLElement>('li[data-words]');
  if (!link || !item) return;
  try {
    sessionStorage.setItem(HIGHLIGHT_KEY, highlightHandoff(link.pathname, JSON.parse(item.dataset.words!) as string[]));
  } catch {
    // Storage blocked: the case opens unmarked.
  }
}

function resultNode(data: FragmentData, query: string, words: string[], label?: string): HTMLLIElement {
  const caseUrl = data.url;
  const hits = bestParagraphs(paragraphAnchors(data.anchors, data.raw_content), query, words);
  const best = hits[0];
  const li = el('li', { className: 'rounded-lg border border-stone-200 bg-white p-4' });
  // A related page (tag only) is not a result: no data-search-result, and a label saying why it is here.
  // The words the case page marks in the paragraph a link here opens (see handOverWords).
  li.dataset.words = JSON.stringify(words);
  if (label === undefined) li.setAttribute('data-search-result', '');
  else li.append(el('p', { className: 'text-sm font-bold text-amber-900', text: label }));
  const title = el('a', { className: 'text-lg font-bold', text: data.meta.title ?? caseUrl, href: best ? `${caseUrl}#${best.id}` : caseUrl });
  // Related pages sit under their own section heading.
  li.append(el(label === undefined ? 'h2' : 'h3', { className: 'text-lg leading-snug' }, title));
  const info = [data.meta.place, ...(data.filters.kind ?? [])].filter(Boolean).join(' · ');
  const id = /^\/cases\/([^/]+)\/$/.exec(caseUrl)?.[1];
  if (info || (label === undefined && id)) {
    const line = el('p', { className: 'flex flex-wrap items-center gap-x-3 text-sm text-stone-700' });
    if (info) line.append(el('span', { text: info }));
    // 比较: pick this result for /compare/ (scripts/compare-results.ts keeps the link in step).
    if (label === undefined && id) {
      const pick = el('input', { className: 'size-4' });
      pick.type = 'checkbox';
      pick.value = id;
      pick.dataset.comparePick = '';
      pick.setAttribute('aria-label', `比较：${data.meta.title ?? id}`);
      line.append(el('label', { className: 'inline-flex min-h-6 items-center gap-1 text-stone-800' }, pick, document.createTextNode('比较')));
    }
    li.append(line);
  }
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

const quoted = (words: readonly string[]) => words.map((w) => `“${w}”`).join('');

/** What the reader is told of a word no page holds whole: which of its pieces were searched, and how many cases hold each. */
function cutNode(cut: CutWord, total: number, filters: ActiveFilters): HTMLElement {
  const p = el('p', { text: `没有案例包含完整的“${cut.word}”。` });
  p.dataset.cutWord = cut.word;
  const pieces = cut.parts.map((x) => x.part);
  if (total > 0) {
    p.append(document.createTextNode(`下面的案例只包含其中的${quoted(pieces)}${cut.covered ? '' : `（“${cut.word}”的其余字没有检索）`}。`));
    return p;
  }
  p.append(document.createTextNode('其中：'));
  cut.parts.forEach((x, i) => {
    if (i > 0) p.append(document.createTextNode('，'));
    p.append(el('a', { text: `“${x.part}”`, href: stateUrl({ q: x.part, filters }) }), document.createTextNode(x.pages > 0 ? `见于 ${x.pages} 个案例` : '作为一个词检索不到'));
  });
  // The index holds words: a piece inside a longer word of the text (连心 in 连心室) is not found on its own.
  p.append(document.createTextNode(cut.parts.length > 1 && cut.parts.every((x) => x.pages > 0) ? '，但没有案例同时包含它们。' : '。'));
  return p;
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
  const didYouMeanBox = document.querySelector<HTMLElement>('[data-did-you-mean]')!;
  const cutBox = document.querySelector<HTMLElement>('[data-search-cut]')!;
  const placesBox = document.querySelector<HTMLElement>('[data-search-places]')!;
  const notice = document.querySelector<HTMLElement>('[data-filter-notice]')!;
  const noticeText = notice.querySelector<HTMLElement>('[data-filter-notice-text]')!;
  const clearFilters = notice.querySelector<HTMLButtonElement>('[data-clear-filters]')!;
  const relatedSection = document.querySelector<HTMLElement>('[data-search-related]')!;
  const relatedHeading = relatedSection.querySelector<HTMLElement>('h2')!;
  const relatedList = relatedSection.querySelector<HTMLOListElement>('[data-related-list]')!;
  const labels = new Map(selects.map((s) => [s, new Map([...s.options].map((o) => [o.value, o.textContent ?? o.value]))]));
  const facetLabels = new Map(selects.map((s) => [s.dataset.filter!, form.querySelector(`label[for="${s.id}"]`)?.textContent?.trim() ?? s.dataset.filter!]));
  let generation = 0;
  list.addEventListener('click', handOverWords);
  relatedList.addEventListener('click', handOverWords);
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

  // Until a new search's counts arrive every choice is offered again.
  const offerEveryOption = () => {
    for (const s of selects) for (const option of s.options) option.hidden = option.disabled = false;
  };

  const showState = (state: State) => {
    input.value = state.q;
    // Filters in force are shown, also where a phone folds them away.
    if (Object.values(state.filters).some(Boolean)) form.querySelector<HTMLDetailsElement>('[data-search-filters]')!.open = true;
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

  /** 您是不是要找: for each word no page holds whole, a name one character away, or else a phrase of the text. */
  const showDidYouMean = async (outcome: SearchOutcome, filters: ActiveFilters, mine: number) => {
    let query = outcome.query;
    const named: string[] = [];
    try {
      const { search } = await loadEngine();
      const vocabulary = await search.fullVocabulary();
      for (const cut of outcome.cut) {
        const name = didYouMean(cut.word, vocabulary);
        const term = name?.term ?? (await search.nearMiss(cut));
        if (!term) continue;
        query = query.replace(cut.word, term);
        const kinds = { method: '工作方法', practice: '具体做法', place: '地区', text: '' } as const;
        named.push(name?.label && name.label !== term ? `${kinds[name.kind]}「${name.label}」` : name ? kinds[name.kind] : '');
      }
    } catch {
      return;
    }
    if (mine !== generation || query === outcome.query) return;
    const what = named.filter(Boolean).join('、');
    didYouMeanBox.replaceChildren(document.createTextNode('您是不是要找：'), el('a', { className: 'font-bold', text: query, href: stateUrl({ q: query, filters }) }), document.createTextNode(what ? `（${what}）` : ''), document.createTextNode('？'));
    didYouMeanBox.hidden = false;
  };

  const render = async (state: State) => {
    const mine = ++generation;
    const hasFilters = Object.values(state.filters).some(Boolean);
    relatedSection.classList.add('hidden');
    relatedList.replaceChildren();
    notice.classList.add('hidden');
    didYouMeanBox.hidden = true;
    didYouMeanBox.replaceChildren();
    cutBox.hidden = true;
    cutBox.replaceChildren();
    placesBox.hidden = true;
    placesBox.replaceChildren();
    if (!state.q.trim() && !hasFilters) {
      list.replaceChildren();
      more.replaceChildren();
      help.classList.add('hidden');
      status.textContent = '输入检索词，或选择筛选条件。';
      return;
    }
    status.textContent = '正在检索…';
    delete form.dataset.counts;
    offerEveryOption();
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
    const notes = `${outcome.complete || outcome.cut.length > 0 ? '' : '（没有同时包含所有检索词的案例，以下案例包含其中一部分）'}${outcome.truncated ? '（检索词过长，只用了前100个字）' : ''}`;
    // Partial matches are counted as such: 找到 3 个部分匹配的案例.
    const found = `找到 ${total} 个${outcome.complete ? '' : '部分匹配的'}案例`;
    // A query naming a place leads to the place's own page too.
    if (outcome.places.length > 0) {
      placesBox.append(document.createTextNode('地区页面：'));
      outcome.places.forEach((place, i) => placesBox.append(...(i > 0 ? [document.createTextNode('、')] : []), el('a', { text: place.name, href: place.url })));
      placesBox.hidden = false;
    }
    if (outcome.cut.length > 0) {
      cutBox.replaceChildren(...outcome.cut.map((cut) => cutNode(cut, total, state.filters)));
      cutBox.hidden = false;
      void showDidYouMean(outcome, state.filters, mine);
    }
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
    if (mine === generation) status.textContent = `${queryLabel}${found}${notes}。`;
    await showRelated(outcome, mine);
    await showCounts(outcome, mine);
  };

  // Filter counts load every filter's index and look up every value: at 10,000
  // cases that costs more than the first result itself. They are seen only in
  // an open filter, so they wait until the reader reaches for the filters
  // (opens the fold on a phone, or points at or tabs into them); from then on
  // each search's counts follow its results.
  const fold = form.querySelector<HTMLDetailsElement>('[data-search-filters]')!;
  const fieldset = fold.querySelector('fieldset')!;
  const filtersReached = new Promise<void>((resolve) => {
    const reached = () => {
      for (const type of ['focusin', 'pointerdown', 'pointerover'] as const) fieldset.removeEventListener(type, reached);
      fold.removeEventListener('toggle', opened);
      resolve();
    };
    const opened = () => {
      if (fold.open) reached();
    };
    for (const type of ['focusin', 'pointerdown', 'pointerover'] as const) fieldset.addEventListener(type, reached);
    fold.addEventListener('toggle', opened);
  });
  const showCounts = async (outcome: SearchOutcome, mine: number) => {
    await filtersReached;
    if (mine !== generation) return;
    const { search } = await loadEngine();
    const counts = await search.counts(outcome, selects.map((s) => s.dataset.filter!));
    if (mine !== generation) return;
    for (const s of selects) {
      const perValue = counts[s.dataset.filter!] ?? {};
      for (const option of s.options) {
        if (!option.value) continue;
        const count = perValue[option.value] ?? 0;
        option.textContent = `${labels.get(s)?.get(option.value) ?? option.value}（${count}）`;
        // A choice that would find nothing is left out (hidden, and disabled where a phone's picker ignores hidden),
        // except the one in force, which must stay readable and undoable.
        option.hidden = option.disabled = count === 0 && option.value !== s.value;
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
