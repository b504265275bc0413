import { createHash } from 'node:crypto';
import type { Candidate } from './candidate.entity';
import { ageOn } from './profile/age';
import { danishToday } from './profile/birth-date';

/** The labels codes are shown with: Danish where there is one, English otherwise. */
export interface ProfileLabels {
  skill(uri: string): string;
  occupation(code: string): string;
  sector(code: string): string;
}

export interface CandidateSkillLevel {
  skillUri: string;
  level: number;
}

/** What staff of the candidate's own jobcentre see. */
export function toCandidateView(
  candidate: Candidate,
  consentedCompanyIds: string[],
  skills: readonly CandidateSkillLevel[],
  labels: ProfileLabels,
  today: string = danishToday(),
) {
  const { jobcentreId: _jobcentre, desiredOccupations, desiredSectors, ...view } = candidate;
  return {
    ...view,
    age: candidate.birthDate ? ageOn(candidate.birthDate, today) : null,
    skills: skills.map(({ skillUri, level }) => ({ uri: skillUri, label: labels.skill(skillUri), level })),
    desiredOccupations: desiredOccupations.map((code) => ({ code, label: labels.occupation(code) })),
    desiredSectors: desiredSectors.map((code) => ({ code, label: labels.sector(code) })),
    consentedCompanyIds,
  };
}

export type CandidateView = ReturnType<typeof toCandidateView>;

/**
 * What an employer may see of a candidate: the work-relevant profile, never who the person is. No birth date, age or
 * age band (age must not decide who is hired), no target group (it says which benefit the person receives), no
 * accommodations (health data), no postcode and no notes.
 */
export interface AnonymisedCandidate {
  /** Stable for this company and candidate, different for every other company, so it identifies no one. */
  reference: string;
  /** Skill labels with their level, e.g. "truckcertifikat (3)". */
  skills: string[];
  desiredOccupations: string[];
  desiredSectors: string[];
  educationLevel: string | null;
  hoursPerWeek: number | null;
  ladderStep: number;
}

export type EmployerCandidateView = AnonymisedCandidate &
  ({ identified: false } | { identified: true; name: string; email: string | null; phone: string | null });

export interface EmployerAccess {
  companyId: string;
  /** Companies the candidate has consented to be identified to (withdrawn consents excluded). */
  consentedCompanyIds: readonly string[];
  /** True when the candidate is on a shortlist the jobcentre sent to this company. */
  onShortlistSentToCompany: boolean;
}

/**
 * A candidate as an employer sees it: anonymised, unless the candidate consented to share with exactly this
 * company and the jobcentre sent it a shortlist with the candidate on it. Both are needed; neither alone is enough.
 */
export function candidateForEmployer(
  candidate: Candidate,
  skills: readonly CandidateSkillLevel[],
  labels: ProfileLabels,
  access: EmployerAccess,
): EmployerCandidateView {
  const anonymised: AnonymisedCandidate = {
    reference: createHash('sha256').update(`${access.companyId}:${candidate.id}`).digest('hex').slice(0, 16),
    skills: skills.map(({ skillUri, level }) => `${labels.skill(skillUri)} (${level})`),
    desiredOccupations: candidate.desiredOccupations.map((code) => labels.occupation(code)),
    desiredSectors: candidate.desiredSectors.map((code) => labels.sector(code)),
    educationLevel: candidate.educationLevel,
    hoursPerWeek: candidate.hoursPerWeek,
    ladderStep: candidate.ladderStep,
  };
  const identified = access.onShortlistSentToCompany && access.consentedCompanyIds.includes(access.companyId);
  return identified
    ? { ...anonymised, identified: true, name: candidate.name, email: candidate.email, phone: candidate.phone }
    : { ...anonymised, identified: false };
}
