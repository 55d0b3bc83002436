/**
 * Copying with a confirmation people can see and hear: the text goes to the
 * clipboard, a short note containing 已复制 appears beside what was copied
 * (aria-hidden: the page's polite live region says the same once), and both
 * clear after a while. Where the clipboard is unavailable the note says so.
 */
const SHOWN_MS = 4000;

let timer: number | undefined;
let shown: HTMLElement | undefined;

/** Says `message` in the page's live region (`[data-copy-status]`). */
export function announce(message: string): void {
  const status = document.querySelector<HTMLElement>('[data-copy-status]');
  if (!status) return;
  // Emptied first so the same message twice is announced twice.
  status.textContent = '';
  requestAnimationFrame(() => (status.textContent = message));
}

function showNear(anchor: Element, message: string): void {
  shown?.remove();
  window.clearTimeout(timer);
  const note = document.createElement('span');
  note.className = 'copy-note';
  note.setAttribute('aria-hidden', 'true');
  note.dataset.copyNote = '';
  note.dataset.pagefindIgnore = '';
  note.textContent = message;
  anchor.after(note);
  shown = note;
  timer = window.setTimeout(() => note.remove(), SHOWN_MS);
}

/**
 * Copies `text`; `what` names it (所选文字的链接, 第4段的链接, …). Resolves to
 * whether the clipboard took it.
 */
export async function copyWithFeedback(text: string, what: string, anchor: Element): Promise<boolean> {
  let ok = false;
  try {
    if (navigator.clipboard) {
      await navigator.clipboard.writeText(text);
      ok = true;
    }
  } catch {
    ok = false;
  }
  const short = ok ? `已复制${what}` : `未能复制${what}，请手动复制`;
  showNear(anchor, short);
  announce(ok ? `已复制${what}：${text}` : `${short}：${text}`);
  return ok;
}
