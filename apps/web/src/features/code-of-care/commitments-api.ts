import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/errors';

/** The writes behind the pledge, mentor course and network event forms, and the company search they add with. */
export type PledgeBody = Schemas['CreatePledgeDto'];
export type PledgeReplaceBody = Schemas['ReplacePledgeDto'];
export type PledgeKind = PledgeBody['kind'];
export type Course = Schemas['CourseResponse'];
export type CourseBody = Schemas['CourseDto'];
export type NetworkEvent = Schemas['EventResponse'];
export type EventBody = Schemas['EventDto'];

const path = (id: string) => ({ params: { path: { id } } });

export const PLEDGE_KINDS: readonly PledgeKind[] = [
  'småjob',
  'voksenlærling',
  'mentor',
  'host-event',
  'share-knowledge',
];

export const createPledge = (membershipId: string, body: PledgeBody) =>
  unwrap(api.POST('/api/v1/code-of-care/members/{id}/pledges', { ...path(membershipId), body }));
export const replacePledge = (id: string, body: PledgeReplaceBody) =>
  unwrap(api.PUT('/api/v1/code-of-care/pledges/{id}', { ...path(id), body }));
export const deletePledge = (id: string) => unwrap(api.DELETE('/api/v1/code-of-care/pledges/{id}', path(id)));

export const createCourse = (body: CourseBody) => unwrap(api.POST('/api/v1/code-of-care/courses', { body }));
export const replaceCourse = (id: string, body: CourseBody & { version: number }) =>
  unwrap(api.PUT('/api/v1/code-of-care/courses/{id}', { ...path(id), body }));
export const deleteCourse = (id: string) => unwrap(api.DELETE('/api/v1/code-of-care/courses/{id}', path(id)));

export const createEvent = (body: EventBody) => unwrap(api.POST('/api/v1/code-of-care/events', { body }));
export const replaceEvent = (id: string, body: EventBody & { version: number }) =>
  unwrap(api.PUT('/api/v1/code-of-care/events/{id}', { ...path(id), body }));
export const deleteEvent = (id: string) => unwrap(api.DELETE('/api/v1/code-of-care/events/{id}', path(id)));

/** The jobcentre's companies whose name or CVR number starts with or contains `q`: suggestions for a combobox. */
export async function searchCompanies(q: string) {
  const found = await unwrap(api.GET('/api/v1/companies', { params: { query: { q, pageSize: 8 } } }));
  return found.items.map((company) => ({ value: company.id, label: company.name, detail: company.cvrNumber }));
}
