/**
 * The editor's desk page (src/desk/desk.html, served by `npm run desk`):
 * sends received files to the desk, shows each ingest report and the queue,
 * and the draft view: the reader's paragraphs with their numbers beside the
 * extracted source text, proposals answered one by one with evidence taken
 * from a selection in a paragraph, the editors' fields, check and publish.
 * Every text from a document is put in with textContent, never as markup.
 */
import { NO_NOTES, readingSummary } from '../lib/collation-notes.ts';
import { quote } from '../lib/text.ts';
import { distinctNames } from '../lib/item-names.ts';
import type { Correction } from '../schemas/correction.ts';

/** A check's problem: `zh` is what the desk shows, `message` the check's own words (the terminal's). */
type Problem = { message: string; zh: string; area: string; field: string; item?: string };
interface Proposal { field: string; value: unknown; p: number; quote: string; why?: string }
interface DraftView {
  /** Whether the content folder is in a git checkout: publishing commits only then. */
  contentInGit: boolean;
  batch: string;
  id: string;
  caseId: string;
  state: string;
  frontmatter: Record<string, unknown> & { title?: string; subtitle?: string; summary?: string; proposals?: Proposal[]; corrections?: Array<Record<string, unknown>> };
  flags: string[];
  /** `reading`: the paragraph as the raw text reads, before corrections, with where each of its UTF-16 units stands in `text` — when the two differ. */
  paragraphs: Array<{ p: number | null; text: string; heading: boolean; reading?: string; spans?: Array<[number, number]> }>;
  raw: Array<{ line: number; text: string }>;
  teaching: { purpose?: string; questions?: Array<{ text: string; paragraphs: number[] }>; points?: Array<{ text: string; paragraphs: number[] }>; proposals?: TeachingProposal[] } | null;
  source: Record<string, unknown> & { proposals?: Array<{ field: string; value: string; line: number; quote: string; why?: string }> };
  /** The published case this draft repeats, if any: the desk offers to collate with it. */
  twin: { id: string; title: string; similarity: number; same: boolean } | null;
  /** The source id publish will use, and why: the same raw text as a library source, the entry's own, or from what the entry states. */
  sourceId: { id: string; from: 'same-text' | 'entry' | 'stated'; title?: string };
  problems: Problem[];
  checked: boolean;
  published: { id: string; commit?: string; note?: string } | null;
  /** For each proposal, the values it may be changed to (level, kind, years), or null. */
  choices: Array<Array<string | number> | null>;
  /** What content/README.md's field tables say of the fields without help text here. */
  tagNames: Record<string, string>;
  methods: string[];
  themes: string[];
}

/** A proposal of the teaching note (teaching-proposals.ts): a purpose, question or point with the paragraphs it rests on. */
interface TeachingProposal { field: string; value: string; paragraphs?: number[]; why?: string }

const STATES: Record<string, string> = { new: '新', proposals: '有待处理的建议', fails: '检查未通过', ready: '可发布', published: '已发布' };
const FIELDS: Record<string, string> = { methods: '工作方法', themes: '领域', years: '年份', level: '层级', kind: '体裁', keyFigures: '关键数字', summary: '摘要', doubt: '存疑' };

const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;

/** An element with attributes and children (strings become text nodes). */
function el(tag: string, attrs: Record<string, string> = {}, ...children: Array<Node | string>): HTMLElement {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

function button(label: string, onClick: () => void, attrs: Record<string, string> = {}): HTMLButtonElement {
  const b = el('button', { type: 'button', ...attrs }, label) as HTMLButtonElement;
  b.addEventListener('click', onClick);
  return b;
}

/**
 * Fills a list, or says in a sentence after it that it is empty: a list of one item 无 read “1. 无” (trial 21), which
 * the site never shows (CollationNotes.astro says 本文无逐条校改。 in a sentence).
 */
function showList(list: HTMLElement, items: readonly HTMLElement[], empty: string): void {
  list.replaceChildren(...items);
  list.hidden = items.length === 0;
  let sentence = list.parentElement!.querySelector<HTMLElement>(`[data-empty-for="${list.id}"]`);
  if (!sentence) {
    sentence = el('p', { 'data-empty-for': list.id });
    list.after(sentence);
  }
  sentence.textContent = empty;
  sentence.hidden = items.length > 0;
}

function say(message: string): void {
  $('#status').textContent = message;
}

async function api<T>(url: string, body?: unknown, raw?: Blob): Promise<T> {
  const init: RequestInit = raw ? { method: 'POST', body: raw } : body === undefined ? {} : { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } };
  const res = await fetch(url, init);
  const data = (await res.json().catch(() => ({ error: `${res.status} ${res.statusText}` }))) as T & { error?: string };
  if (!res.ok) throw Object.assign(new Error(data.error ?? `${res.status}`), { ...data, status: res.status });
  return data;
}

// Inbox.

async function sendFiles(files: FileList | File[]): Promise<void> {
  let shown: string | undefined;
  for (const file of Array.from(files)) {
    say(`正在读取 ${file.name} …`);
    try {
      const batch = await api<{ id: string; report: { drafts: unknown[]; error?: string } }>(`/api/files?name=${encodeURIComponent(file.name)}`, undefined, file);
      say(batch.report.error ? `${file.name}：未能读取——${batch.report.error}` : `${file.name}：${batch.report.drafts.length} 篇草稿，见队列中这一批`);
      shown = batch.id;
    } catch (error) {
      // A file the desk already holds: the answer names its batch, which is shown instead of a second one.
      const held = (error as { batch?: string }).batch;
      say(held ? (error as Error).message : `${file.name}：未接收——${(error as Error).message}`);
      shown = held ?? shown;
    }
  }
  try {
    await showQueue();
  } catch (error) {
    return say(`文件已收下，但队列未能刷新：${(error as Error).message}。请重新载入本页。`);
  }
  // The batch received (or already held) is shown: the trial's editor, seeing no new batch, sent the mail again.
  const heading = shown ? document.querySelector<HTMLElement>(`article[data-batch="${CSS.escape(shown)}"] h3`) : null;
  if (heading) {
    focusOn(heading);
    heading.scrollIntoView({ block: 'start' });
  }
}

$('#files').addEventListener('change', (e) => {
  const input = e.target as HTMLInputElement;
  if (input.files?.length) void sendFiles(input.files).then(() => (input.value = ''));
});
const drop = $('#drop');
drop.addEventListener('dragover', (e) => {
  e.preventDefault();
  drop.classList.add('over');
});
drop.addEventListener('dragleave', () => drop.classList.remove('over'));
drop.addEventListener('drop', (e) => {
  e.preventDefault();
  drop.classList.remove('over');
  if (e.dataTransfer?.files.length) void sendFiles(e.dataTransfer.files);
});

// Queue.

interface QueueBatch {
  id: string;
  name: string;
  report: { format?: string; layout?: string; error?: string; droppedByRole: Array<{ label: string; count: number }>; warnings?: string[]; duplicates: Array<{ title: string; of: string }>; left: Array<{ role: string; roleLabel: string; text: string; line?: number; lines?: [number, number]; reason: string }>; drafts: Array<{ id: string; flags: string[]; idNote?: string }> };
  drafts: Array<{ id: string; caseId: string; title: string; subtitle: string | null; state: string; twin?: { id: string; title: string; similarity: number; same: boolean }; idTaken?: boolean }>;
}

function reportOf(b: QueueBatch): HTMLElement {
  const r = b.report;
  const box = el('div');
  if (r.error) {
    box.append(el('p', { class: 'error', 'data-report-error': '' }, `未能读取：${r.error}（原件已保存在工作文件夹，未丢失）`));
    return box;
  }
  const dropped = r.droppedByRole.map((x) => `${x.label} ${x.count}`).join('，');
  box.append(el('p', {}, `格式 ${r.format ?? '?'}${r.layout ? `，版式 ${r.layout}` : ''}；${b.drafts.length} 篇草稿${dropped ? `；删去 ${dropped}` : ''}`));
  for (const w of r.warnings ?? []) box.append(el('p', { class: 'error' }, `注意：${w}`));
  for (const d of r.duplicates) box.append(el('p', {}, `重复，未另写草稿：${quote(d.title)}同 ${d.of}`));
  if (r.left.length) {
    const list = el('ul');
    for (const x of r.left) {
      const where = x.lines ? `第${x.lines[0]}–${x.lines[1]}行` : x.line ? `第${x.line}行` : '';
      list.append(el('li', {}, `${x.roleLabel}${where ? `（${where}）` : ''}：${quote(`${x.text.slice(0, 60)}${x.text.length > 60 ? '…' : ''}`)}——${x.reason}`));
    }
    box.append(el('details', {}, el('summary', {}, `不在正文中的内容 ${r.left.length} 处（删去、接排或另作他用，附角色）`), list));
  }
  return box;
}

