/**
 * Everything a case page runs, as one script: the site's header and print
 * bindings plus the ¶ links (and their 引用本段 menu), the passage tool's loader, the citation and the handout
 * toggle, the presentation and read-aloud loaders. A case page is the most visited; one request instead of nine.
 */
import { bindCaseExtras } from './case-extras.ts';
import { bindCitation } from './citation.ts';
import { bindHandoutToggle } from './handout-store.ts';
import { bindParagraphLinks } from './paragraph-links.ts';
import { bindPassageLinksOnDemand } from './passage-link-loader.ts';
import { bindSite } from './site.ts';

export function bindCasePage(): void {
  bindSite();
  bindHandoutToggle();
  bindCitation();
  bindParagraphLinks();
  bindPassageLinksOnDemand();
  bindCaseExtras();
}
