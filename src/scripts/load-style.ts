/**
 * A stylesheet added when a tool is first used. Imported as `?url` so the
 * build does not hoist it into every page that might load the tool: the
 * first visit pays only for what it shows. Resolves once the sheet applies
 * (or failed: the tool still works, unstyled).
 */
export function loadStyle(href: string): Promise<void> {
  const existing = document.querySelector<HTMLLinkElement>(`link[rel="stylesheet"][href="${CSS.escape(href)}"]`);
  if (existing) return Promise.resolve();
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  const done = new Promise<void>((resolve) => {
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => resolve(), { once: true });
  });
  document.head.append(link);
  return done;
}
