/**
 * Selecting words in a case body offers "copy a link to this passage": a
 * text-fragment URL that falls back to the paragraph. In browsers without
 * text fragments, arriving at such a URL still scrolls to the paragraph.
 */
import { paragraphOfFragment, passageUrl } from '../lib/text-fragment.ts';

export function bindPassageLinks(): void {
  const body = document.querySelector<HTMLElement>('[data-case-body]');
  const tool = document.querySelector<HTMLElement>('[data-passage-tool]');
  const button = tool?.querySelector<HTMLButtonElement>('[data-passage-copy]');
  const status = document.querySelector<HTMLElement>('[data-copy-status]');
  if (!body || !tool || !button) return;

  let current: { paragraph: string; text: string } | null = null;
  document.addEventListener('selectionchange', () => {
    const selection = document.getSelection();
    const text = selection?.toString() ?? '';
    const start = selection && selection.rangeCount > 0 ? selection.getRangeAt(0).startContainer : null;
    const paragraph = start ? (start instanceof Element ? start : start.parentElement)?.closest<HTMLElement>('[data-case-body] [id^="p"]') : null;
    if (selection && !selection.isCollapsed && text.trim() && paragraph && body.contains(paragraph)) {
      current = { paragraph: paragraph.id, text };
      tool.hidden = false;
    } else if (document.activeElement !== button) {
      current = null;
      tool.hidden = true;
    }
  });
  // Pressing the button must not clear the selection it is about.
  button.addEventListener('mousedown', (event) => event.preventDefault());
  button.addEventListener('click', () => {
    if (!current) return;
    const url = passageUrl(location.href, current.paragraph, current.text);
    const done = (message: string) => {
      if (status) status.textContent = message;
      tool.hidden = true;
    };
    if (!navigator.clipboard) return done(`所选文字的链接：${url}`);
    navigator.clipboard.writeText(url).then(
      () => done(`已复制所选文字的链接：${url}`),
      () => done(`未能复制，请手动复制：${url}`),
    );
  });

  // Without text-fragment support the whole "p5:~:text=…" stays in the hash.
  const id = paragraphOfFragment(location.hash);
  if (id && location.hash !== `#${id}`) document.getElementById(id)?.scrollIntoView();
}
