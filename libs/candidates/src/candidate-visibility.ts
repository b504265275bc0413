import { createHash } from 'node:crypto';
import type { Candidate } from './candidate.entity';

/** What staff of the candidate's own jobcentre see. */
export function toCandidateView(candidate: Candidate, consentedCompanyIds: string[]) {
  const { jobcentreId: _jobcentre, ...view } = candidate;
  return { ...view, consentedCompanyIds };
}

export type CandidateView = ReturnType<typeof toCandidateView>;

/** What an employer may see of a candidate: the work-relevant profile, never who the person is. */
export interface AnonymisedCandidate {
  /** Stable for this company and candidate, different for every other company, so it identifies no one. */
  reference: string;
  skills: string[];
  desiredSectors: string[];
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
export function candidateForEmployer(candidate: Candidate, access: EmployerAccess): EmployerCandidateView {
  const anonymised: AnonymisedCandidate = {
    reference: createHash('sha256').update(`${access.companyId}:${candidate.id}`).digest('hex').slice(0, 16),
    skills: [...candidate.skills],
    desiredSectors: [...candidate.desiredSectors],
    hoursPerWeek: candidate.hoursPerWeek,
    ladderStep: candidate.ladderStep,
  };
  const identified = access.onShortlistSentToCompany && access.consentedCompanyIds.includes(access.companyId);
  return identified
    ? { ...anonymised, identified: true, name: candidate.name, email: candidate.email, phone: candidate.phone }
    : { ...anonymised, identified: false };
}
