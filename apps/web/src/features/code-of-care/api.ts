import { currentAccessToken } from '../../api/client';
import { toApiError } from '../../api/errors';

/*
 * The Code of Care API's shapes, as the issue's contract gives them. Written here until openapi.json has the
 * endpoints; then these become Schemas[...] aliases and the calls below go through the typed `api` client.
 */
export interface CompanyRef {
  id: string;
  name: string;
  cvrNumber: string;
}
export interface StaffRef {
  id: string;
  name: string;
}
export type MembershipStatus = 'prospect' | 'member' | 'left';
export type ProspectStage = 'new' | 'contacted' | 'meeting' | 'deciding' | 'declined';
export type ActivityFilter = 'active' | 'inactive' | 'lapsing';
export type MemberSort = 'name' | 'status' | 'lastActivity' | 'lastContact';
export type PledgeKind = 'småjob' | 'voksenlærling' | 'mentor' | 'host-event' | 'share-knowledge';

export interface MemberActivity {
  status: 'active' | 'inactive';
  lastActivityOn: string | null;
  lastActivityKind: string | null;
  activeUntil: string | null;
  daysUntilInactive: number | null;
  lapsingSoon: boolean;
}
export interface Membership {
  id: string;
  company: CompanyRef;
  status: MembershipStatus;
  prospectStage: ProspectStage;
  source: 'intake' | 'manual' | 'import';
  sourceIntakeId: string | null;
  owner: StaffRef | null;
  lastContactAt: string | null;
  pledgeSignedOn: string | null;
  pledgeSignatory: string | null;
  joinedOn: string | null;
  leftOn: string | null;
  leftReason: string | null;
  note: string | null;
  activity: MemberActivity | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}
export interface HistoryEntry {
  id: string;
  kind: 'status' | 'activity' | 'stage' | 'owner' | 'contact';
  fromValue: string | null;
  toValue: string;
  effectiveOn: string;
  note: string | null;
  byName: string | null;
  recordedAt: string;
}
export interface MembershipDetail extends Membership {
  history: HistoryEntry[];
}
export interface ListPage<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}
export interface Pledge {
  id: string;
  membershipId: string;
  company: CompanyRef;
  kind: PledgeKind;
  quantity: number;
  fromOn: string;
  dueOn: string;
  description: string | null;
  delivered: number;
  remaining: number;
  shareDelivered: number;
  status: 'open' | 'met' | 'overdue';
  version: number;
}
export interface Course {
  id: string;
  title: string;
  provider: string | null;
  startsOn: string;
  endsOn: string;
  participants: { company: CompanyRef; participants: number; mentorsTrained: number }[];
  totalMentorsTrained: number;
  version: number;
}
export interface NetworkEvent {
  id: string;
  heldOn: string;
  topic: string;
  location: string | null;
  hostCompany: CompanyRef | null;
  attendance: { company: CompanyRef; attendees: number; sharedKnowledge: boolean }[];
  version: number;
}
export interface ActivityRun {
  id: string;
  asOf: string;
  trigger: string;
  jobcentres: number;
  members: number;
  active: number;
  turnedActive: number;
  turnedInactive: number;
  warningsRaised: number;
  durationMs: number;
  finishedAt: string;
}
export interface ActivityWarning {
  id: string;
  membershipId: string;
  company: CompanyRef;
  kind: 'inactive-soon' | 'turned-inactive';
  inactiveOn: string;
  raisedAt: string;
  acknowledgedAt: string | null;
  acknowledgedByName: string | null;
}
export interface Goal {
  id: string;
  year: number;
  target: number;
  baseline: number;
  baselineOn: string;
  deadlineOn: string;
  counts: 'members' | 'active-members';
  note: string | null;
  version: number;
}
export interface Forecast {
  method: string;
  description: string;
  descriptionDa: string;
  basedOnMonths: number;
  meanPerMonth: number;
  sdPerMonth: number;
  expectedAtDeadline: number;
  low: number;
  high: number;
  confidence: number;
  probabilityOfReaching: number;
  onTrack: boolean;
}
export interface Progress {
  goal: Goal;
  asOf: string;
  current: number;
  target: number;
  shareReached: number;
  gap: number;
  monthly: { month: string; joins: number; leaves: number; count: number }[];
  forecast: Forecast | null;
  prospectsToCloseGap: {
    membershipId: string;
    company: CompanyRef;
    prospectStage: ProspectStage;
    owner: StaffRef | null;
    lastContactAt: string | null;
  }[];
}
export interface JoinBody {
  pledgeSignedOn: string;
  pledgeSignatory: string;
  joinedOn?: string;
  note?: string;
  version: number;
}
export interface MemberQuery {
  status?: MembershipStatus;
  stage?: ProspectStage;
  activity?: ActivityFilter;
  ownerId?: string;
  q?: string;
  sort?: MemberSort;
  limit?: number;
  offset?: number;
}

const BASE = '/api/v1/code-of-care';
type Query = Record<string, string | number | boolean | undefined>;

async function send(method: string, path: string, query: Query = {}, body?: unknown): Promise<Response> {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  const token = await currentAccessToken();
  try {
    return await fetch(`${BASE}${path}${search.size > 0 ? `?${search}` : ''}`, {
      method,
      headers: {
        Accept: 'application/json',
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
    });
  } catch {
    throw toApiError(undefined, null);
  }
}

async function json<T>(method: string, path: string, query?: Query, body?: unknown): Promise<T> {
  const response = await send(method, path, query, body);
  const data: unknown = await response.json().catch(() => null);
  if (!response.ok) throw toApiError(response, data);
  return data as T;
}

export const getProgress = (year: number) => json<Progress>('GET', '/progress', { year });
export const getMembers = (query: MemberQuery) => json<ListPage<Membership>>('GET', '/members', { ...query });
export const getMember = (id: string) => json<MembershipDetail>('GET', `/members/${encodeURIComponent(id)}`);
export const joinMember = (id: string, body: JoinBody) =>
  json<Membership>('POST', `/members/${encodeURIComponent(id)}/join`, {}, body);
export const getPledges = (query: { membershipId?: string; limit?: number }) =>
  json<ListPage<Pledge>>('GET', '/pledges', query);
export const getCourses = (limit: number) => json<ListPage<Course>>('GET', '/courses', { limit });
export const getEvents = (limit: number) => json<ListPage<NetworkEvent>>('GET', '/events', { limit });
export const getWarnings = () => json<ListPage<ActivityWarning>>('GET', '/warnings', { open: true, limit: 50 });
export const acknowledgeWarning = (id: string) =>
  json<ActivityWarning>('POST', `/warnings/${encodeURIComponent(id)}/acknowledge`);
export const recomputeActivity = () => json<ActivityRun>('POST', '/activity/recompute');

/** The latest run of the activity job, or null when it has never run (the API answers 404 then). */
export async function getLatestRun(): Promise<ActivityRun | null> {
  const response = await send('GET', '/activity/latest');
  const data: unknown = await response.json().catch(() => null);
  if (response.status === 404) return null;
  if (!response.ok) throw toApiError(response, data);
  return data as ActivityRun;
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
    response = await fetch(`${BASE}/goals/${encodeURIComponent(goalId)}/chart.svg`, {
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
