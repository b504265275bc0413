import { ApiProperty } from '@nestjs/swagger';
import { LANGUAGES, type Language, type MatchKind } from '../label-index';
import type { SearchMatch } from '../taxonomy-search';

const MATCH_KINDS: MatchKind[] = ['exact', 'prefix', 'words', 'fuzzy'];

export class MatchResponse implements SearchMatch {
  @ApiProperty({ example: 'truckfører', description: 'The label or synonym the query matched, as written' })
  term: string;

  @ApiProperty({ enum: LANGUAGES })
  language: Language;

  @ApiProperty({ description: 'true when a synonym matched, not the preferred label' })
  synonym: boolean;

  @ApiProperty({
    enum: MATCH_KINDS,
    description:
      'exact: the whole label; prefix: the label starts with the query; words: the query words start words of the' +
      ' label; fuzzy: with one typo in a word',
  })
  kind: MatchKind;
}

export class CodeLabelResponse {
  @ApiProperty({ example: '8344' })
  code: string;

  @ApiProperty({ example: 'Førere af gaffeltrucks' })
  label: string;
}

export class SkillHitResponse {
  @ApiProperty({ example: 'http://data.europa.eu/esco/skill/28cb374e-6261-4133-8371-f9a5470145da' })
  uri: string;

  @ApiProperty({ example: 'operate forklift', description: 'The preferred label in the language asked for' })
  label: string;

  @ApiProperty({ enum: LANGUAGES, description: "The label's language: English where the skill has no Danish label" })
  language: Language;

  @ApiProperty({ enum: ['skill/competence', 'knowledge'], nullable: true, type: String })
  type: string | null;

  @ApiProperty({ type: MatchResponse })
  matched: MatchResponse;
}

export class SkillSearchResponse {
  @ApiProperty({ type: [SkillHitResponse], description: 'The best matches first' })
  items: SkillHitResponse[];
}

export class OccupationHitResponse {
  @ApiProperty({ example: '8344.1', description: 'The ESCO code; its first four digits are the ISCO-08 group' })
  code: string;

  @ApiProperty({ example: 'http://data.europa.eu/esco/occupation/eeac6251-1974-42f5-91ed-513c6c883755' })
  uri: string;

  @ApiProperty({ example: 'gaffeltruckfører' })
  label: string;

  @ApiProperty({ enum: LANGUAGES })
  language: Language;

  @ApiProperty({ type: MatchResponse })
  matched: MatchResponse;

  @ApiProperty({ type: CodeLabelResponse, description: 'The ISCO-08 unit group' })
  iscoGroup: CodeLabelResponse;

  @ApiProperty({ type: CodeLabelResponse, description: 'The sector Jobbro reports it under' })
  sector: CodeLabelResponse;
}

export class OccupationSearchResponse {
  @ApiProperty({ type: [OccupationHitResponse], description: 'The best matches first' })
  items: OccupationHitResponse[];
}

export class SkillRefResponse {
  @ApiProperty({ example: 'http://data.europa.eu/esco/skill/28cb374e-6261-4133-8371-f9a5470145da' })
  uri: string;

  @ApiProperty({ example: 'operate forklift' })
  label: string;

  @ApiProperty({ enum: LANGUAGES })
  language: Language;

  @ApiProperty({ enum: ['skill/competence', 'knowledge'], nullable: true, type: String })
  type: string | null;
}

export class OccupationResponse {
  @ApiProperty({ example: '8344.1' })
  code: string;

  @ApiProperty({ example: 'http://data.europa.eu/esco/occupation/eeac6251-1974-42f5-91ed-513c6c883755' })
  uri: string;

  @ApiProperty({ example: 'gaffeltruckfører' })
  label: string;

  @ApiProperty({ enum: LANGUAGES })
  language: Language;

  @ApiProperty({ type: [String], example: ['Truckfører'], description: 'Synonyms in the language asked for' })
  synonyms: string[];

  @ApiProperty({ type: CodeLabelResponse })
  iscoGroup: CodeLabelResponse;

  @ApiProperty({ type: CodeLabelResponse })
  sector: CodeLabelResponse;

  @ApiProperty({ type: [SkillRefResponse], description: 'ESCO: skills the occupation needs, by label' })
  essentialSkills: SkillRefResponse[];

  @ApiProperty({ type: [SkillRefResponse], description: 'ESCO: skills often asked for, by label' })
  optionalSkills: SkillRefResponse[];
}

export class SectorResponse {
  @ApiProperty({ example: 'lager-logistik' })
  code: string;

  @ApiProperty({ example: 'Lager og logistik' })
  labelDa: string;

  @ApiProperty({ example: 'Warehouse and logistics' })
  labelEn: string;

  @ApiProperty({
    type: [String],
    example: ['4321', '8344'],
    description: 'ISCO-08 groups it covers; an occupation belongs to the sector with its longest matching prefix',
  })
  iscoPrefixes: string[];
}

export class SectorListResponse {
  @ApiProperty({ type: [SectorResponse], description: 'In the order Jobbro reports them, shortage sectors first' })
  items: SectorResponse[];
}
