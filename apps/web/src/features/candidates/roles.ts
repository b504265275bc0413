import type { Role } from '../../api/client';

// As the API allows: candidates are read by consultants, leads and network coordinators (not admins), and changed
// (registered, edited, consents) by consultants and leads.
export const CANDIDATE_READERS = ['consultant', 'lead', 'network-coordinator'] as const satisfies readonly Role[];
export const CANDIDATE_EDITORS = ['consultant', 'lead'] as const satisfies readonly Role[];

export const mayEditCandidates = (role: Role | undefined) =>
  role !== undefined && (CANDIDATE_EDITORS as readonly Role[]).includes(role);
