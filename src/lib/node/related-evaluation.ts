/**
 * Related-case lists against judgements (tests/related/judgements.json: per
 * case, the cases a judge calls similar, closest first), and the choice of a
 * setting by leave-one-out cross-validation, so a figure reported for a
 * setting is never scored on the cases that chose it.
 */

export type Judgements = Readonly<Record<string, { similar: readonly string[] }>>;
/** Each case's related cases, most similar first. */
export type RankedLists = ReadonlyMap<string, readonly string[]>;

export interface Figures {
  /** Judged cases among the first three, over three per judged case. */
  precisionAt3: number;
  /** Judged cases whose closest peer (first judged) is in the first five. */
  closestInTop5: number;
  judged: number;
  /**
   * Mean reciprocal rank of the closest peer (0 when not listed): a peer
   * fifth is one change away from missing, so the margin counts too.
   */
  closestReciprocalRank: number;
  /** Cases in the first three of more than five others: everyone's neighbour. */
  hubs: number;
}

function hitsAt3(list: readonly string[] = [], similar: readonly string[]): number {
  return list.slice(0, 3).filter((id) => similar.includes(id)).length;
}

function closestFound(list: readonly string[] = [], similar: readonly string[]): boolean {
  return similar.length > 0 && list.slice(0, 5).includes(similar[0]!);
}

function closestReciprocal(list: readonly string[] = [], similar: readonly string[]): number {
  const rank = similar.length ? list.indexOf(similar[0]!) + 1 : 0;
  return rank ? 1 / rank : 0;
}

/** How many cases are in the first three of more than `limit` lists. */
export function hubCount(lists: RankedLists, limit = 5): number {
  const count = new Map<string, number>();
  for (const list of lists.values()) for (const id of list.slice(0, 3)) count.set(id, (count.get(id) ?? 0) + 1);
  return [...count.values()].filter((c) => c > limit).length;
}

export function figures(lists: RankedLists, judgements: Judgements): Figures {
  const ids = Object.keys(judgements);
  const hits = ids.reduce((s, id) => s + hitsAt3(lists.get(id), judgements[id]!.similar), 0);
  const closest = ids.filter((id) => closestFound(lists.get(id), judgements[id]!.similar)).length;
  const reciprocal = ids.reduce((s, id) => s + closestReciprocal(lists.get(id), judgements[id]!.similar), 0);
  return {
    precisionAt3: ids.length ? hits / (3 * ids.length) : 0,
    closestInTop5: closest,
    judged: ids.length,
    closestReciprocalRank: ids.length ? reciprocal / ids.length : 0,
    hubs: hubCount(lists),
  };
}

/**
 * What a setting earns on one judged case: precision@3, the closest peer in
 * the top five and its reciprocal rank (the margin by which it is there) alike.
 */
function caseGain(lists: RankedLists, id: string, judgements: Judgements): number {
  const { similar } = judgements[id]!;
  const list = lists.get(id);
  return hitsAt3(list, similar) / 3 + (closestFound(list, similar) ? 1 : 0) + closestReciprocal(list, similar);
}

/** The setting with the highest gain on these cases; the earliest on a tie (put the current default first). */
export function bestSetting(settings: readonly RankedLists[], ids: readonly string[], judgements: Judgements): number {
  let best = 0;
  let bestGain = -Infinity;
  settings.forEach((lists, k) => {
    const gain = ids.reduce((s, id) => s + caseGain(lists, id, judgements), 0);
    if (gain > bestGain + 1e-9) [best, bestGain] = [k, gain];
  });
  return best;
}

export interface HeldOut {
  /** Each judged case's list from the setting the other judged cases chose. */
  lists: Map<string, readonly string[]>;
  /** Setting index chosen for each judged case. */
  picks: Map<string, number>;
  figures: Figures;
}

/**
 * Leave-one-out: each judged case gets the list of the setting chosen on all
 * the other judged cases; unjudged cases get the setting chosen on all of
 * them (they are scored by no one but count towards hubs).
 */
export function leaveOneOut(settings: readonly RankedLists[], judgements: Judgements): HeldOut {
  if (!settings.length) throw new Error('leaveOneOut: no settings to choose from');
  const ids = Object.keys(judgements);
  const overall = settings[bestSetting(settings, ids, judgements)]!;
  const lists = new Map(overall);
  const picks = new Map<string, number>();
  for (const id of ids) {
    const k = bestSetting(settings, ids.filter((x) => x !== id), judgements);
    picks.set(id, k);
    lists.set(id, settings[k]!.get(id) ?? []);
  }
  return { lists, picks, figures: figures(lists, judgements) };
}
