import { TARGET_GROUPS } from '@jobbro/candidates';
import type { TaxonomyCatalogue } from '@jobbro/taxonomy';
import { SkillRelations, type EssentialSkillRow } from '../scoring/skill-relations';

export const UNKNOWN_GROUP = 255;

/**
 * Small integers for the codes matching compares millions of times: skills, occupations (with their ISCO group and
 * sector), sectors (one bit each) and target groups. Built once per process from the taxonomy, which changes only
 * with a migration.
 */
export class MatchDictionary {
  readonly skillOrdinal = new Map<string, number>();
  readonly occupationOrdinal = new Map<string, number>();
  readonly occupationCodes: string[] = [];
  /** ISCO unit group of each occupation as a number (0110 → 110), so minor groups compare as `isco / 10 | 0`. */
  readonly iscoOf: Int32Array;
  readonly sectorBitOfOccupation: Int32Array;
  readonly sectorBit = new Map<string, number>();
  readonly groupIndex = new Map<string, number>(TARGET_GROUPS.map((group, index) => [group, index]));
  /** Per skill ordinal, the ordinals of its related skills. */
  readonly relatedOrdinals: Uint16Array[];
  readonly relations: SkillRelations;

  constructor(
    readonly skillUris: readonly string[],
    readonly catalogue: TaxonomyCatalogue,
    essentialRows: readonly EssentialSkillRow[],
  ) {
    skillUris.forEach((uri, index) => this.skillOrdinal.set(uri, index));
    [...catalogue.sectors.keys()].forEach((code, index) => this.sectorBit.set(code, 1 << index));
    const occupations = [...catalogue.occupations.values()].sort((a, b) => (a.code < b.code ? -1 : 1));
    this.iscoOf = new Int32Array(occupations.length);
    this.sectorBitOfOccupation = new Int32Array(occupations.length);
    occupations.forEach((occupation, index) => {
      this.occupationOrdinal.set(occupation.code, index);
      this.occupationCodes.push(occupation.code);
      this.iscoOf[index] = Number(occupation.iscoCode);
      this.sectorBitOfOccupation[index] = this.sectorBit.get(occupation.sectorCode) ?? 0;
    });
    this.relations = new SkillRelations(essentialRows);
    this.relatedOrdinals = skillUris.map(
      (uri) =>
        new Uint16Array(
          this.relations
            .relatedTo(uri)
            .map((related) => this.skillOrdinal.get(related))
            .filter((ordinal): ordinal is number => ordinal !== undefined),
        ),
    );
  }

  sectorMask(codes: readonly string[]): number {
    let mask = 0;
    for (const code of codes) mask |= this.sectorBit.get(code) ?? 0;
    return mask;
  }

  /** ISCO unit groups of the occupations named (unknown codes are skipped). */
  iscoCodesOf(occupationCodes: readonly string[]): string[] {
    return occupationCodes.flatMap((code) => {
      const occupation = this.catalogue.occupations.get(code);
      return occupation ? [occupation.iscoCode] : [];
    });
  }
}
