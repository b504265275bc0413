import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { invalidFields, type FieldError } from '@jobbro/platform';
import { TaxonomyCatalogue } from './catalogue/taxonomy-catalogue';
import { IscoGroup } from './occupations/isco-group.entity';
import { Occupation } from './occupations/occupation.entity';
import { Sector } from './sectors/sector.entity';
import { Skill } from './skills/skill.entity';

/**
 * The occupations, skills and sectors postings and candidates are described with. Free text where a code belongs
 * is turned into the code, or refused naming the field and the closest concepts.
 */
@Injectable()
export class TaxonomyService {
  private loading: Promise<TaxonomyCatalogue> | null = null;

  constructor(private readonly dataSource: DataSource) {}

  catalogue(): Promise<TaxonomyCatalogue> {
    this.loading ??= this.load().catch((error: unknown) => {
      this.loading = null;
      throw error;
    });
    return this.loading;
  }

  /** The occupation's code for a code, ESCO URI or label; a 400 naming `field` and suggestions otherwise. */
  async resolveOccupation(field: string, text: string): Promise<Occupation> {
    const catalogue = await this.catalogue();
    const occupation = catalogue.findOccupation(text);
    if (!occupation) throw invalidFields([{ field, messages: [this.unknown('occupation', text)] }]);
    return occupation;
  }

  /** Skills for URIs or labels, in the order given, duplicates dropped; one error per unknown entry. */
  async resolveSkills(field: string, texts: readonly string[]): Promise<Skill[]> {
    const catalogue = await this.catalogue();
    const errors: FieldError[] = [];
    const resolved = new Map<string, Skill>();
    texts.forEach((text, index) => {
      const skill = catalogue.findSkill(text);
      if (skill) resolved.set(skill.uri, skill);
      else errors.push({ field: `${field}.${index}`, messages: [this.unknown('skill', text)] });
    });
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

  private unknown(kind: 'occupation' | 'skill', text: string): string {
    const shown = text.length > 60 ? `${text.slice(0, 57)}...` : text;
    return `"${shown}" is not a known ${kind}: give its code or an exact label`;
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
}