async function showQueue(): Promise<void> {
  const batches = await api<QueueBatch[]>('/api/queue');
  const root = $('#queue');
  root.replaceChildren();
  if (batches.length === 0) root.append(el('p', {}, '还没有收到文件。'));
  for (const b of batches) {
    const table = el('table', {}, el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, '标题'), el('th', { scope: 'col' }, 'id'), el('th', { scope: 'col' }, '状态'), el('th', { scope: 'col' }, el('span', { class: 'visually-hidden' }, '操作')))));
    const body = el('tbody');
    for (const d of b.drafts) {
      // Named by its draft and batch: a re-sent file gives drafts of the same titles.
      const name = `打开 ${d.title}（${b.name}，第 ${batches.indexOf(b) + 1} 批）`;
      body.append(
        el('tr', { 'data-draft': d.id },
          el('td', {}, `${d.title}${d.subtitle ? `——${d.subtitle}` : ''}`, ...(d.twin ? [el('br'), el('strong', { class: 'error', 'data-twin': d.twin.id }, `已发布过：${d.twin.same ? '与' : `与（${Math.round(d.twin.similarity * 100)}% 相同）`}已发布的案例 /cases/${d.twin.id}/${quote(d.twin.title)}${d.twin.same ? '正文相同' : ''}；不要再发布一次`)] : [])),
          el('td', { class: 'case-id' }, d.caseId, ...(d.idTaken ? [el('br'), el('strong', { class: 'error', 'data-id-taken': '' }, '此 id 已有案例')] : [])), el('td', {}, el('span', { class: 'state', 'data-state': d.state }, STATES[d.state] ?? d.state)), el('td', {}, button('打开', () => void openDraft(b.id, d.id), { 'aria-label': name }))),
      );
    }
    table.append(body);
    root.append(el('article', { 'data-batch': b.id }, el('h3', {}, b.name), reportOf(b), ...(b.drafts.length ? [table] : [])));
  }
}

// The draft view.

let current: DraftView | undefined;
/** The words last selected in one paragraph of the reader's text, and which of their occurrences there (1-based). */
let picked: { p: number; text: string; nth: number; count: number } | undefined;

/** How many times `words` stand in `text`, and which of them starts at `offset`. */
function occurrence(text: string, words: string, offset: number): { nth: number; count: number } {
  let count = 0;
  let nth = 1;
  for (let at = text.indexOf(words); at !== -1; at = text.indexOf(words, at + words.length)) {
    count++;
    if (at <= offset) nth = count;
  }
  return { nth, count };
}

document.addEventListener('selectionchange', () => {
  const sel = document.getSelection();
  if (!sel || sel.isCollapsed || !sel.anchorNode || !sel.focusNode) return;
  const a = sel.anchorNode.parentElement?.closest<HTMLElement>('#reader .ptext');
  const f = sel.focusNode.parentElement?.closest<HTMLElement>('#reader .ptext');
  if (!a || a !== f) return;
  const text = sel.toString();
  if (!text.trim()) return;
  const range = sel.getRangeAt(0);
  const start = document.createRange();
  start.setStart(a, 0);
  start.setEnd(range.startContainer, range.startOffset);
  pick(Number(a.dataset.p), text, start.toString().length);
});

/** Takes words of paragraph `p` as picked, the way a mouse selection does; `offset` is where they start. */
function pick(p: number, text: string, offset: number): void {
  picked = { p, text, ...occurrence(paragraphText(p), text, offset) };
  $('#selection').textContent = `已选取：第${picked.p}段${quote(text)}${picked.count > 1 ? `（段中第 ${picked.nth} 处，共 ${picked.count} 处）` : ''}`;
  nameByItem();
}

/**
 * The buttons that act on the selection, the picker's words or the draft are
 * named by what they act on, as 接受/拒绝/删去 are (the trial heard 选取, 记录,
 * 检查, 发布 alone); each name starts with the words on the button.
 */
function nameByItem(): void {
  $('#record').setAttribute('aria-label', picked ? `记录 第${picked.p}段${brief(picked.text)}的校勘记` : '记录 校勘记（尚未选取文字）');
  const words = pickerWords();
  $('#pick-go').setAttribute('aria-label', typeof words === 'string' ? '选取（先写段号和起止字数）' : `选取 第${words.p}段${brief(words.text)}`);
  const title = current ? `${String(current.frontmatter.title ?? current.id)}` : '';
  $('#check').setAttribute('aria-label', `检查 ${title}`);
  $('#publish').setAttribute('aria-label', `发布 ${title}`);
  $('#publish-yes').setAttribute('aria-label', `确认发布 ${title}`);
}

/**
 * The words the keyboard picker's paragraph and character numbers (1-based,
 * both ends included) name, or why none. The numbers count the paragraph's raw
 * reading — the source's own characters, before any correction — which no
 * correction recorded meanwhile shifts (the sixth trial's offsets, counted
 * before ’’→” was recorded, took the wrong words after it); the words taken are
 * what those characters are in the text shown.
 */
function pickerWords(): { p: number; text: string; raw: string; offset: number } | string {
  const p = Number(($('#pick-p') as HTMLInputElement).value);
  const paragraph = current?.paragraphs.find((x) => x.p === p);
  const chars = Array.from(paragraph?.reading ?? paragraph?.text ?? '');
  if (!paragraph || chars.length === 0) return `没有第 ${p || '?'} 段`;
  const from = Number(($('#pick-from') as HTMLInputElement).value);
  const to = Number(($('#pick-to') as HTMLInputElement).value);
  if (!(from >= 1 && to >= from && to <= chars.length)) return `第${p}段原文共 ${chars.length} 字：起止须在 1–${chars.length} 之间，止不小于起`;
  const start = chars.slice(0, from - 1).join('').length;
  const end = chars.slice(0, to).join('').length;
  const spans = paragraph.spans?.slice(start, end);
  const [s, e] = spans ? [Math.min(...spans.map((x) => x[0])), Math.max(...spans.map((x) => x[1]))] : [start, end];
  const text = paragraph.text.slice(s, e);
  if (!text) return `第${p}段原文第${from}–${to}字在正文中已删去（多余的空格）：另选`;
  return { p, text, raw: chars.slice(from - 1, to).join(''), offset: s };
}

$('#pick').addEventListener('input', () => {
  nameByItem();
  const words = pickerWords();
  $('#pick-preview').textContent = typeof words === 'string' ? words : `将选取：第${words.p}段${quote(words.text)}${words.raw === words.text ? '' : `（原文作${quote(words.raw)}）`}`;
});
$('#pick').addEventListener('submit', (e) => {
  e.preventDefault();
  const words = pickerWords();
  if (typeof words === 'string') return say(words);
  pick(words.p, words.text, words.offset);
});

function paragraphText(p: number): string {
  return current?.paragraphs.find((x) => x.p === p)?.text ?? '';
}

/** The paragraph with the quoted words highlighted. */
function withMark(text: string, quote: string): HTMLElement {
  const at = quote ? text.indexOf(quote) : -1;
  const box = el('div', { class: 'quote' });
  if (at === -1) box.append(text);
  else box.append(text.slice(0, at), el('mark', {}, quote), text.slice(at + quote.length));
  return box;
}

/** The change being saved, which the next one waits for. */
let pending: Promise<boolean> = Promise.resolve(true);

/**
 * Where focus was before a change: the control (by id, or by its item's list,
 * place in it and role), so that it can be put back after the re-render.
 */
interface FocusSpot { id: string; list: HTMLElement | null; index: number; role: string }

