import { Column, Entity, PrimaryColumn } from 'typeorm';

export type SkillType = 'skill/competence' | 'knowledge';

/** An ESCO skill or knowledge concept, identified by its ESCO URI. Danish labels are Jobbro's own (ESCO has none). */
@Entity({ name: 'skills' })
export class Skill {
  @PrimaryColumn({ type: 'text' })
  uri: string;

  @Column({ type: 'text', nullable: true })
  type: SkillType | null;

  @Column({ name: 'reuse_level', type: 'text', nullable: true })
  reuseLevel: string | null;

  @Column({ name: 'label_da', type: 'text', nullable: true })
  labelDa: string | null;

  @Column({ name: 'label_en', type: 'text' })
  labelEn: string;

  @Column({ name: 'synonyms_da', type: 'text', array: true, default: () => "'{}'" })
  synonymsDa: string[];

  @Column({ name: 'synonyms_en', type: 'text', array: true, default: () => "'{}'" })
  synonymsEn: string[];
}
