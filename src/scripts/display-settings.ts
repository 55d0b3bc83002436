/**
 * The header's theme toggle and text-size buttons. The choice is remembered in
 * localStorage and applied before paint by public/display-init.js; a theme
 * equal to the system's is forgotten, so the page follows the system again.
 */
const THEME_KEY = 'case-library:theme';
const SIZE_KEY = 'case-library:text-size';
const MAX_SIZE = 3;

function store(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Storage blocked: the choice lasts for this page only.
  }
}

const systemDark = window.matchMedia('(prefers-color-scheme: dark)');
const root = document.documentElement;
const isDark = () => (root.dataset.theme ? root.dataset.theme === 'dark' : systemDark.matches);
const textSize = () => Number(root.dataset.textSize ?? '0');

/** Every panel on the page (the header's, and the case toolbar's text size on a phone) shows the same state. */
export function bindDisplaySettings(): void {
  const panels = [...document.querySelectorAll<HTMLElement>('[data-display-settings]')];
  if (panels.length === 0) return;
  const toggles = panels.flatMap((p) => [...p.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')]);
  const steps = panels.flatMap((p) => [...p.querySelectorAll<HTMLButtonElement>('[data-text-size-step]')]);
  const render = () => {
    for (const toggle of toggles) {
      // The label says what pressing will do; aria-pressed says whether dark is on.
      toggle.setAttribute('aria-pressed', String(isDark()));
      toggle.textContent = isDark() ? '改用浅色' : '改用深色';
    }
    for (const step of steps) step.disabled = Number(step.dataset.textSizeStep) < 0 ? textSize() <= 0 : textSize() >= MAX_SIZE;
  };
  for (const toggle of toggles) {
    toggle.addEventListener('click', () => {
      const next = isDark() ? 'light' : 'dark';
      const followsSystem = (next === 'dark') === systemDark.matches;
      if (followsSystem) delete root.dataset.theme;
      else root.dataset.theme = next;
      store(THEME_KEY, followsSystem ? null : next);
      render();
    });
  }
  for (const button of steps) {
    button.addEventListener('click', () => {
      const next = Math.min(MAX_SIZE, Math.max(0, textSize() + Number(button.dataset.textSizeStep)));
      if (next === 0) delete root.dataset.textSize;
      else root.dataset.textSize = String(next);
      store(SIZE_KEY, next === 0 ? null : String(next));
      render();
    });
  }
  systemDark.addEventListener('change', render);
  render();
  for (const panel of panels) panel.classList.remove('invisible');
}
