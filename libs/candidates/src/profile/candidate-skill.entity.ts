import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A skill a candidate has, as an ESCO skill URI, with a level from 1 (basics) to 4 (can teach others). */
@Entity({ name: 'candidate_skills' })
export class CandidateSkill {
  @PrimaryColumn({ name: 'candidate_id', type: 'uuid' })
  candidateId: string;

  @PrimaryColumn({ name: 'skill_uri', type: 'text' })
  skillUri: string;

  @Column({ name: 'jobcentre_id', type: 'uuid' })
  jobcentreId: string;

  @Column({ type: 'smallint' })
  level: number;
}
