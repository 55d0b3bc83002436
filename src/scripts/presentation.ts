/**
 * Presentation mode: a modal <dialog data-presentation> (the browser traps
 * focus in it and makes the page behind inert), full screen where the
 * browser allows it and full window where it does not. Loaded only when a
 * trainer opens it (dynamic import from case-extras.ts or the handout).
 */
import styles from '../styles/presentation.css?url';
import { buildDeck, keyAction, move, slideOfParagraph, type DeckCase, type Slide } from '../lib/presentation/deck.ts';
import type { HandoutItem } from '../lib/trainer/handout.ts';
import { handoutItemUrl, paragraphId, hash, PRESENT_PARAM } from '../lib/urls.ts';
import { bodyParagraphs, landOn } from './case-paragraphs.ts';
import { loadStyle } from './load-style.ts';
import { qrSvg } from './qr-svg.ts';

interface DeckOptions {
  /** Called with the slide last shown once the dialog has closed. */
  onExit: (slide: Slide) => void;
  /** Each slide as it is shown (the case page keeps its address on the paragraph shown). */
  onShow?: (slide: Slide) => void;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

async function fetchItem(id: string): Promise<HandoutItem> {
  const response = await fetch(handoutItemUrl(id));
  if (!response.ok) throw new Error(`${id}: ${response.status}`);
  return (await response.json()) as HandoutItem;
}

const toDeckCase = (item: HandoutItem, paragraphs: DeckCase['paragraphs']): DeckCase => ({
  id: item.id,
  title: item.subtitle ? `${item.title}——${item.subtitle}` : item.title,
  shortUrl: new URL(item.shortUrl, location.href).href,
  summary: item.summary,
  keyFigures: item.keyFigures,
  questions: item.questions,
  paragraphs,
});

export async function openDeck(cases: DeckCase[], start: number, options: DeckOptions): Promise<void> {
  await loadStyle(styles);
  const deck = buildDeck(cases);
  if (deck.length === 0) return;
  let index = Math.min(start, deck.length - 1);
  let closed = false;

  const dialog = el('dialog', 'presentation');
  dialog.dataset.presentation = '';
  dialog.setAttribute('aria-roledescription', '演示');
  const title = el('p', 'pres-title');
  title.id = 'pres-title';
  const position = el('p', 'pres-position');
  position.dataset.presentationPosition = '';
  const top = el('div', 'pres-top');
  top.append(title, position);
  const slide = el('div', 'pres-slide');
  slide.tabIndex = -1;
  slide.setAttribute('aria-labelledby', 'pres-label');
  const label = el('p', 'pres-label');
  label.id = 'pres-label';
  const text = el('p', 'pres-text');
  text.dataset.presentationText = '';
  slide.append(label, text);
  const controls = el('div', 'pres-controls');
  const button = (caption: string, action: () => void) => {
    const b = el('button', '', caption);
    b.type = 'button';
    b.addEventListener('click', action);
    controls.append(b);
    return b;
  };
  const prevButton = button('← 上一张', () => go(move(index, 'previous', deck.length)));
  const nextButton = button('下一张 →', () => go(move(index, 'next', deck.length)));
  button('退出演示（Esc）', () => exit());
  const corner = el('div', 'pres-corner');
  const bottom = el('div', 'pres-bottom');
  bottom.append(controls, corner);
  const status = el('p', 'pres-sr');
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  status.dataset.presentationStatus = '';
  dialog.setAttribute('aria-labelledby', 'pres-title');
  dialog.append(top, slide, bottom, status);

  let cornerCase = -1;
  function render() {
    const s = deck[index]!;
    const c = cases[s.caseIndex]!;
    title.textContent = c.title;
    label.textContent = s.label;
    text.textContent = s.text;
    text.dataset.size = s.size;
    dialog.dataset.slide = String(index + 1);
    if (s.p) dialog.dataset.p = String(s.p);
    else delete dialog.dataset.p;
    position.textContent = `${index + 1} / ${deck.length}`;
    prevButton.disabled = index === 0;
    nextButton.disabled = index === deck.length - 1;
    if (cornerCase !== s.caseIndex) {
      cornerCase = s.caseIndex;
      const caption = el('span', '', c.shortUrl.replace(/^https?:\/\//, ''));
      corner.replaceChildren(caption, qrSvg(c.shortUrl, `二维码：${c.shortUrl}`));
    }
    slide.scrollTop = 0;
    options.onShow?.(s);
    status.textContent = `${s.label}，第 ${index + 1} 张，共 ${deck.length} 张${cases.length > 1 ? `，${c.title}` : ''}`;
  }
  function go(next: number) {
    index = next;
    render();
  }
  function exit() {
    if (closed) return;
    closed = true;
    if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
    dialog.close();
    dialog.remove();
    options.onExit(deck[index]!);
  }

  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'Tab') {
      // A modal dialog keeps focus off the page, not off the browser's own UI: cycle inside,
      // through the controls (the slide, focused at opening, is none).
      const stops: HTMLElement[] = [...controls.querySelectorAll<HTMLButtonElement>('button:not(:disabled)')];
      const at = stops.indexOf(document.activeElement as HTMLElement);
      const next = event.shiftKey ? (at <= 0 ? stops.length - 1 : at - 1) : at === stops.length - 1 ? 0 : at + 1;
      event.preventDefault();
      stops[next]!.focus();
      return;
    }
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const action = keyAction(event.key);
    if (!action) return;
    // Space and Enter on a focused button press that button.
    if (event.key === ' ' && event.target instanceof HTMLButtonElement) return;
    event.preventDefault();
    if (action === 'exit') exit();
    else go(move(index, action, deck.length));
  });
  dialog.addEventListener('cancel', (event) => {
    event.preventDefault();
    exit();
  });
  slide.addEventListener('click', () => {
    if (!window.getSelection()?.toString()) go(move(index, 'next', deck.length));
  });
  // Esc in full screen is taken by the browser to leave full screen: leave the presentation with it.
  dialog.addEventListener('fullscreenchange', () => {
    if (!document.fullscreenElement) exit();
  });

