import { api, currentAccessToken, type Schemas } from '../../api/client';
import { toApiError, unwrap } from '../../api/errors';
import type { paths } from '../../api/schema';
import type { StaffMember } from '../candidates/staff';

export type CompanyRef = Schemas['CompanyRef'];
export type StaffRef = Schemas['StaffRef'];
export type Membership = Schemas['MembershipResponse'];
export type MembershipStatus = Membership['status'];
export type ProspectStage = Membership['prospectStage'];
export type MemberActivity = Schemas['MemberActivityResponse'];
export type MembershipDetail = Schemas['MembershipDetailResponse'];
export type HistoryEntry = Schemas['HistoryEntryResponse'];
export type Pledge = Schemas['PledgeResponse'];
export type ActivityRun = Schemas['ActivityRunResponse'];
export type ActivityWarning = Schemas['WarningResponse'];
export type Progress = Schemas['ProgressResponse'];
export type JoinBody = Schemas['JoinDto'];
export type Network = Schemas['NetworkResponse'];
export type NetworkBody = Schemas['UpdateNetworkDto'];
export type CreateMemberBody = Schemas['CreateMembershipDto'];
export type UpdateMemberBody = Schemas['UpdateMembershipDto'];
export type ContactBody = Schemas['ContactDto'];
export type LeaveBody = Schemas['LeaveDto'];
export type ReopenBody = Schemas['ReopenDto'];
export type Goal = Schemas['GoalResponse'];
export type GoalBody = Schemas['GoalDto'];
export type ReplaceGoalBody = Schemas['ReplaceGoalDto'];
export type MemberQuery = NonNullable<paths['/api/v1/code-of-care/members']['get']['parameters']['query']>;
export type ActivityFilter = NonNullable<MemberQuery['activity']>;
export type MemberSort = NonNullable<MemberQuery['sort']>;

const path = (id: string) => ({ params: { path: { id } } });

export const getProgress = (year: number) =>
  unwrap(api.GET('/api/v1/code-of-care/progress', { params: { query: { year } } }));
export const getMembers = (query: MemberQuery) =>
  unwrap(api.GET('/api/v1/code-of-care/members', { params: { query } }));
export const getMember = (id: string) => unwrap(api.GET('/api/v1/code-of-care/members/{id}', path(id)));
export const joinMember = (id: string, body: JoinBody) =>
  unwrap(api.POST('/api/v1/code-of-care/members/{id}/join', { ...path(id), body }));
export const getNetwork = () => unwrap(api.GET('/api/v1/code-of-care/network'));
export const updateNetwork = (body: NetworkBody) => unwrap(api.PUT('/api/v1/code-of-care/network', { body }));
export const createMember = (body: CreateMemberBody) => unwrap(api.POST('/api/v1/code-of-care/members', { body }));
export const updateMember = (id: string, body: UpdateMemberBody) =>
  unwrap(api.PATCH('/api/v1/code-of-care/members/{id}', { ...path(id), body }));
export const contactMember = (id: string, body: ContactBody) =>
  unwrap(api.POST('/api/v1/code-of-care/members/{id}/contacts', { ...path(id), body }));
export const leaveMember = (id: string, body: LeaveBody) =>
  unwrap(api.POST('/api/v1/code-of-care/members/{id}/leave', { ...path(id), body }));
export const reopenMember = (id: string, body: ReopenBody) =>
  unwrap(api.POST('/api/v1/code-of-care/members/{id}/reopen', { ...path(id), body }));
export const createGoal = (body: GoalBody) => unwrap(api.POST('/api/v1/code-of-care/goals', { body }));
export const replaceGoal = (id: string, body: ReplaceGoalBody) =>
  unwrap(api.PUT('/api/v1/code-of-care/goals/{id}', { ...path(id), body }));
export const getPledges = (query: { membershipId?: string; limit?: number }) =>
  unwrap(api.GET('/api/v1/code-of-care/pledges', { params: { query } }));
export const getCourses = (limit: number) =>
  unwrap(api.GET('/api/v1/code-of-care/courses', { params: { query: { limit } } }));
export const getEvents = (limit: number) =>
  unwrap(api.GET('/api/v1/code-of-care/events', { params: { query: { limit } } }));
export const getWarnings = () =>
  unwrap(api.GET('/api/v1/code-of-care/warnings', { params: { query: { open: true, limit: 50 } } }));
export const acknowledgeWarning = (id: string) =>
  unwrap(api.POST('/api/v1/code-of-care/warnings/{id}/acknowledge', path(id)));
export const recomputeActivity = () => unwrap(api.POST('/api/v1/code-of-care/activity/recompute'));

/** The latest run of the activity job, or null when it has never run (the API answers 404 then). */
export async function getLatestRun(): Promise<ActivityRun | null> {
  const call = api.GET('/api/v1/code-of-care/activity/latest');
  const { response } = await call.catch(() => ({ response: null }));
  if (response?.status === 404) return null;
  return unwrap(call);
}

/**
 * The goal chart the API renders (SVG), as a data: URL for an <img>. The page's CSP allows images from 'self' and
 * data: only (not blob:), and an <img> keeps the chart's own markup and roles out of the page's accessibility tree,
 * where the alt text and the table of the same figures speak for it.
 */
export async function getChartUrl(goalId: string): Promise<string> {
  const token = await currentAccessToken();
  let response: Response;
  try {
    response = await fetch(`/api/v1/code-of-care/goals/${encodeURIComponent(goalId)}/chart.svg`, {
      headers: { Accept: 'image/svg+xml', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      credentials: 'same-origin',
    });
  } catch {
    throw toApiError(undefined, null);
  }
  if (!response.ok) throw toApiError(response, await response.json().catch(() => null));
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(await response.text())}`;
}

/** The roles that may change the network (the API's writes); everyone on staff reads. */
export const NETWORK_EDITORS: readonly string[] = ['network-coordinator', 'lead'];

export const PROSPECT_STAGES: readonly ProspectStage[] = ['new', 'contacted', 'meeting', 'deciding', 'declined'];

/** Whole days from one YYYY-MM-DD date to another (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** Those who may follow a company: the jobcentre's staff still at work (the API refuses a former one). */
export const ownerChoices = (staff: readonly StaffMember[] | undefined) =>
  (staff ?? []).filter((member) => member.active).map((member) => ({ value: member.id, label: member.name }));
