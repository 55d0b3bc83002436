import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * An axe-core scan of `page`, to be given its tags (and any `include`) by the
 * caller: the same rules on the same elements as `new AxeBuilder({ page })`,
 * at a third to a half of its time. The default runs axe.runPartial in every
 * frame, then opens a second page, loads axe there again and hands it the
 * partial results (every passing node with its selector) for axe.finishRun;
 * axe.run in the page itself (legacy mode, which still follows same-origin
 * frames, and the site has no other kind) reports the same violations, and
 * resultTypes spares the selector of every passing node, which no test reads
 * (axe-core's API.md, "Performance"). tests/e2e/accessibility.spec.ts proves
 * the scan still finds what it must.
 */
export function axeScan(page: Page): AxeBuilder {
  return new AxeBuilder({ page }).setLegacyMode().options({ resultTypes: ['violations'] });
}
