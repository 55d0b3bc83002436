/**
 * The region pages' data: the tree of every region on some case's chain with
 * the number of cases under it, each region's cases, and the other regions a
 * region page suggests. Browser-safe.
 */
import { chainName, type RegionIndex } from '../regions/divisions.ts';
import { regionUrl } from '../urls.ts';
import type { CaseView, NearbyRegion, ProvinceGroup, RegionNode, RegionPage } from './types.ts';

export interface RegionTree {
  /** The provinces, each with its subtree, in GB/T 2260 order. */
  roots: RegionNode[];
  /** Every node by its code. */
  nodes: Map<string, RegionNode>;
  /** Cases tagged at each region or below it, in library order. */
  casesUnder: Map<string, CaseView[]>;
}

const byCode = (a: RegionNode, b: RegionNode) => a.region.code.localeCompare(b.region.code);

/** Every region on some case's chain, with subtree counts, sorted by code at each level. */
export function buildRegionTree(cases: readonly CaseView[]): RegionTree {
  const nodes = new Map<string, RegionNode>();
  const casesUnder = new Map<string, CaseView[]>();
  const roots: RegionNode[] = [];
  for (const c of cases) {
    let parent: RegionNode | undefined;
    for (const region of c.region.chain) {
      let node = nodes.get(region.code);
      if (!node) {
        node = { region, url: regionUrl(region.code), count: 0, children: [] };
        nodes.set(region.code, node);
        (parent ? parent.children : roots).push(node);
      }
      node.count++;
      const list = casesUnder.get(region.code) ?? [];
      list.push(c);
      casesUnder.set(region.code, list);
      parent = node;
    }
  }
  const sortTree = (list: RegionNode[]) => {
    list.sort(byCode);
    list.forEach((n) => sortTree(n.children));
  };
  sortTree(roots);
  return { roots, nodes, casesUnder };
}

/** How many regions each list of suggestions holds at most. */
export const NEARBY_LIMIT = 8;

/** A page per region of the tree, with its nearby regions: walked once, busiest first, until both lists are full. */
export function buildRegionPages(tree: RegionTree, regions: RegionIndex): RegionPage[] {
  const { nodes, casesUnder } = tree;
  const ancestry = new Map([...nodes.keys()].map((code) => [code, regions.chain(code).map((r) => r.code)]));
  const busiestFirst = [...nodes.values()].sort((a, b) => b.count - a.count || byCode(a, b));
  // Regions per level, and per province and level: how many of the same level lie elsewhere.
  const perLevel = new Map<string, number>();
  const perProvinceLevel = new Map<string, number>();
  for (const node of nodes.values()) {
    const key = `${ancestry.get(node.region.code)![0]}\u0000${node.region.level}`;
    perLevel.set(node.region.level, (perLevel.get(node.region.level) ?? 0) + 1);
    perProvinceLevel.set(key, (perProvinceLevel.get(key) ?? 0) + 1);
  }
  return [...nodes.values()].map((node) => {
    const codes = ancestry.get(node.region.code)!;
    const sameProvince: NearbyRegion[] = [];
    const sameProvinceCodes: string[] = [];
    const sameLevel: NearbyRegion[] = [];
    for (const other of busiestFirst) {
      if (sameProvince.length >= NEARBY_LIMIT && sameLevel.length >= NEARBY_LIMIT) break;
      const otherCodes = ancestry.get(other.region.code)!;
      // Neither this region, nor the regions it lies in, nor the ones inside it.
      if (otherCodes.includes(node.region.code) || codes.includes(other.region.code)) continue;
      const entry = () => ({ url: other.url, name: chainName(regions.chain(other.region.code)), count: other.count });
      if (otherCodes[0] === codes[0]) {
        // A county is not suggested beside its own city: the city's page holds it.
        const underChosen = sameProvinceCodes.some((code) => otherCodes.includes(code));
        if (sameProvince.length < NEARBY_LIMIT && !underChosen) {
          sameProvince.push(entry());
          sameProvinceCodes.push(other.region.code);
        }
      } else if (other.region.level === node.region.level && sameLevel.length < NEARBY_LIMIT) {
        sameLevel.push(entry());
      }
    }
    return {
      region: node.region,
      url: node.url,
      chain: regions.chain(node.region.code),
      cases: casesUnder.get(node.region.code) ?? [],
      children: node.children,
      nearby: {
        sameProvince,
        sameLevel,
        moreSameLevel: perLevel.get(node.region.level)! - perProvinceLevel.get(`${codes[0]}\u0000${node.region.level}`)! - sameLevel.length,
      },
    };
  });
}

/** Cases grouped by province, provinces in GB/T 2260 order. */
export function groupByProvince(tree: RegionTree): ProvinceGroup[] {
  return tree.roots.map((node) => ({
    province: node.region,
    url: node.url,
    cases: tree.casesUnder.get(node.region.code) ?? [],
  }));
}
