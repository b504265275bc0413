import type { Candidate, CandidateSkillLevel, ProfileLabels } from '@jobbro/candidates';
import { distanceBandOf, type DistanceBand } from './distance-band';
import type { ShortlistAnswer } from './shortlist-entry.entity';

/** What an employer is told of a candidate's answer: never who at the jobcentre will read it. */
export interface EmployerAnswerView {
  answer: ShortlistAnswer;
  comment: string | null;
  answeredAt: Date;
  answeredBy: string | null;
}

/** Who the candidate is: only when the candidate consented to this company and has not withdrawn it. */
export interface CandidateIdentity {
  name: string;
  email: string | null;
  phone: string | null;
}

export interface EmployerEntryView {
  reference: string;
  position: number;
  skills: { label: string; level: number }[];
  hoursPerWeek: number | null;
  ladderStep: number;
  distanceBand: DistanceBand | null;
  desiredOccupations: string[];
  identity: CandidateIdentity | null;
  answer: EmployerAnswerView | null;
}

export interface EntryFacts {
  reference: string;
  position: number;
  answer: ShortlistAnswer | null;
  answerComment: string | null;
  answeredAt: Date | null;
  answeredByName: string | null;
}

/**
 * One shortlist entry as the company sees it. Only work-relevant facts leave: skills with their level, hours, the
 * step on beskæftigelsestrappen, a distance band and the occupations wanted. Never target group (it tells the benefit),
 * accommodations (health data), birth date or age, postcode, notes, the consultant, or how the candidate came onto
 * the list. Name, e-mail and phone only with `consented` (an unwithdrawn consent to exactly this company).
 */
export function anonymisedEntry(
  entry: EntryFacts,
  candidate: Pick<Candidate, 'name' | 'email' | 'phone' | 'hoursPerWeek' | 'ladderStep' | 'desiredOccupations'>,
  skills: readonly CandidateSkillLevel[],
  labels: Pick<ProfileLabels, 'skill' | 'occupation'>,
  distanceKm: number | null,
  consented: boolean,
): EmployerEntryView {
  return {
    reference: entry.reference,
    position: entry.position,
    skills: skills.map(({ skillUri, level }) => ({ label: labels.skill(skillUri), level })),
    hoursPerWeek: candidate.hoursPerWeek,
    ladderStep: candidate.ladderStep,
    distanceBand: distanceBandOf(distanceKm),
    desiredOccupations: candidate.desiredOccupations.map((code) => labels.occupation(code)),
    identity: consented ? { name: candidate.name, email: candidate.email, phone: candidate.phone } : null,
    answer:
      entry.answer && entry.answeredAt
        ? {
            answer: entry.answer,
            comment: entry.answerComment,
            answeredAt: entry.answeredAt,
            answeredBy: entry.answeredByName,
          }
        : null,
  };
}