function focusSpot(): FocusSpot | undefined {
  const active = document.activeElement as HTMLElement | null;
  if (!active || active === document.body) return undefined;
  const list = active.closest<HTMLElement>('[data-focus-list]');
  const item = list ? Array.from(list.children).find((li) => li.contains(active)) : undefined;
  return { id: active.id, list, index: item ? Array.from(list!.children).indexOf(item) : -1, role: active.dataset.role ?? '' };
}

/** Focuses `target`, making a heading or message focusable from script only. */
function focusOn(target: HTMLElement): void {
  if (!target.matches('a[href], button, input, select, textarea, [tabindex]')) target.tabIndex = -1;
  target.focus();
}

/**
 * Puts focus back after a re-render (WCAG 2.4.3: the trial's keyboard user
 * fell to <body> after every action, thousands of Tabs for one case): on the
 * same control if it is still there and usable, else on the same control of
 * the item now in its place (the next one), else on the list's heading, else
 * where the control says (data-focus-next).
 */
function restoreFocus(spot: FocusSpot | undefined): void {
  if (!spot) return;
  const same = spot.id ? document.getElementById(spot.id) : null;
  if (same && !(same as HTMLButtonElement).disabled) {
    if (document.activeElement !== same) same.focus();
    return;
  }
  const list = spot.list?.id ? document.getElementById(spot.list.id) : null;
  if (list && spot.index >= 0) {
    const items = Array.from(list.children).filter((li) => li.querySelector('button'));
    const item = items[Math.min(spot.index, items.length - 1)];
    const control = item?.querySelector<HTMLElement>(`[data-role="${CSS.escape(spot.role)}"]`) ?? item?.querySelector<HTMLElement>('button');
    if (control) return control.focus();
    return focusOn(document.getElementById(list.dataset.focusList!)!);
  }
  const next = same?.dataset.focusNext ? document.getElementById(same.dataset.focusNext) : null;
  if (next) focusOn(next);
}

/**
 * Saves and checks a change, re-renders the draft, keeps focus in place and says `done` (or 已保存) in the live region.
 * Changes made while one is saving wait their turn, in order: refusing them lost an editor's action, its
 * refusal overwritten by the earlier change's 已保存 (the sixth trial's 以所选文字为证据添加 during a 删去).
 */
function act(url: string, body: unknown | (() => unknown), done = '已保存'): Promise<boolean> {
  // Where focus is now, when the editor acts: a change that waits restores it after the earlier one's.
  const spot = focusSpot();
  const run = pending.then(() => saveAndCheck(url, body, done, spot));
  pending = run;
  return run;
}

async function saveAndCheck(url: string, body: unknown | (() => unknown), done: string, spot: ReturnType<typeof focusSpot>): Promise<boolean> {
  $('#draft').setAttribute('aria-busy', 'true');
  say('正在保存并检查…');
  try {
    // A body made when its turn comes addresses proposals as they are then numbered, not as when clicked.
    const view = await api<DraftView | Record<string, unknown>>(url, typeof body === 'function' ? body() : body);
    if ('paragraphs' in view) render(view as DraftView);
    else await reload();
    restoreFocus(spot);
    say(done);
    return true;
  } catch (error) {
    // The draft changed under the page (409): show it as it is, so the next click acts on what is seen.
    if ((error as { status?: number }).status === 409) await reload().catch(() => undefined);
    say((error as Error).message);
    $('#problems').replaceChildren(el('li', {}, (error as Error).message));
    return false;
  } finally {
    $('#draft').removeAttribute('aria-busy');
    // The queue shows the draft's new state; the draft is free for the next change meanwhile.
    void showQueue();
  }
}

function draftUrl(suffix = ''): string {
  if (!current) throw new Error('还没有打开草稿：先在队列中点“打开”');
  return `/api/drafts/${current.batch}/${current.id}${suffix}`;
}

async function reload(): Promise<void> {
  if (current) render(await api<DraftView>(draftUrl()));
}

async function openDraft(batch: string, id: string): Promise<void> {
  render(await api<DraftView>(`/api/drafts/${batch}/${id}`));
  $('#draft').hidden = false;
  $('#draft-h').focus();
  await showQueue();
}

/** A short form of a quote for a control's name: enough to tell the item from its neighbours. */
const brief = (text: string) => quote(Array.from(text).length > 12 ? `${Array.from(text).slice(0, 12).join('')}…` : text);

/** Saves an item's text field on Enter, as the 记录 form does (the trial's 接受全部 took a label typed but never saved). */
function savesOnEnter(input: HTMLInputElement, save: () => void): HTMLInputElement {
  input.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter' || e.isComposing) return;
    e.preventDefault();
    save();
  });
  return input;
}

/** A proposal's value as shown, and its heading: a method by its name, a doubt by the reading it is about. */
function proposalTitle(x: Proposal): { value: string; field: string; title: string } {
  const value = x.field === 'keyFigures' ? String((x.value as { label?: string })?.label ?? '') : String(x.value);
  const name = current?.tagNames[value];
  const field = FIELDS[x.field] ?? x.field;
  // A doubt's value is its note, which the editor rewrites: its heading stays the reading it is about.
  const title = x.field === 'doubt' ? `${field}：${quote(x.quote)}` : `${field}：${name ? `${name}（${value}）` : value}`;
  return { value, field, title };
}

// Each control is named by its proposal (24 buttons called just 接受 told a screen-reader user nothing), each name its own (item-names.ts).
const proposalNames = (list: readonly Proposal[]) => distinctNames(list.map((x) => ({ short: `${proposalTitle(x).title}（第${x.p}段${brief(x.quote)}）`, words: x.quote })));

/**
 * A proposal's number as the draft now lists it, with what the page showed under it for the server to
 * compare (desk-drafts assertSeen): numbers shift as proposals are answered, and a change queued behind
 * another (act) would otherwise address the proposal moved into its place (trial 22). A case proposal is
 * known by field, value, p and quote; a teaching proposal by field, value and paragraphs.
 */
function addressed(x: Proposal, make: (n: number) => Record<string, unknown>): () => Record<string, unknown> {
  return byIdentity({ field: x.field, value: x.value, p: x.p, quote: x.quote }, () => current?.frontmatter.proposals ?? [], proposalTitle(x).title, make);
}

function teachingAddressed(x: TeachingProposal, make: (n: number) => Record<string, unknown>): () => Record<string, unknown> {
  return byIdentity({ field: x.field, value: x.value, paragraphs: x.paragraphs }, () => current?.teaching?.proposals ?? [], `${TEACHING_FIELDS[x.field] ?? x.field}：${brief(x.value)}`, make);
}

function byIdentity(identity: Record<string, unknown>, list: () => readonly object[], title: string, make: (n: number) => Record<string, unknown>): () => Record<string, unknown> {
  const keys = Object.keys(identity);
  const key = JSON.stringify(identity);
  return () => {
    const n = list().findIndex((y) => JSON.stringify(Object.fromEntries(keys.map((k) => [k, (y as Record<string, unknown>)[k]]))) === key) + 1;
    if (n === 0) throw new Error(`这条建议（${title}）已不在待处理的建议中：未做更改`);
    return { ...make(n), seen: [{ n, ...identity }] };
  };
}

