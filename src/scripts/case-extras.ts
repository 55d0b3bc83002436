/**
 * The case page's presentation and read-aloud controls, its share and print
 * buttons, and the marks of a search that opened it. Only this loader ships
 * with the page; presentation's, read-aloud's and the marks' code (and
 * styles) load on use (dynamic import), so a first visit stays light.
 */
import { handedWords, HIGHLIGHT_KEY } from '../lib/search-handoff.ts';
import { paragraphOfFragment, PRESENT_PARAM } from '../lib/urls.ts';
import { copyWithFeedback } from './copy-feedback.ts';

/** The paragraph in the address (a paragraph or passage link), where presentation and read-aloud start. */
const paragraphInHash = (): number | null => paragraphOfFragment(location.hash)?.n ?? null;

/** The system's share sheet where there is one (phones), else the short link copied, as the ¶ links copy theirs. */
function bindShare(button: HTMLButtonElement): void {
  const url = new URL(button.dataset.shareUrl!, location.href).href;
  const title = button.dataset.shareTitle!;
  button.addEventListener('click', () => {
    if (typeof navigator.share === 'function') {
      // A dismissed sheet rejects; nothing to report then.
      navigator.share({ title, url }).catch(() => undefined);
      return;
    }
    void copyWithFeedback(url, '本案例的短链接', button);
  });
  button.classList.remove('invisible');
}

function bindPrintButton(button: HTMLButtonElement): void {
  button.addEventListener('click', () => window.print());
  button.classList.remove('invisible');
}

/** Words a search result handed to this page (once): their marker loads only then. */
function markHandedWords(): void {
  let stored: string | null = null;
  try {
    stored = sessionStorage.getItem(HIGHLIGHT_KEY);
    sessionStorage.removeItem(HIGHLIGHT_KEY);
  } catch {
    return;
  }
  const words = handedWords(stored, location.pathname);
  if (words.length > 0) void import('./search-highlight.ts').then((m) => m.highlightSearch(words));
}

export function bindCaseExtras(): void {
  markHandedWords();
  const share = document.querySelector<HTMLButtonElement>('[data-share]');
  if (share) bindShare(share);
  const print = document.querySelector<HTMLButtonElement>('[data-print]');
  if (print) bindPrintButton(print);
  const present = document.querySelector<HTMLButtonElement>('[data-present]');
  const readAloud = document.querySelector<HTMLButtonElement>('[data-read-aloud]');
  const caseId = present?.dataset.caseId;
  if (present && caseId) {
    const open = () => import('./presentation.ts').then((m) => m.presentCase(caseId, present, paragraphInHash()));
    present.addEventListener('click', () => void open());
    present.classList.remove('invisible');
    if (new URLSearchParams(location.search).has(PRESENT_PARAM)) void open();
  }
  if (readAloud) {
    readAloud.addEventListener('click', () => void import('./read-aloud.ts').then((m) => m.toggleReadAloud(readAloud, paragraphInHash())));
    readAloud.classList.remove('invisible');
  }
}
