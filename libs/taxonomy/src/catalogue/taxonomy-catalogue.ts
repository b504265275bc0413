import type { IscoGroup } from '../occupations/isco-group.entity';
import type { Occupation } from '../occupations/occupation.entity';
import type { Sector } from '../sectors/sector.entity';
import type { Skill } from '../skills/skill.entity';
import { normaliseTerm } from './normalise';

export const OCCUPATION_CODE = /^[0-9]{4}(\.[0-9]+)+$/;

function addTerm(index: Map<string, Set<string>>, label: string | null, key: string): void {
  if (!label) return;
  const term = normaliseTerm(label);
  if (!term) return;
  const keys = index.get(term) ?? new Set<string>();
  keys.add(key);
  index.set(term, keys);
}

/**
 * The whole taxonomy in memory (about 17,000 concepts): reference data that changes only with a migration, read on
 * every posting, candidate and match, so it is loaded once per process.
 */
export class TaxonomyCatalogue {
  readonly occupations = new Map<string, Occupation>();
  readonly occupationsByUri = new Map<string, Occupation>();
  readonly skills = new Map<string, Skill>();
  readonly sectors = new Map<string, Sector>();
  readonly iscoGroups = new Map<string, IscoGroup>();
  /** Normalised label or synonym (Danish or English) → occupation codes / skill URIs that carry it. */
  readonly occupationsByTerm = new Map<string, Set<string>>();
  readonly skillsByTerm = new Map<string, Set<string>>();

  constructor(occupations: Occupation[], skills: Skill[], sectors: Sector[], iscoGroups: IscoGroup[]) {
    for (const sector of [...sectors].sort((a, b) => a.position - b.position)) this.sectors.set(sector.code, sector);
    for (const group of iscoGroups) this.iscoGroups.set(group.code, group);
    for (const occupation of occupations) {
      this.occupations.set(occupation.code, occupation);
      this.occupationsByUri.set(occupation.uri, occupation);
      for (const label of [occupation.labelDa, occupation.labelEn, ...occupation.synonymsDa, ...occupation.synonymsEn])
        addTerm(this.occupationsByTerm, label, occupation.code);
    }
    for (const skill of skills) {
      this.skills.set(skill.uri, skill);
      for (const label of [skill.labelDa, skill.labelEn, ...skill.synonymsDa, ...skill.synonymsEn])
        addTerm(this.skillsByTerm, label, skill.uri);
    }
  }

  /** The occupation a code, an ESCO URI or an unambiguous label names; null when none or several do. */
  findOccupation(text: string): Occupation | null {
    const trimmed = text.trim();
    if (OCCUPATION_CODE.test(trimmed)) return this.occupations.get(trimmed) ?? null;
    const byUri = this.occupationsByUri.get(trimmed);
    if (byUri) return byUri;
    const codes = this.occupationsByTerm.get(normaliseTerm(trimmed));
    return codes?.size === 1 ? this.occupations.get([...codes][0])! : null;
  }

  /** The skill an ESCO URI or an unambiguous label names; null when none or several do. */
  findSkill(text: string): Skill | null {
    const trimmed = text.trim();
    const byUri = this.skills.get(trimmed);
    if (byUri) return byUri;
    const uris = this.skillsByTerm.get(normaliseTerm(trimmed));
    return uris?.size === 1 ? this.skills.get([...uris][0])! : null;
  }

  /** The skill's Danish label, its English one where it has no Danish, the URI itself when unknown. */
  skillLabel(uri: string): string {
    const skill = this.skills.get(uri);
    return skill ? (skill.labelDa ?? skill.labelEn) : uri;
  }

  /** The occupation's Danish label, its English one where it has no Danish, the code itself when unknown. */
  occupationLabel(code: string): string {
    const occupation = this.occupations.get(code);
    return occupation ? (occupation.labelDa ?? occupation.labelEn) : code;
  }

  /** The sector's Danish label, the code itself when unknown. */
  sectorLabel(code: string): string {
    return this.sectors.get(code)?.labelDa ?? code;
  }

  sectorOf(occupation: Occupation): Sector {
    return this.sectors.get(occupation.sectorCode)!;
  }
}
