import type { CandidateView } from '../candidate-visibility';

/**
 * The columns of a candidates CSV, in order: what the import reads and (with id and age in front) what the export
 * writes. Lists are joined with "|"; a skill is "URI or label:level".
 */
export const CANDIDATE_CSV_COLUMNS = [
  'externalId',
  'name',
  'email',
  'phone',
  'birthDate',
  'targetGroup',
  'educationLevel',
  'education',
  'postcode',
  'travelReachKm',
  'hoursPerWeek',
  'ladderStep',
  'willingToChangeSector',
  'desiredOccupations',
  'desiredSectors',
  'skills',
  'accommodations',
  'consultantId',
  'notes',
] as const;

export const CANDIDATE_EXPORT_COLUMNS = ['id', 'age', ...CANDIDATE_CSV_COLUMNS] as const;

export const LIST_SEPARATOR = '|';

/** One exported row, by column; personal fields included (the export is for staff of the candidate's jobcentre). */
export function candidateCsvRow(view: CandidateView): Record<(typeof CANDIDATE_EXPORT_COLUMNS)[number], string> {
  const text = (value: string | number | boolean | null) => (value === null ? '' : String(value));
  return {
    id: view.id,
    age: text(view.age),
    externalId: text(view.externalId),
    name: view.name,
    email: text(view.email),
    phone: text(view.phone),
    birthDate: text(view.birthDate),
    targetGroup: text(view.targetGroup),
    educationLevel: text(view.educationLevel),
    education: text(view.education),
    postcode: text(view.postcode),
    travelReachKm: text(view.travelReachKm),
    hoursPerWeek: text(view.hoursPerWeek),
    ladderStep: String(view.ladderStep),
    willingToChangeSector: String(view.willingToChangeSector),
    desiredOccupations: view.desiredOccupations.map((each) => each.code).join(LIST_SEPARATOR),
    desiredSectors: view.desiredSectors.map((each) => each.code).join(LIST_SEPARATOR),
    skills: view.skills.map((skill) => `${skill.uri}:${skill.level}`).join(LIST_SEPARATOR),
    accommodations: text(view.accommodations),
    consultantId: text(view.consultantId),
    notes: text(view.notes),
  };
}
