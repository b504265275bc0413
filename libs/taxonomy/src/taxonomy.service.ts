import { Injectable, Logger, NotFoundException } from '@nestjs/common';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import { invalidFields, type FieldError } from '@jobbro/platform';
import { OCCUPATION_CODE, TaxonomyCatalogue } from './catalogue/taxonomy-catalogue';
import { IscoGroup } from './occupations/isco-group.entity';
import { OccupationSkill } from './occupations/occupation-skill.entity';
import { Occupation } from './occupations/occupation.entity';
import type { TaxonomySearchQuery } from './search/dto/taxonomy.query';
import {
  OccupationResponse,
  OccupationSearchResponse,
  SectorListResponse,
  SkillSearchResponse,
  type CodeLabelResponse,
  type SkillRefResponse,
} from './search/dto/taxonomy.response';
import type { Language } from './search/label-index';
import { TaxonomySearch, labelIn, type Resolution } from './search/taxonomy-search';
import { Sector } from './sectors/sector.entity';
import { Skill } from './skills/skill.entity';

const ESCO_URI = /^https?:\/\/data\.europa\.eu\/esco\//;
/** Ambiguous text: how many of the concepts it names the message lists. */
const LISTED = 5;

const shown = (text: string): string => (text.length > 60 ? `${text.slice(0, 57)}...` : text);

/**
 * The occupations, skills and sectors postings and candidates are described with. Free text where a code belongs
 * is turned into the code, or refused naming the field and the closest concepts.
 */
@Injectable()
export class TaxonomyService {
  private readonly logger = new Logger(TaxonomyService.name);
  private loading: Promise<TaxonomyCatalogue> | null = null;
  private indexing: Promise<TaxonomySearch> | null = null;

  constructor(private readonly dataSource: DataSource) {}

  catalogue(): Promise<TaxonomyCatalogue> {
    this.loading ??= this.load().catch((error: unknown) => {
      this.loading = null;
      throw error;
    });
    return this.loading;
  }

  /**
   * The search index, built once per process on first use (about a second of work for the full ESCO set), in slices
   * between which requests are answered.
   */
  search(): Promise<TaxonomySearch> {
    this.indexing ??= this.buildSearch().catch((error: unknown) => {
      this.indexing = null;
      throw error;
    });
    return this.indexing;
  }

  /** Starts building the search index without waiting for it: the API calls this once it listens. */
  warm(): void {
    const started = Date.now();
    this.search().then(
      (search) =>
        this.logger.log(
          `Taxonomy search index ready in ${Date.now() - started} ms: ` +
            `${search.occupationIndex.labelCount} occupation and ${search.skillIndex.labelCount} skill labels`,
        ),
      (error: unknown) => this.logger.warn(`Taxonomy search index not built yet (built on first use): ${error}`),
    );
  }

  /**
   * The occupation named by a code, an ESCO URI, a label or synonym in Danish or English, or such a label with one
   * typo when it names a single occupation; a 400 naming `field` otherwise, with the closest occupations.
   */
  async resolveOccupation(field: string, text: string): Promise<Occupation> {
    const catalogue = await this.catalogue();
    const trimmed = text.trim();
    const direct = catalogue.findOccupation(trimmed);
    if (direct) return direct;
    if (OCCUPATION_CODE.test(trimmed)) {
      const group = [...catalogue.occupations.values()].filter((each) => each.iscoCode === trimmed.slice(0, 4));
      throw invalidFields([{ field, messages: [this.refusal('occupation', trimmed, { unknown: group.slice(0, 3) })] }]);
    }
    if (ESCO_URI.test(trimmed))
      throw invalidFields([{ field, messages: [`${field} names no ESCO occupation: ${shown(trimmed)}`] }]);
    const resolution = (await this.search()).resolveOccupation(trimmed);
    if ('found' in resolution) return resolution.found;
    throw invalidFields([{ field, messages: [this.refusal('occupation', trimmed, resolution)] }]);
  }

  /**
   * Skills for URIs, labels or synonyms (or such a label with one typo when it names a single skill), in the order
   * given, duplicates dropped; one error per entry that names none (`field.index`), with the closest skills.
   */
  async resolveSkills(field: string, texts: readonly string[]): Promise<Skill[]> {
    const catalogue = await this.catalogue();
    const errors: FieldError[] = [];
    const resolved = new Map<string, Skill>();
    for (const [index, text] of texts.entries()) {
      const trimmed = text.trim();
      const entry = `${field}.${index}`;
      let skill = catalogue.findSkill(trimmed);
      if (!skill && ESCO_URI.test(trimmed)) {
        errors.push({ field: entry, messages: [`${entry} names no ESCO skill: ${shown(trimmed)}`] });
        continue;
      }
      if (!skill) {
        const resolution = (await this.search()).resolveSkill(trimmed);
        if ('found' in resolution) skill = resolution.found;
        else errors.push({ field: entry, messages: [this.refusal('skill', trimmed, resolution)] });
      }
      if (skill) resolved.set(skill.uri, skill);
    }
    if (errors.length > 0) throw invalidFields(errors);
    return [...resolved.values()];
  }

  async resolveSectors(field: string, codes: readonly string[]): Promise<Sector[]> {
    const catalogue = await this.catalogue();
    const unknown = codes.filter((code) => !catalogue.sectors.has(code));
    if (unknown.length > 0) {
      const known = [...catalogue.sectors.keys()].join(', ');
      throw invalidFields([{ field, messages: [`${field} must be sector codes, one of: ${known}`] }]);
    }
    return [...new Set(codes)].map((code) => catalogue.sectors.get(code)!);
  }

