/**
 * The handout's presentation and comparison controls. They read the cases
 * from the list as the handout page rendered it (its order is the trainer's),
 * so they never need to know how that list is stored.
 */
import { COMPARE_MAX } from '../lib/compare/compare.ts';
import { compareUrl } from '../lib/urls.ts';

const listedIds = (list: Element) =>
  [...list.querySelectorAll<HTMLElement>('[data-handout-item]')].map((el) => el.dataset.handoutItem ?? '').filter(Boolean);

export function bindHandoutExtras(): void {
  const list = document.querySelector('[data-handout-list]');
  const present = document.querySelector<HTMLButtonElement>('[data-handout-present]');
  const compare = document.querySelector<HTMLAnchorElement>('[data-handout-compare]');
  if (!list || !present || !compare) return;
  const update = () => {
    const ids = listedIds(list);
    present.hidden = ids.length === 0;
    compare.hidden = ids.length < 2;
    compare.href = compareUrl(ids.slice(0, COMPARE_MAX));
    compare.textContent = ids.length > COMPARE_MAX ? `比较前 ${COMPARE_MAX} 个案例` : '比较这些案例';
  };
  new MutationObserver(update).observe(list, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-handout-item'] });
  update();
  present.addEventListener('click', () => {
    void import('./presentation.ts').then((m) =>
      m.presentHandout(listedIds(list), (id) => {
        const item = list.querySelector(`[data-handout-item="${CSS.escape(id)}"]`);
        const target = item?.querySelector<HTMLElement>('[data-field="title"]') ?? present;
        item?.scrollIntoView({ block: 'center' });
        target.focus();
      }),
    );
  });
}
