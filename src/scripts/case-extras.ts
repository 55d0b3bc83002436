/**
 * The case page's presentation and read-aloud controls. Only this loader
 * ships with the page; each tool's code and styles load on first use
 * (dynamic import), so a first visit stays light.
 */
import { PARAGRAPH_ID_PREFIX, PRESENT_PARAM } from '../lib/urls.ts';

function paragraphInHash(): number | null {
  const m = new RegExp(`^#${PARAGRAPH_ID_PREFIX}(\\d+)$`).exec(location.hash);
  return m ? Number(m[1]) : null;
}

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