  async searchSkills({ q, lang, limit }: TaxonomySearchQuery): Promise<SkillSearchResponse> {
    const hits = (await this.search()).searchSkills(q, lang, limit);
    return {
      items: hits.map(({ concept: skill, matched }) => ({
        uri: skill.uri,
        ...labelIn(skill, lang),
        type: skill.type,
        matched,
      })),
    };
  }

  async searchOccupations({ q, lang, limit }: TaxonomySearchQuery): Promise<OccupationSearchResponse> {
    const [catalogue, search] = await Promise.all([this.catalogue(), this.search()]);
    return {
      items: search.searchOccupations(q, lang, limit).map(({ concept: occupation, matched }) => ({
        code: occupation.code,
        uri: occupation.uri,
        ...labelIn(occupation, lang),
        matched,
        ...this.placeOf(catalogue, occupation, lang),
      })),
    };
  }

  /** The occupation with the skills ESCO says it needs (essential) and often asks for (optional). */
  async occupation(code: string, lang: Language): Promise<OccupationResponse> {
    const catalogue = await this.catalogue();
    const occupation = catalogue.occupations.get(code);
    if (!occupation) throw new NotFoundException(`No occupation has the code ${code}`);
    const relations = await this.dataSource.getRepository(OccupationSkill).find({ where: { occupationCode: code } });
    const skills = (relation: OccupationSkill['relation']): SkillRefResponse[] =>
      relations
        .filter((each) => each.relation === relation)
        .map((each) => catalogue.skills.get(each.skillUri)!)
        .map((skill) => ({ uri: skill.uri, ...labelIn(skill, lang), type: skill.type }))
        .sort((a, b) => a.label.localeCompare(b.label, lang));
    const label = labelIn(occupation, lang);
    return {
      code: occupation.code,
      uri: occupation.uri,
      ...label,
      synonyms: label.language === 'da' ? occupation.synonymsDa : occupation.synonymsEn,
      ...this.placeOf(catalogue, occupation, lang),
      essentialSkills: skills('essential'),
      optionalSkills: skills('optional'),
    };
  }

  async sectors(): Promise<SectorListResponse> {
    const catalogue = await this.catalogue();
    return {
      items: [...catalogue.sectors.values()].map(({ code, labelDa, labelEn, iscoPrefixes }) => ({
        code,
        labelDa,
        labelEn,
        iscoPrefixes,
      })),
    };
  }

  private placeOf(
    catalogue: TaxonomyCatalogue,
    occupation: Occupation,
    lang: Language,
  ): { iscoGroup: CodeLabelResponse; sector: CodeLabelResponse } {
    const group = catalogue.iscoGroups.get(occupation.iscoCode)!;
    const sector = catalogue.sectorOf(occupation);
    return {
      iscoGroup: { code: group.code, label: lang === 'da' ? group.labelDa : group.labelEn },
      sector: { code: sector.code, label: lang === 'da' ? sector.labelDa : sector.labelEn },
    };
  }

  /** Why text names no single concept, with the concepts it could have meant and their codes. */
  private refusal(kind: 'occupation', text: string, resolution: Resolution<Occupation>): string;
  private refusal(kind: 'skill', text: string, resolution: Resolution<Skill>): string;
  private refusal(kind: 'occupation' | 'skill', text: string, resolution: Resolution<Occupation | Skill>): string {
    const code = (concept: Occupation | Skill) => ('code' in concept ? concept.code : concept.uri);
    const listed = (concepts: (Occupation | Skill)[]) =>
      concepts.map((concept) => `${labelIn(concept, 'da').label} (${code(concept)})`).join(', ');
    const identifier = kind === 'occupation' ? 'code' : 'URI';
    if ('ambiguous' in resolution) {
      const { ambiguous } = resolution;
      const more = ambiguous.length > LISTED ? ` and ${ambiguous.length - LISTED} more` : '';
      return (
        `"${shown(text)}" names ${ambiguous.length} ${kind}s: ${listed(ambiguous.slice(0, LISTED))}${more};` +
        ` give the ${identifier} of the one meant`
      );
    }
    const closest = 'unknown' in resolution ? resolution.unknown : [];
    return closest.length > 0
      ? `"${shown(text)}" is not a known ${kind}; the closest: ${listed(closest)};` +
          ` give a ${identifier} or an exact label`
      : `"${shown(text)}" is not a known ${kind}: give its ${identifier} or an exact label`;
  }

  private async load(): Promise<TaxonomyCatalogue> {
    const [occupations, skills, sectors, groups] = await Promise.all([
      this.dataSource.getRepository(Occupation).find(),
      this.dataSource.getRepository(Skill).find(),
      this.dataSource.getRepository(Sector).find(),
      this.dataSource.getRepository(IscoGroup).find(),
    ]);
    return new TaxonomyCatalogue(occupations, skills, sectors, groups);
  }

  private async buildSearch(): Promise<TaxonomySearch> {
    const [catalogue, demand] = await Promise.all([
      this.catalogue(),
      this.dataSource.query<{ uri: string; demand: number }[]>(
        `SELECT skill_uri AS uri, sum(CASE relation WHEN 'essential' THEN 2 ELSE 1 END)::int AS demand
           FROM occupation_skills GROUP BY skill_uri`,
      ),
    ]);
    return TaxonomySearch.buildInSlices(catalogue, new Map(demand.map((row) => [row.uri, row.demand])), () =>
      nextTurn(),
    );
  }
}
