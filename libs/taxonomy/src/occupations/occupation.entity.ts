import { Column, Entity, PrimaryColumn, Unique } from 'typeorm';

/** An ESCO occupation, identified by its ESCO code (e.g. 8344.1), whose first four digits are its ISCO-08 group. */
@Entity({ name: 'occupations' })
@Unique('occupations_uri_key', ['uri'])
export class Occupation {
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  uri: string;

  @Column({ name: 'isco_code', type: 'text' })
  iscoCode: string;

  @Column({ name: 'sector_code', type: 'text' })
  sectorCode: string;

  /** ESCO v1.0.8's Danish label; null for the 68 occupations added after it. */
  @Column({ name: 'label_da', type: 'text', nullable: true })
  labelDa: string | null;

  @Column({ name: 'label_en', type: 'text' })
  labelEn: string;

  /** ESCO's Danish alternative labels and STAR's Danish occupation titles that match this occupation. */
  @Column({ name: 'synonyms_da', type: 'text', array: true, default: () => "'{}'" })
  synonymsDa: string[];

  @Column({ name: 'synonyms_en', type: 'text', array: true, default: () => "'{}'" })
  synonymsEn: string[];

  /** STAR (ESCOSTAR) occupation codes mapped to this occupation. */
  @Column({ name: 'star_codes', type: 'text', array: true, default: () => "'{}'" })
  starCodes: string[];
}