function proposalItem(x: Proposal, n: number, about: string): HTMLElement {
  const { value, field, title } = proposalTitle(x);
  const li = el('li', { class: 'proposal', 'data-proposal': String(n), 'data-field': x.field });
  li.append(el('p', {}, el('strong', {}, `${n}. ${title}`), `　第${x.p}段`), withMark(x.p > 0 ? paragraphText(x.p) : String(current?.frontmatter.title ?? ''), x.quote), el('p', { class: 'help' }, `理由：${x.why ?? ''}`));
  const row = el('p', { class: 'row' });
  row.append(
    button('接受', () => void act(draftUrl('/answer'), addressed(x, (k) => ({ accept: [k] })), `已接受：${about}`), { 'data-accept': '', 'data-role': 'accept', 'aria-label': `接受 ${about}` }),
    button('拒绝', () => void act(draftUrl('/answer'), addressed(x, (k) => ({ reject: [k] })), `已拒绝：${about}`), { 'data-reject': '', 'data-role': 'reject', 'aria-label': `拒绝 ${about}` }),
    button('用所选文字作证据', () => {
      if (!picked) return say('先在正文的一段中选取文字');
      const chosen = picked;
      void act(draftUrl('/proposal'), addressed(x, (k) => ({ n: k, p: chosen.p, quote: chosen.text })), `证据已改为第${chosen.p}段${quote(chosen.text)}：${title}`);
    }, { 'data-use-selection': '', 'data-role': 'evidence', 'aria-label': `用所选文字作证据 ${about}` }),
  );
  const choices = current?.choices[n - 1];
  if (choices) {
    // A level, kind or year is chosen from what the schema (and, for a year, its paragraph) allows, never typed.
    const id = `value-${n}`;
    const select = el('select', { id }, ...choices.map((c) => el('option', { value: String(c), ...(String(c) === value ? { selected: '' } : {}) }, String(c)))) as HTMLSelectElement;
    row.append(el('label', { for: id }, `${field}改为`), select, button('改值', () => void act(draftUrl('/proposal'), addressed(x, (k) => ({ n: k, value: select.value }))), { 'data-role': 'value', 'aria-label': `把第 ${n} 条建议的${field}改为所选值` }));
  }
  if (x.field === 'keyFigures' || x.field === 'doubt') {
    const id = `edit-${n}`;
    const save = () => void act(draftUrl('/proposal'), addressed(x, (k) => ({ n: k, ...(x.field === 'keyFigures' ? { label: input.value } : { note: input.value }) })), `已保存：${title}`);
    const input = savesOnEnter(el('input', { id, type: 'text', size: '30', value, 'data-unsaved-check': '' }) as HTMLInputElement, save);
    row.append(el('label', { for: id }, x.field === 'keyFigures' ? '说明（编者的话）' : '存疑说明（印在校勘记）'), input, button('保存', save, { 'data-role': 'save', 'aria-label': `保存 ${about} 的${x.field === 'keyFigures' ? '说明' : '存疑说明'}` }));
  }
  li.append(row);
  return li;
}

const TEACHING_FIELDS: Record<string, string> = { purpose: '教学目的', questions: '思考题', points: '分析要点' };

/** Where a teaching proposal's words stand: 第2、3段. */
const teachingWhere = (x: TeachingProposal) => (x.paragraphs?.length ? `第${x.paragraphs.join('、')}段` : '');

/** Each teaching proposal's name for its controls, each its own: two questions on one paragraph may open alike (trial 21). */
const teachingNames = (list: readonly TeachingProposal[]) =>
  distinctNames(list.map((x) => ({ short: `${TEACHING_FIELDS[x.field] ?? x.field}${teachingWhere(x) ? `（${teachingWhere(x)}）` : ''}：${brief(x.value)}`, words: x.value })));

/** A teaching-note proposal, shown as the draft's are: what it proposes, the paragraphs it rests on, why; answered by its identity (teachingAddressed). */
function teachingProposalItem(x: TeachingProposal, n: number, about: string): HTMLElement {
  const field = TEACHING_FIELDS[x.field] ?? x.field;
  const where = teachingWhere(x);
  const li = el('li', { class: 'proposal', 'data-teaching-proposal': String(n), 'data-field': x.field });
  li.append(el('p', {}, el('strong', {}, `${n}. ${field}`), where ? `　${where}` : ''), el('p', {}, x.value), el('p', { class: 'help' }, `理由：${x.why ?? ''}`));
  li.append(
    el('p', { class: 'row' },
      button('接受', () => void act(draftUrl('/teaching/answer'), teachingAddressed(x, (k) => ({ accept: [k] })), `已接受：${about}`), { 'data-role': 'accept', 'aria-label': `接受 ${about}` }),
      button('拒绝', () => void act(draftUrl('/teaching/answer'), teachingAddressed(x, (k) => ({ reject: [k] })), `已拒绝：${about}`), { 'data-role': 'reject', 'aria-label': `拒绝 ${about}` }),
    ),
  );
  return li;
}

function itemRows(root: HTMLElement, kind: string, items: Array<{ text: string; paragraphs: number[] }>, count: number): void {
  root.replaceChildren();
  for (let i = 0; i < count; i++) {
    const item = items[i];
    const label = kind === 'q' ? `思考题 ${i + 1}` : `要点 ${i + 1}`;
    const text = el('textarea', { id: `${kind}-${i}`, rows: '2', 'data-item-text': kind }, item?.text ?? '');
    root.append(
      el('div', { class: 'item' },
        el('span', {}, el('label', { for: `${kind}-${i}` }, label), text),
        el('span', {}, el('label', { for: `${kind}-${i}-p` }, kind === 'q' ? `第${i + 1}问的段号` : `第${i + 1}条要点的段号`), el('input', { id: `${kind}-${i}-p`, type: 'text', size: '6', value: item?.paragraphs.join(',') ?? '', 'data-item-paragraphs': kind })),
      ),
    );
  }
}

/** One row per author named in the source: the role as it states it, or an inferred one with its reason. */
function authorRows(authors: Array<{ name?: string; role?: string; roleInferred?: string }>): void {
  $('#authors').replaceChildren(
    ...(authors.length === 0
      ? [el('p', { class: 'help' }, '原文未署作者：没有身份可写。')]
      : authors.map((a, i) =>
          el('p', { class: 'row', 'data-author': String(i) },
            el('label', { for: `author-role-${i}` }, `${a.name ?? ''} 的身份 role`), el('input', { id: `author-role-${i}`, type: 'text', size: '24', value: a.role ?? '' }),
            el('label', { for: `author-inferred-${i}` }, `${a.name ?? ''} 身份的推定理由 roleInferred`), el('input', { id: `author-inferred-${i}`, type: 'text', size: '40', value: a.roleInferred ?? '' })),
        )),
  );
}

/** One row per method mentioned in passing (its paragraphs; emptied, it goes), and one to add another. */
function passingRows(passing: Record<string, number[]>, view: DraftView): void {
  const name = (id: string) => `${view.tagNames[id] ?? id}（${id}）`;
  $('#passing').replaceChildren(
    el('p', {}, '顺带提到 passing：'),
    ...Object.entries(passing).map(([id, ps]) =>
      el('p', { class: 'row' }, el('label', { for: `passing-${id}` }, `${name(id)} 的段号`), el('input', { id: `passing-${id}`, type: 'text', size: '8', value: ps.join(','), 'data-passing': id }))),
    el('p', { class: 'row' },
      el('label', { for: 'passing-add' }, '添加顺带提到的方法'), el('select', { id: 'passing-add' }, el('option', { value: '' }, '（不添加）'), ...view.methods.filter((id) => !(id in passing)).map((id) => el('option', { value: id }, name(id)))),
      el('label', { for: 'passing-add-p' }, '它的段号'), el('input', { id: 'passing-add-p', type: 'text', size: '8' })),
  );
}

/** The paragraph numbers typed in a field, however separated (3,4 or 3、4). */
const numbers = (text: string) => (text.match(/\d+/g) ?? []).map(Number);

function readPassing(): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const input of document.querySelectorAll<HTMLInputElement>('[data-passing]')) if (numbers(input.value).length) out[input.dataset.passing!] = numbers(input.value);
  const added = ($('#passing-add') as HTMLSelectElement).value;
  if (added) out[added] = numbers(($('#passing-add-p') as HTMLInputElement).value);
  return out;
}

function readItems(kind: string): Array<{ text: string; paragraphs: number[] }> {
  const texts = Array.from(document.querySelectorAll<HTMLTextAreaElement>(`[data-item-text="${kind}"]`));
  const ps = Array.from(document.querySelectorAll<HTMLInputElement>(`[data-item-paragraphs="${kind}"]`));
  return texts.map((t, i) => ({ text: t.value, paragraphs: numbers(ps[i]!.value) }));
}

/** The place a problem is shown: at the item it names, else its field, else its part of the draft. */
function slotOf(x: Problem): HTMLElement | null {
  const at = (key: string) => document.querySelector<HTMLElement>(`[data-problem-for="${CSS.escape(`${x.area}:${key}`)}"]`);
  return (x.item ? at(x.item) : null) ?? at(x.field) ?? at('*');
}

