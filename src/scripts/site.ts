/**
 * What every page's header and print need: the display settings, the handout
 * count, the / search shortcut and print addresses; and the offline reader's
 * registration. One module, so a page
 * loads it as one script (the case page bundles it with its own, see
 * case-page.ts).
 */
import { bindDisplaySettings } from './display-settings.ts';
import { bindHandoutLink } from './handout-store.ts';
import { registerOffline } from './offline-register.ts';
import { bindPrint } from './print.ts';
import { bindSlashShortcut } from './slash-shortcut.ts';

export function bindSite(): void {
  bindDisplaySettings();
  bindHandoutLink();
  bindSlashShortcut();
  bindPrint();
  registerOffline();
}
