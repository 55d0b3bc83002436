/**
 * Selecting words in a case body offers "copy a link to this passage": a
 * text-fragment URL, anchored by the paragraph's words around the passage,
 * that falls back to the paragraph. The tool is moved next to the paragraph
 * so the keyboard reaches it with one Tab; the result is shown, not only
 * announced, so it helps where the clipboard is unavailable too; it stays
 * until closed (关闭, Esc) or a while after the selection is gone.
 * Loaded on the reader's first selection (passage-link-loader.ts), which this
 * binding then handles at once.
 */
import { passageUrl, type PassageContext } from '../lib/trainer/passage-link.ts';
import { PARAGRAPH_ID_PREFIX } from '../lib/urls.ts';
import { announce } from './copy-feedback.ts';

/** How long the copied link stays shown once the selection is gone, unless the reader is in the box. */
const KEEP_MS = 12000;

/** Text of part of a paragraph as the reader sees it (the ¶ control left out). */
function visibleText(range: Range): string {
  const fragment = range.cloneContents();
  for (const el of fragment.querySelectorAll('.pilcrow, .pnum, [data-copy-note]')) el.remove();
  return fragment.textContent ?? '';
}

function contextOf(selection: Range, start: Element, end: Element): PassageContext {
  const before = document.createRange();
  before.selectNodeContents(start);
  before.setEnd(selection.startContainer, selection.startOffset);
  const after = document.createRange();
  after.selectNodeContents(end);
  after.setStart(selection.endContainer, selection.endOffset);
  return { before: visibleText(before), after: visibleText(after) };
}

const sameRange = (a: Range, b: Range) =>
  a.compareBoundaryPoints(Range.START_TO_START, b) === 0 && a.compareBoundaryPoints(Range.END_TO_END, b) === 0;

const blockOf = (node: Node) => (node instanceof Element ? node : node.parentElement)?.closest<HTMLElement>(`[data-case-body] [id^="${PARAGRAPH_ID_PREFIX}"]`) ?? null;

export function bindPassageLinks(): void {
  const body = document.querySelector<HTMLElement>('[data-case-body]');
  const tool = document.querySelector<HTMLElement>('[data-passage-tool]');
  const button = tool?.querySelector<HTMLButtonElement>('[data-passage-copy]');
  const result = tool?.querySelector<HTMLElement>('[data-passage-result]');
  const output = tool?.querySelector<HTMLInputElement>('[data-passage-url]');
  const close = tool?.querySelector<HTMLButtonElement>('[data-passage-close]');
  if (!body || !tool || !button || !result || !output || !close) return;

  let current: { url: string; range: Range } | null = null;
  let timer: number | undefined;
  // The selection the reader dismissed the tool for (Escape, 关闭): it stays
  // hidden until the selection changes.
  let dismissed: Range | null = null;
  const dismiss = () => {
    const selection = document.getSelection();
    dismissed = selection && selection.rangeCount > 0 ? selection.getRangeAt(0).cloneRange() : null;
    hide();
    document.querySelector<HTMLElement>('main')?.focus();
  };
  const hide = () => {
    window.clearTimeout(timer);
    tool.hidden = true;
    result.hidden = true;
    current = null;
  };
  // Shown once copied: leave it a while for the reader to see (or copy by hand).
  const hideLater = () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => (tool.contains(document.activeElement) ? hideLater() : hide()), KEEP_MS);
  };
  close.addEventListener('click', dismiss);
  const update = () => {
    if (tool.contains(document.activeElement)) return;
    if (!result.hidden && document.getSelection()?.isCollapsed) return hideLater();
    const selection = document.getSelection();
    const range = selection && selection.rangeCount > 0 && !selection.isCollapsed ? selection.getRangeAt(0) : null;
    const start = range ? blockOf(range.startContainer) : null;
    const end = range ? blockOf(range.endContainer) : null;
    const text = selection?.toString() ?? '';
    if (!range || !start || !end || !body.contains(start) || !text.trim()) {
      dismissed = null;
      return hide();
    }
    if (dismissed && sameRange(range, dismissed)) return hide();
    dismissed = null;
    // The same selection again (Chromium reports one when the result box is filled): keep what is shown.
    if (current?.range && sameRange(range, current.range)) return;
    current = { url: passageUrl(location.href, start.id, text, contextOf(range, start, end)), range: range.cloneRange() };
    if (tool.previousElementSibling !== end) end.after(tool);
    window.clearTimeout(timer);
    result.hidden = true;
    tool.hidden = false;
  };
  document.addEventListener('selectionchange', (event) => {
    // Text fields fire selectionchange too, bubbling to the document (setting
    // the passage field's value moves its caret). That is not the reader's
    // selection, and the browser may deliver it after a later keypress: taken
    // for one, it brought the tool back just after Escape had hidden it.
    if (event.target === document) update();
  });
  update();
  // Pressing the button must not clear the selection it is about.
  button.addEventListener('mousedown', (event) => event.preventDefault());
  button.addEventListener('click', () => {
    if (!current) return;
    const url = current.url;
    const show = (message: string) => {
      output.value = url;
      result.hidden = false;
      result.querySelector('[data-passage-message]')!.textContent = message;
      announce(`${message}${url}`);
      hideLater();
    };
    if (!navigator.clipboard) return show('浏览器不许复制，请手动复制：');
    navigator.clipboard.writeText(url).then(
      () => show('已复制所选文字的链接：'),
      () => show('未能复制，请手动复制：'),
    );
  });
  output.addEventListener('focus', () => output.select());
  tool.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') dismiss();
  });
}
