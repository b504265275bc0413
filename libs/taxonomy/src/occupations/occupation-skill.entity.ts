import { Column, Entity, PrimaryColumn } from 'typeorm';

export type SkillRelation = 'essential' | 'optional';

/** ESCO's link between an occupation and a skill it needs: essential or optional. */
@Entity({ name: 'occupation_skills' })
export class OccupationSkill {
  @PrimaryColumn({ name: 'occupation_code', type: 'text' })
  occupationCode: string;

  @PrimaryColumn({ name: 'skill_uri', type: 'text' })
  skillUri: string;

  @Column({ type: 'text' })
  relation: SkillRelation;
}
