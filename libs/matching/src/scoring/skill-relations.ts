import type { SkillRelationLookup } from './match-facts';

export interface EssentialSkillRow {
  occupationCode: string;
  /** The occupation's ISCO-08 unit group. */
  iscoCode: string;
  skillUri: string;
}

/** A skill essential in more ISCO groups than this is general, held widely, and relates to nothing in particular. */
const MAX_GROUPS_OF_RELATED = 12;
/** Share of ISCO groups two skills must have in common (Jaccard) to count as related. */
const MIN_GROUP_OVERLAP = 0.5;

/**
 * Related skills from the taxonomy. ESCO v1.1.1 as shipped has no skill-to-skill relations, so relatedness comes
 * from its occupation–skill relations and ISCO groups: two skills are related when they are essential in largely
 * the same ISCO unit groups (Jaccard ≥ 0.5 over the groups), the closest first, ties broken by how many occupations
 * need both. A candidate who holds a related skill was likely trained in the same group of occupations.
 */
export class SkillRelations implements SkillRelationLookup {
  private readonly related = new Map<string, readonly string[]>();

  constructor(rows: readonly EssentialSkillRow[], perSkill = 3) {
    const groupsOf = new Map<string, Set<string>>();
    const occupationsOf = new Map<string, Set<string>>();
    const skillsOfGroup = new Map<string, Set<string>>();
    for (const row of rows) {
      add(groupsOf, row.skillUri, row.iscoCode);
      add(occupationsOf, row.skillUri, row.occupationCode);
      add(skillsOfGroup, row.iscoCode, row.skillUri);
    }
    for (const [skill, groups] of groupsOf) {
      if (groups.size > MAX_GROUPS_OF_RELATED) continue;
      const shared = new Map<string, number>();
      for (const group of groups) {
        for (const other of skillsOfGroup.get(group)!) {
          if (other !== skill) shared.set(other, (shared.get(other) ?? 0) + 1);
        }
      }
      const occupations = occupationsOf.get(skill)!;
      const ranked: { uri: string; overlap: number; together: number }[] = [];
      for (const [other, count] of shared) {
        const otherGroups = groupsOf.get(other)!.size;
        if (otherGroups > MAX_GROUPS_OF_RELATED) continue;
        const overlap = count / (groups.size + otherGroups - count);
        if (overlap < MIN_GROUP_OVERLAP) continue;
        let together = 0;
        for (const occupation of occupationsOf.get(other)!) if (occupations.has(occupation)) together++;
        ranked.push({ uri: other, overlap, together });
      }
      ranked.sort((a, b) => b.overlap - a.overlap || b.together - a.together || (a.uri < b.uri ? -1 : 1));
      if (ranked.length > 0)
        this.related.set(
          skill,
          ranked.slice(0, perSkill).map((entry) => entry.uri),
        );
    }
  }

  relatedTo(skillUri: string): readonly string[] {
    return this.related.get(skillUri) ?? [];
  }

  get size(): number {
    return this.related.size;
  }
}

function add(map: Map<string, Set<string>>, key: string, value: string): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
}
