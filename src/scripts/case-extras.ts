/**
 * The case page's presentation and read-aloud controls. Only this loader
 * ships with the page; each tool's code and styles load on first use
 * (dynamic import), so a first visit stays light.
 */
import { paragraphOfFragment, PRESENT_PARAM } from '../lib/urls.ts';

/** The paragraph in the address (a paragraph or passage link), where presentation and read-aloud start. */
const paragraphInHash = (): number | null => paragraphOfFragment(location.hash)?.n ?? null;

export function bindCaseExtras(): void {
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