/** The form controls a problem slot is about (data-describes names them or the element holding them). */
function describedBy(slot: HTMLElement): HTMLElement[] {
  return (slot.dataset.describes ?? '').split(/\s+/).filter(Boolean).flatMap((id) => {
    const target = document.getElementById(id);
    if (!target) return [];
    return target.matches('input, select, textarea') ? [target] : Array.from(target.querySelectorAll<HTMLElement>('input, select, textarea'));
  });
}

/**
 * Each problem at its field, tied to the field's controls by aria-describedby,
 * and a summary at the top of the draft linking to each (WCAG 3.3.1: the
 * trial's evidence problems showed under 摘要, named by nothing).
 */
function showProblems(problems: Problem[], checked: boolean): void {
  for (const slot of document.querySelectorAll<HTMLElement>('[data-problem-for]')) {
    slot.replaceChildren();
    for (const control of describedBy(slot)) control.removeAttribute('aria-describedby');
  }
  const general = $('#problems');
  general.replaceChildren();
  const links: HTMLElement[] = [];
  for (const x of problems) {
    const slot = slotOf(x);
    if (slot) {
      slot.id ||= `problem-${slot.dataset.problemFor!.replace(/[^\w-]+/g, '-')}`;
      slot.append(el('span', { 'data-problem': '' }, x.zh), el('br'));
      for (const control of describedBy(slot)) control.setAttribute('aria-describedby', slot.id);
    } else general.append(el('li', { 'data-problem': '' }, x.zh));
    const target = slot ? (describedBy(slot)[0] ?? slot) : general;
    const link = el('a', { href: `#${slot?.id ?? 'problems'}` }, x.zh);
    link.addEventListener('click', (e) => {
      e.preventDefault();
      if (!target.matches('input, select, textarea')) target.tabIndex = -1;
      target.focus();
    });
    links.push(el('li', {}, link));
  }
  $('#problem-summary-h').textContent = `检查发现 ${problems.length} 个问题（点击转到所在处）`;
  $('#problem-links').replaceChildren(...links);
  $('#problem-summary').hidden = problems.length === 0;
  if (checked && problems.length === 0) general.append(el('li', { class: 'ok', style: 'color:#14622e' }, '检查通过：可以发布。'));
}

/** What the draft already carries: accepted methods and themes with their evidence, key figures, years; each with its problem slot. */
function carried(fm: DraftView['frontmatter'], names: Record<string, string>): HTMLElement[] {
  const evidence = (fm.evidence ?? {}) as Record<string, { p?: number; quote?: string; reason?: string }>;
  const list = (v: unknown) => (Array.isArray(v) ? (v as unknown[]) : []);
  const proposed = list(fm.proposed).map(String);
  const change = (body: unknown, done: string) => void act(draftUrl('/carried'), body, done);
  const tag = (kind: 'methods' | 'themes', id: string) => {
    const e = evidence[id];
    const name = `${kind === 'methods' ? '工作方法' : '领域'}：${names[id] ?? id}（${id}）`;
    const li = el('li', { 'data-carried': id }, name, proposed.includes(id) ? '　〔文中仅倡议 proposed〕' : '', e ? `　第${e.p}段${quote(e.quote ?? '')}` : '　（无证据）');
    const row = el('span', { class: 'row' }, button('删去', () => void tagAct(draftUrl('/carried'), { remove: kind, id }, `已删去 ${name}`), { 'data-role': 'remove', 'aria-label': `删去 ${name}` }));
    if (kind === 'methods') {
      const on = proposed.includes(id);
      row.append(button(on ? '改回已做' : '移作倡议（文中仅倡议）', () => change({ id, proposed: !on }, `${names[id] ?? id}${on ? '已改回已做' : '已移作倡议'}`), { 'data-role': 'proposed', 'aria-label': `${on ? '改回已做' : '移作倡议（文中仅倡议）'} ${names[id] ?? id}` }));
    }
    li.append(row);
    if (e) {
      const input = savesOnEnter(el('input', { id: `reason-${id}`, type: 'text', size: '50', value: e.reason ?? '' }) as HTMLInputElement, () => change({ id, reason: input.value }, `已保存 ${names[id] ?? id} 的理由`));
      li.append(el('span', { class: 'row' }, el('label', { for: input.id }, `${names[id] ?? id} 的理由 reason（编者答：引文为何写的是已做，见编辑手册 §13）`), input, button('保存理由', () => change({ id, reason: input.value }, `已保存 ${names[id] ?? id} 的理由`), { 'data-role': 'reason', 'aria-label': `保存 ${names[id] ?? id} 的理由` })));
    }
    li.append(el('span', { class: 'problem', 'data-problem-for': `case:evidence.${id}`, 'data-describes': `reason-${id}` }));
    return li;
  };
  const figures = list(fm.keyFigures) as Array<{ label?: string; quote?: string }>;
  const items = [
    ...list(fm.methods).map((id) => tag('methods', String(id))),
    ...list(fm.themes).map((id) => tag('themes', String(id))),
    ...figures.map((f, i) =>
      el('li', { 'data-carried': `keyFigures[${i}]` }, `关键数字：${f.label ?? ''}——${quote(f.quote ?? '')}`, ' ',
        button('删去', () => change({ removeFigure: i }, `已删去关键数字 ${f.label ?? i + 1}`), { 'data-role': 'remove', 'aria-label': `删去关键数字 ${f.label ?? i + 1}` }),
        el('span', { class: 'problem', 'data-problem-for': `case:keyFigures[${i}]` })),
    ),
    ...(list(fm.years).length ? [el('li', {}, `年份：${list(fm.years).join('、')}`)] : []),
  ];
  return items.length ? items : [el('li', {}, '尚无')];
}

/**
 * Unsaved input survives a re-render: the trial's 类型 went back to （请选择）
 * when a proposal was accepted before 保存来源条目. A control the editor
 * changed keeps its value unless the desk's value for it changed meanwhile
 * (an accepted proposal filled it): then the desk's wins.
 */
const edited = new Set<string>();
/** The value each control was last filled with from the draft, as JSON. */
const shown = new Map<string, string>();
let shownDraft = '';
for (const form of ['#fields', '#source']) {
  $(form).addEventListener('input', (e) => {
    const target = e.target as HTMLElement;
    // A teaching item's control stands for its whole list.
    const list = target.closest('#questions, #points, #authors, #passing');
    edited.add(list ? list.id : target.id);
  });
}

/** Whether the control (or list) `id` is to be filled with `value`: false while it holds unsaved input and the desk's value is unchanged. */
function keeps(id: string, value: unknown): boolean {
  const json = JSON.stringify(value ?? '');
  if (edited.has(id) && shown.get(id) === json) return false;
  edited.delete(id);
  shown.set(id, json);
  return true;
}

