/**
 * Who publishes a document, as it states it apart from its text: a bulletin's masthead (中共于都县委组织部编), a
 * site's footer (版权所有：…, 主办单位：…, 版权归…所有), the 来源 the source entry takes (DocumentMeta.publication).
 * Its place is context, not a guess: the analysis uses it only where the text says its events are the publisher's
 * own (places.ts tieToPlace), and says so (document.ts placeOfDraft).
 */
import type { Region, RegionIndex } from '../regions/divisions.ts';
import { COMPILER, UNIT_LINE } from './case-start.ts';
import type { BlockRole } from './left-blocks.ts';
import { resolvePlace } from './places.ts';

export interface Publisher {
  /** The unit as the document names it. */
  unit: string;
  /** Where the document names it, in the report's words. */
  where: '报头' | '页脚' | '来源';
}

const UNIT = String.raw`[\p{Script=Han}（）()]{2,40}`;
/** How a footer states the site's owner: 主办单位：X, 版权所有：X, 版权归X所有, X 版权所有 (the first that names one). */
const FOOTER_STATEMENTS = [
  new RegExp(String.raw`主办(?:单位)?\s*[:：]\s*(${UNIT})`, 'u'),
  new RegExp(String.raw`版权所有\s*[:：]?\s*(${UNIT})`, 'u'),
  new RegExp(String.raw`版权归(${UNIT}?)所有`, 'u'),
  new RegExp(String.raw`(${UNIT}?)\s*版权所有`, 'u'),
];

/** The unit a footer line states as the site's owner or sponsor. */
function footerUnit(text: string): string | undefined {
  for (const pattern of FOOTER_STATEMENTS) {
    const unit = pattern.exec(text)?.[1];
    if (unit) return unit;
  }
  return undefined;
}

/** The unit a masthead line names as the issuer (中共于都县委组织部编　2025年6月18日, a unit's name alone). */
function mastheadUnit(text: string): string | undefined {
  return COMPILER.exec(text)?.groups?.unit ?? (UNIT_LINE.test(text) ? text : undefined);
}

/**
 * Every publisher the document states: the issuer a reader's masthead block names, the owner a footer line (a
 * reader's block of any role, or a chrome line the analysis took out) states, and the source entry's 来源.
 */
export function publishersOf(blocks: ReadonlyArray<{ role: BlockRole; text: string }>, publication: string | undefined): Publisher[] {
  const found: Publisher[] = [];
  for (const b of blocks) {
    const masthead = b.role === 'masthead' ? mastheadUnit(b.text) : undefined;
    const footer = masthead ? undefined : footerUnit(b.text);
    if (masthead) found.push({ unit: masthead, where: '报头' });
    else if (footer) found.push({ unit: footer, where: '页脚' });
  }
  if (publication) found.push({ unit: publication, where: '来源' });
  return found;
}

/**
 * The place the publishers' names state, read as a heading's place is (中共于都县委组织部, 平潭综合实验区党工委管委会, a
 * district's paper 石景山报; never the place word an institution's name opens with, 南京大学), with the publisher naming
 * it most precisely. None where two publishers name places off one chain: the document does not say which is its
 * own. A place stated so is no text's place by itself: only where the text ties itself to it (places.ts tieToPlace).
 */
export function publisherPlace(publishers: readonly Publisher[], regions: RegionIndex): { place: Region; publisher: Publisher } | undefined {
  const placed = publishers.flatMap((publisher) => {
    const place = resolvePlace(publisher.unit, regions);
    return place ? [{ place, publisher, chain: regions.chain(place.code).map((r) => r.code) }] : [];
  });
  const precise = [...placed].sort((a, b) => b.chain.length - a.chain.length)[0];
  return precise && placed.every((p) => precise.chain.includes(p.place.code)) ? { place: precise.place, publisher: precise.publisher } : undefined;
}