  document.body.append(dialog);
  render();
  dialog.showModal();
  slide.focus();
  if (dialog.requestFullscreen && document.fullscreenEnabled) dialog.requestFullscreen({ navigationUI: 'hide' }).catch(() => {});
}

/** The case page: its body paragraphs from the page, the editors' parts from the handout data. */
export async function presentCase(caseId: string, opener: HTMLElement | null, startP: number | null): Promise<void> {
  const paragraphs = bodyParagraphs();
  const item = await fetchItem(caseId);
  const deckCase = toDeckCase(item, paragraphs.map(({ n, text }) => ({ n, text })));
  await openDeck([deckCase], slideOfParagraph(buildDeck([deckCase]), startP), {
    // The address follows the slide, so a reload or a shared link opens where the trainer is.
    onShow(slide) {
      const url = new URL(location.href);
      url.hash = slide.p ? hash(paragraphId(slide.p)) : '';
      history.replaceState(history.state, '', url);
    },
    onExit(slide) {
      const url = new URL(location.href);
      url.searchParams.delete(PRESENT_PARAM);
      const target = slide.p ? paragraphs.find((p) => p.n === slide.p)?.el : undefined;
      if (target && slide.p) {
        url.hash = hash(paragraphId(slide.p));
        history.replaceState(history.state, '', url);
        landOn(target);
      } else {
        history.replaceState(history.state, '', url);
        opener?.focus();
      }
    },
  });
}

/** The handout: the chosen cases in the trainer's order; Esc lands on the case last shown. */
export async function presentHandout(ids: string[], onExit: (caseId: string) => void): Promise<void> {
  const items = await Promise.all(ids.map(fetchItem));
  const cases = items.map((item) => toDeckCase(item, []));
  await openDeck(cases, 0, { onExit: (slide) => onExit(cases[slide.caseIndex]!.id) });
}