function fill(id: string, value: unknown): void {
  // A number is a value too (an unquoted year): shown as written, never blanked and then saved away.
  if (keeps(id, value)) (document.getElementById(id) as HTMLInputElement).value = typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

/** After a form is saved its values are the draft's (its teaching lists included: they carry ids). */
function saved(form: string): void {
  for (const control of $(form).querySelectorAll<HTMLElement>('[id]')) edited.delete(control.id);
}

function render(view: DraftView): void {
  current = view;
  picked = undefined;
  $('#selection').textContent = '尚未选取文字。';
  nameByItem();
  const fm = view.frontmatter;
  $('#draft-h').textContent = `草稿：${fm.title ?? view.id}${fm.subtitle ? `——${fm.subtitle}` : ''}`;
  $('#draft-state').replaceChildren('状态：', el('span', { class: 'state', 'data-state': view.state }, STATES[view.state] ?? view.state));

  $('#reader').replaceChildren(
    ...view.paragraphs.map((b) =>
      b.p === null
        ? el('p', { class: 'commentary' }, b.text)
        : el('p', { id: `p${b.p}`, class: b.heading ? 'heading' : '' }, el('span', { 'data-pnum': '' }, `p${b.p}`), el('span', { class: 'ptext', 'data-p': String(b.p) }, b.text)),
    ),
  );
  $('#raw').replaceChildren(el('ol', { start: String(view.raw[0]?.line ?? 1) }, ...view.raw.map((l) => el('li', {}, l.text || '\u00a0'))));

  showList($('#flags'), view.flags.map((f) => el('li', {}, f, ' ', button('标为已核', () => void act(draftUrl('/flag'), { flag: f }, `已核：${f}`), { 'data-dismiss-flag': '', 'data-role': 'settle', 'aria-label': `标为已核：${f}` }))), '没有待核的行。');

  const readings = (fm.corrections ?? []).flatMap((c, i) => {
    // Numbered as the file lists them, joins counted: removeReading takes that number.
    if (c.type === 'join') return [];
    const what = readingSummary(c as Correction);
    // An omission is not removed by command (its block would come back into the text): the guide says how.
    const remove = c.type === 'omit' ? el('span', {}, '（若其实是正文：在草稿文件里删去此条，照 check:content 的提示把那一段放回正文，见编者指南第 6 节）') : button('删去', () => void act(draftUrl('/reading/remove'), { n: i + 1 }, '校勘记已删去'), { 'data-role': 'remove', 'aria-label': `删去校勘记 ${what}` });
    return [el('li', { 'data-correction': String(c.type) }, `${what}——${String(c.note ?? '')} `, remove)];
  });
  const joins = (fm.corrections ?? []).filter((c) => c.type === 'join').length;
  showList($('#corrections'), [...readings, ...(joins ? [el('li', {}, `接排断行 ${joins} 处（ingest 已记录，页面上显示为校勘记）`)] : [])], '还没有记录校勘。');

  $('#carried').replaceChildren(...carried(fm, view.tagNames));
  const proposals = fm.proposals ?? [];
  const names = proposalNames(proposals);
  $('#proposals').replaceChildren(...proposals.map((x, i) => proposalItem(x, i + 1, names[i]!)));
  ($('#accept-all') as HTMLButtonElement).disabled = proposals.length === 0;

  const tags = $('#add-tag') as HTMLSelectElement;
  const group = (label: string, field: string, ids: string[]) => el('optgroup', { label }, ...ids.map((id) => el('option', { value: `${field}:${id}` }, `${view.tagNames[id] ?? id}（${id}）`)));
  // An empty choice first, and again after each add: the trial's select started on a method and went back to it.
  tags.replaceChildren(el('option', { value: '' }, '（请选择）'), group('工作方法', 'methods', view.methods), group('领域', 'themes', view.themes));
  if (shownDraft !== `${view.batch}/${view.id}`) {
    edited.clear();
    shown.clear();
    shownDraft = `${view.batch}/${view.id}`;
  }
  fill('case-id', view.caseId);
  fill('summary', fm.summary);
  const region = (fm.region ?? {}) as { code?: string; township?: string; note?: string };
  const inferred = (fm.inferred ?? {}) as Record<string, string>;
  $('#region-code').textContent = `地点（区划代码，ingest 据原文查出）：${region.code ?? '未定'}`;
  fill('level', fm.level);
  fill('kind', fm.kind);
  fill('township', region.township);
  fill('region-note', region.note);
  fill('inferred-level', inferred.level);
  fill('inferred-region', inferred.region);
  fill('years', Array.isArray(fm.years) ? fm.years.join('、') : undefined);
  fill('inferred-years', inferred.years);
  const teachingProposals = view.teaching?.proposals ?? [];
  const teachingAbouts = teachingNames(teachingProposals);
  showList($('#teaching-proposals'), teachingProposals.map((x, i) => teachingProposalItem(x, i + 1, teachingAbouts[i]!)), (fm.proposals ?? []).length ? '草稿的建议处理完后拟出。' : '没有待处理的教学札记建议。');
  ($('#teaching-accept-all') as HTMLButtonElement).disabled = teachingProposals.length === 0;
  fill('purpose', view.teaching?.purpose);
  if (keeps('questions', view.teaching?.questions)) itemRows($('#questions'), 'q', view.teaching?.questions ?? [], 5);
  if (keeps('points', view.teaching?.points)) itemRows($('#points'), 'pt', view.teaching?.points ?? [], 6);
  const authors = (Array.isArray(fm.authors) ? fm.authors : []) as Array<{ name?: string; role?: string; roleInferred?: string }>;
  if (keeps('authors', authors)) authorRows(authors);
  const passing = (fm.passing ?? {}) as Record<string, number[]>;
  if (keeps('passing', passing)) passingRows(passing, view);
  if (keeps('featured', fm.featured === true)) ($('#featured') as HTMLInputElement).checked = fm.featured === true;

  fill('source-title', view.source.title);
  fill('source-id', view.sourceId.id);
  $('#source-id-why').textContent = SOURCE_ID_WHY[view.sourceId.from](view.sourceId);
  fill('source-date', view.source.date);
  fill('source-date-note', view.source.dateNote);
  fill('source-type', view.source.type);
  fill('source-publication', view.source.publication);
  fill('source-staff', view.source.staff);
  fill('source-about', view.source.about);
  $('#source-proposals').replaceChildren(...(view.source.proposals ?? []).map((x, i) => sourceProposalItem(x, i + 1, view)));

  showTwin(view);
  showProblems(view.problems, view.checked);
  ($('#publish') as HTMLButtonElement).disabled = Boolean(view.published);
  $('#published').textContent = view.published ? `已发布为 /cases/${view.published.id}/${view.published.commit ? `，已提交 ${view.published.commit.slice(0, 8)}` : ''}${view.published.note ? `（${view.published.note}）` : ''}` : '';
  if (view.published) showPublished(view.published.id);
  lockPublished(Boolean(view.published));
  document.dispatchEvent(new CustomEvent('desk:draft', { detail: view }));
}

/** A published draft says so where the check said 可以发布 (trial 21 read 检查通过：可以发布。 beside a greyed 发布). */
function showPublished(id: string): void {
  $('#problems').replaceChildren(el('li', { class: 'ok' }, `已发布：/cases/${id}/。这份草稿已写入文库，在这里不再修改；发布后的更改在 content/ 中按编辑手册进行。`));
}

/**
 * A published draft's controls no longer invite edits (the server refuses them): each one usable is disabled and
 * marked, so another draft opened gets back only those; the preview and the collation stay usable.
 */
function lockPublished(locked: boolean): void {
  for (const control of $('#draft').querySelectorAll<HTMLButtonElement | HTMLFieldSetElement | HTMLInputElement>('fieldset, button, #pick input')) {
    if (control.closest('#preview-box, #collate-box')) continue;
    if (locked && !control.disabled) {
      control.disabled = true;
      control.dataset.locked = '';
    } else if (!locked && 'locked' in control.dataset) {
      control.disabled = false;
      delete control.dataset.locked;
    }
  }
}

// Collation with a published twin (content/README.md §11), by npm run collate's library on the server.

type RecordSuggestion =
  | { type: 'correct'; p: number; original: string; corrected: string; note: string }
  | { type: 'doubt'; p: number; text: string; note: string }
  | { type: 'lacuna'; p?: number; after: string; note: string }
  | { type: 'none'; why: string; note: string };
interface CollatedDifference { a: string; b: string; atA: string; atB: string; before: string; after: string; recorded?: string; record?: RecordSuggestion }

/** The draft whose collation is shown (re-run after each change to it, so a recorded reading shows as recorded). */
let collated = '';

function showTwin(view: DraftView): void {
  const key = `${view.batch}/${view.id}`;
  $('#collate-box').hidden = !view.twin;
  if (collated !== key) {
    collated = '';
    $('#collate-verdict').textContent = '';
    $('#collate-list').replaceChildren();
  }
  if (!view.twin) return;
  const t = view.twin;
  $('#collate-twin').textContent = `本稿已作为 /cases/${t.id}/${quote(t.title)}发布过（${t.same ? '正文相同' : `${Math.round(t.similarity * 100)}% 相同`}）：不要再发布一次；它是同一案例的另一见证本。`;
  $('#collate').setAttribute('aria-label', `校勘 本稿与已发布的案例 ${t.id}`);
  if (collated === key) void showCollation().catch((error: Error) => say(error.message));
}

async function showCollation(): Promise<void> {
  const twin = current?.twin;
  if (!twin) return;
  const result = await api<{ with: { id: string; title: string }; agreement: string; differences: CollatedDifference[] }>(draftUrl(`/collate?with=${encodeURIComponent(twin.id)}`));
  collated = `${current!.batch}/${current!.id}`;
  const open = result.differences.filter((d) => !d.recorded).length;
  const verdict =
    result.agreement === 'identical' ? '两本文字全同（断行、空格与标点宽窄除外）：没有要记的异文。' : result.agreement === 'shared-slips-corrected' ? `两本文字全同（断行、空格与标点宽窄除外）；两本共有的误字，校勘记已改正${result.differences.length}处${result.differences.some((d) => d.record) ? '，另本已记而本稿未记的改正见下' : ''}。` : open === 0 ? `两本有 ${result.differences.length} 处异文，校勘记都已说明。` : open < result.differences.length ? `两本有 ${result.differences.length} 处异文：${result.differences.length - open} 处校勘记已说明，${open} 处尚未记录，见下。` : `两本有 ${open} 处异文，都尚未记录，见下。`;
  $('#collate-verdict').textContent = `与 ${result.with.id}${quote(result.with.title)}校勘：${verdict}`;
  $('#collate-list').replaceChildren(...result.differences.map((d, i) => collatedItem(d, i + 1, result.with.id)));
}

function collatedItem(d: CollatedDifference, n: number, other: string): HTMLElement {
  const reads = (s: string) => (s ? quote(s) : '（无）');
  const what = `第${n}处异文：本稿 ${d.atA} ${reads(d.a)} ↔ ${other} ${d.atB} ${reads(d.b)}`;
  const li = el('li', { 'data-difference': String(n) }, el('p', {}, what), el('p', { class: 'help' }, `…${d.before}〔${d.a}〕${d.after}…`));
  if (d.recorded) li.append(el('p', { class: 'help' }, d.recorded));
  if (d.record?.type === 'none') li.append(el('p', { class: 'help' }, d.record.note));
  else if (d.record) {
    const s = d.record;
    // A correction only the published witness recorded is offered to this draft as it stands there.
    const offer = d.recorded ? '本稿仍作原读法，可照此校正' : s.type === 'correct' ? '建议校正' : s.type === 'doubt' ? '建议记为存疑' : '建议记为脱文';
    li.append(el('p', { class: 'help' }, `${offer}：${s.note}`), button('记为校勘记…', () => toReadingForm(s), { 'data-role': 'record', 'aria-label': `记为校勘记 ${what}` }));
  }
  return li;
}

/** Takes a collation's suggestion into the 校勘记 form: its words picked in their paragraph, type and note filled; the editor checks and records. */
function toReadingForm(s: Exclude<RecordSuggestion, { type: 'none' }>): void {
  const words = s.type === 'correct' ? s.original : s.type === 'doubt' ? s.text : s.after;
  const p = s.p ?? 0;
  const at = paragraphText(p).indexOf(words);
  if (at === -1) return say(`第${p}段中找不到${quote(words)}：请在正文中选取`);
  pick(p, words, at);
  ($('#reading-type') as HTMLSelectElement).value = s.type;
  ($('#reading-corrected') as HTMLInputElement).value = s.type === 'correct' ? s.corrected : '';
  ($('#reading-note') as HTMLInputElement).value = s.note;
  $('#reading-type').focus();
  say(`已带入校勘记表单：第${p}段${quote(words)}；核对类型和说明后点“记录”`);
}

$('#collate').addEventListener('click', () => {
  void showCollation()
    .then(() => focusOn($('#collate-verdict')))
    .catch((error: Error) => say(error.message));
});

/** Why the source id field holds the id it holds: it is the one publish will use (publish.ts's plannedSourceId). */
const SOURCE_ID_WHY: Record<DraftView['sourceId']['from'], (x: DraftView['sourceId']) => string> = {
  'same-text': (x) => `文库中的来源 ${x.id}${quote(x.title ?? '')}与本件原文相同：发布时并入那一条，用它的 id。`,
  entry: () => '发布时用此 id。',
  stated: () => '由来源条目拟定：汇编按题名，报纸、网页按刊载处与日期；填了类型、刊载处、日期后随之更新。发布时用此 id，可改。',
};

/** What each source-entry proposal fills, in the desk's words (an about proposal quotes a footnote of the source's own note). */
const SOURCE_PROPOSAL_WORDS: Readonly<Record<string, string>> = { date: '日期', compiler: '编印单位', about: '编者说明（加在末尾）' };

/**
 * A source entry's proposal (the date or the compiler a cover prints, a footnote of its own note for about). A
 * compiler against a publication already typed offers both ways in the
 * desk's words (the trial met an English refusal that offered one): take the
 * compiler as the publication, or keep what was typed and reject it.
 */
function sourceProposalItem(x: { field: string; value: string; line: number; quote: string }, n: number, view: DraftView): HTMLElement {
  const url = `/api/batches/${view.batch}/source`;
  const word = SOURCE_PROPOSAL_WORDS[x.field] ?? x.field;
  const what = `来源条目的${word}：${x.value}`;
  const li = el('li', { class: 'proposal', 'data-source-proposal': x.field }, `${word}：${x.value}（第${x.line}行${quote(x.quote)}） `);
  const typed = view.source.publication;
  if (x.field === 'compiler' && typeof typed === 'string' && typed !== x.value) {
    li.append(
      el('p', { class: 'help', 'data-compiler-conflict': '' }, `刊载处已填${quote(typed)}，与卷首的编印单位不同。编印单位是汇编的出版者（刊载处），不是责任编辑。二选一：`),
      el('span', { class: 'row' },
        button('以编印单位为刊载处', () => void act(url, { publication: '', accept: [n] }, `刊载处已改为编印单位：${x.value}`), { 'data-role': 'accept', 'aria-label': `以编印单位为刊载处：${x.value}（替换所填的${typed}）` }),
        button('保留所填', () => void act(url, { reject: [n] }, `已保留所填的刊载处，拒绝编印单位：${x.value}`), { 'data-role': 'reject', 'aria-label': `保留所填的刊载处：${typed}（拒绝编印单位：${x.value}；需要时在编者说明中写明）` })),
    );
    return li;
  }
  li.append(
    button('接受', () => void act(url, { accept: [n] }, `已接受${what}`), { 'data-role': 'accept', 'aria-label': `接受 ${what}` }),
    ' ',
    button('拒绝', () => void act(url, { reject: [n] }, `已拒绝${what}`), { 'data-role': 'reject', 'aria-label': `拒绝 ${what}` }),
  );
  return li;
}

/**
 * The draft's body as the case page renders it (the desk server runs the
 * site's own remark pipeline). The HTML is that pipeline's: the body is text
 * only (remark-text-only refuses markup) and every word in it is escaped. Its
 * ids and in-page links are prefixed, so they do not clash with the reader's.
 */
async function showPreview(): Promise<void> {
  const { html, notes } = await api<{ html: string; notes: string[] }>(draftUrl('/preview'));
  const doc = new DOMParser().parseFromString(`<div>${html}</div>`, 'text/html');
  for (const node of doc.querySelectorAll<HTMLElement>('[id]')) node.id = `preview-${node.id}`;
  for (const a of doc.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) a.setAttribute('href', `#preview-${a.getAttribute('href')!.slice(1)}`);
  // Method pages are the site's, not the desk's: the link is shown, not followed.
  for (const a of doc.querySelectorAll<HTMLAnchorElement>('a[href]:not([href^="#"])')) a.removeAttribute('href');
  $('#preview').replaceChildren(...Array.from(doc.body.firstElementChild!.childNodes));
  showList($('#preview-notes'), notes.map((n) => el('li', {}, n)), NO_NOTES);
}
$('#preview-box').addEventListener('toggle', () => {
  // Opened with no draft shown (trial 22 opened every report while a mail was read): there is nothing to preview.
  if (current && ($('#preview-box') as HTMLDetailsElement).open) void showPreview().catch((error: Error) => say(error.message));
});
document.addEventListener('desk:draft', () => {
  if (($('#preview-box') as HTMLDetailsElement).open) void showPreview().catch((error: Error) => say(error.message));
});

// From a selection straight to the 校勘记 form: by keyboard it lay past every 待核 line and proposal.
$('#to-reading').addEventListener('click', () => {
  if (!picked) return say('先在正文的一段中选取文字');
  $('#reading-type').focus();
});

$('#reading-type').addEventListener('change', () => {
  $('#reading-type-problem').textContent = '';
  $('#reading-type').removeAttribute('aria-invalid');
  $('#reading-type').removeAttribute('aria-describedby');
});

$('#reading').addEventListener('submit', (e) => {
  e.preventDefault();
  if (!picked) return say('先在正文的一段中选取文字');
  const select = $('#reading-type') as HTMLSelectElement;
  const type = select.value;
  // No default: the trial recorded a correction as 存疑, the type it was given without a choice.
  if (!type) {
    // Said beside the field as well as in the status line, which is far above it.
    $('#reading-type-problem').textContent = '先选校勘类型：存疑、原文之误、校正或脱文';
    select.setAttribute('aria-invalid', 'true');
    select.setAttribute('aria-describedby', 'reading-type-problem');
    say('先选校勘类型：存疑、原文之误、校正或脱文');
    return select.focus();
  }
  $('#reading-type-problem').textContent = '';
  select.removeAttribute('aria-invalid');
  select.removeAttribute('aria-describedby');
  const note = ($('#reading-note') as HTMLInputElement).value;
  const nth = picked.count > 1 ? { nth: picked.nth } : {};
  const reading =
    type === 'correct'
      ? { type, p: picked.p, original: picked.text, corrected: ($('#reading-corrected') as HTMLInputElement).value, note, ...nth }
      : type === 'lacuna'
        ? { type, p: picked.p, after: picked.text, note }
        : { type: 'doubt', ...(type === 'original-error' ? { kind: 'original-error' } : {}), p: picked.p, text: picked.text, note, ...nth };
  // Each reading is typed anew: the type chosen for the last one is no default for the next.
  void act(draftUrl('/reading'), reading, '校勘记已记录').then((ok) => {
    if (ok) select.value = '';
  });
});

/**
 * A change of the draft's methods or themes, said with what it did to the teaching note's open proposals, which
 * the desk drafts again from the tags as they now are (node/teaching-beside.ts; trial 21's went on about a method removed).
 */
async function tagAct(url: string, body: unknown, done: string): Promise<boolean> {
  const before = JSON.stringify(current?.teaching?.proposals ?? []);
  const ok = await act(url, body, done);
  const now = current?.teaching?.proposals ?? [];
  if (ok && JSON.stringify(now) !== before) say(`${done}；教学札记尚未处理的建议已按现在的方法、领域重拟（${now.length} 条），已处理的不变`);
  return ok;
}

// The status line says what was added and from which words (the trial read only 已添加).
$('#add').addEventListener('submit', (e) => {
  e.preventDefault();
  if (!picked) return say('先在正文的一段中选取文字');
  const select = $('#add-tag') as HTMLSelectElement;
  if (!select.value) {
    select.focus();
    return say('先选一个方法或领域');
  }
  const [field, value] = select.value.split(':');
  void tagAct(draftUrl('/add'), { field, value, p: picked.p, quote: picked.text }, `已添加：${field === 'methods' ? '工作方法' : '领域'}：${select.selectedOptions[0]?.textContent ?? value}（第${picked.p}段${brief(picked.text)}）`);
});
$('#add-figure').addEventListener('click', () => {
  if (!picked) return say('先在正文的一段中选取文字');
  const label = ($('#add-label') as HTMLInputElement).value;
  void act(draftUrl('/add'), { field: 'keyFigures', label, p: picked.p, quote: picked.text }, `已添加关键数字：${label}（第${picked.p}段${brief(picked.text)}）`);
});

$('#accept-all').addEventListener('click', () => {
  // A label or note typed but not saved would be lost to the machine's: the editor saves it first.
  const unsaved = Array.from(document.querySelectorAll<HTMLInputElement>('#proposals [data-unsaved-check]')).find((input) => input.value !== input.defaultValue);
  if (unsaved) {
    say(`${unsaved.labels?.[0]?.textContent ?? '说明'}已改而未保存：按 Enter 或点“保存”后再接受全部`);
    return unsaved.focus();
  }
  void act(draftUrl('/answer'), { all: true }, '已接受全部余下的建议');
});
$('#teaching-accept-all').addEventListener('click', () => void act(draftUrl('/teaching/answer'), { all: true }, '已接受全部教学札记建议'));
$('#fields').addEventListener('submit', (e) => {
  e.preventDefault();
  void act(draftUrl('/fields'), {
    caseId: ($('#case-id') as HTMLInputElement).value.trim(),
    summary: ($('#summary') as HTMLTextAreaElement).value,
    level: ($('#level') as HTMLSelectElement).value,
    kind: ($('#kind') as HTMLSelectElement).value,
    township: ($('#township') as HTMLInputElement).value,
    regionNote: ($('#region-note') as HTMLInputElement).value,
    inferredLevel: ($('#inferred-level') as HTMLInputElement).value,
    inferredRegion: ($('#inferred-region') as HTMLInputElement).value,
    years: ($('#years') as HTMLInputElement).value,
    inferredYears: ($('#inferred-years') as HTMLInputElement).value,
    teaching: { purpose: ($('#purpose') as HTMLTextAreaElement).value, questions: readItems('q'), points: readItems('pt') },
    featured: ($('#featured') as HTMLInputElement).checked,
    authors: Array.from(document.querySelectorAll<HTMLElement>('[data-author]')).map((_, i) => ({ role: ($(`#author-role-${i}`) as HTMLInputElement).value, roleInferred: ($(`#author-inferred-${i}`) as HTMLInputElement).value })),
    passing: readPassing(),
  }).then((ok) => {
    if (!ok) return;
    saved('#fields');
    say('已保存并检查');
  });
});
$('#source').addEventListener('submit', (e) => {
  e.preventDefault();
  // The id is sent only when the editor changed it: the id shown keeps following the entry's title, type and publication as publish would.
  const id = edited.has('source-id') ? { id: ($('#source-id') as HTMLInputElement).value } : {};
  void act(`/api/batches/${current!.batch}/source`, { title: ($('#source-title') as HTMLInputElement).value, ...id, date: ($('#source-date') as HTMLInputElement).value, dateNote: ($('#source-date-note') as HTMLInputElement).value, type: ($('#source-type') as HTMLSelectElement).value, publication: ($('#source-publication') as HTMLInputElement).value, staff: ($('#source-staff') as HTMLInputElement).value, about: ($('#source-about') as HTMLTextAreaElement).value }).then((ok) => {
    if (!ok) return;
    saved('#source');
    say('来源条目已保存并检查');
  });
});
$('#check').addEventListener('click', () => void act(draftUrl('/check'), {}));
// Publishing writes into the library and commits: asked once, in the page (a browser dialog is not the desk's voice).
$('#publish').addEventListener('click', () => {
  // What publishing does with this content folder: committed only where it is a git checkout.
  $('#publish-ask').textContent = `发布后案例写入内容文件夹${current?.contentInGit ? '并提交到 git' : '（它不在 git 仓库中，不提交）'}，id 不能再改。现在发布吗？`;
  $('#publish-confirm').hidden = false;
  $('#publish-yes').focus();
});
$('#publish-no').addEventListener('click', () => {
  $('#publish-confirm').hidden = true;
  $('#publish').focus();
  say('未发布');
});
$('#publish-yes').addEventListener('click', async () => {
  // Focus goes to the message that will say the outcome before the button it was on is hidden (WCAG 2.4.3: trial 21 fell to <body>).
  $('#published').textContent = '正在发布…';
  focusOn($('#published'));
  $('#publish-confirm').hidden = true;
  try {
    const result = await api<{ ok: boolean; id?: string; commit?: string; note?: string; problems?: Problem[] }>(draftUrl('/publish'), {});
    if (!result.ok) {
      $('#published').textContent = '';
      showProblems(result.problems ?? [], true);
      say('未发布：请先解决所列问题');
      focusOn($('#problem-summary').hidden ? $('#problems') : $('#problem-summary-h'));
    } else {
      say(`已发布：/cases/${result.id}/`);
      await reload();
      focusOn($('#published'));
    }
    await showQueue();
  } catch (error) {
    $('#published').textContent = `未发布：${(error as Error).message}`;
    say((error as Error).message);
  }
});

void showQueue();
