import { INTAKE_KINDS, type IntakeKind } from '../../api/vocabulary';

export { INTAKE_KINDS };

/** The queue's filters, kept in the URL (?status=…&assignee=…&kind=…&breached=…): a view can be linked. */
export const STATUS_FILTERS = ['open', 'awaiting-contact', 'contacted', 'closed', 'all'] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

export interface QueueFilters {
  status: StatusFilter;
  /** '' anyone, 'mine', 'none' (nobody holds it), or a staff member's id. */
  assignee: string;
  kind: IntakeKind | '';
  breached: '' | 'true' | 'false';
  page: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reads the filters from the URL; anything unknown falls back to its default rather than reaching the API. */
export function filtersFrom(params: URLSearchParams): QueueFilters {
  const status = params.get('status') ?? '';
  const assignee = params.get('assignee') ?? '';
  const kind = params.get('kind') ?? '';
  const breached = params.get('breached') ?? '';
  const page = Number(params.get('page') ?? '1');
  return {
    status: (STATUS_FILTERS as readonly string[]).includes(status) ? (status as StatusFilter) : 'open',
    assignee: assignee === 'mine' || assignee === 'none' || UUID.test(assignee) ? assignee : '',
    kind: (INTAKE_KINDS as readonly string[]).includes(kind) ? (kind as IntakeKind) : '',
    breached: breached === 'true' || breached === 'false' ? breached : '',
    page: Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1,
  };
}

/** The URL's query for the filters: defaults left out, so the plain queue has a plain address. */
export function filtersTo(filters: QueueFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.status !== 'open') params.set('status', filters.status);
  if (filters.assignee) params.set('assignee', filters.assignee);
  if (filters.kind) params.set('kind', filters.kind);
  if (filters.breached) params.set('breached', filters.breached);
  if (filters.page > 1) params.set('page', String(filters.page));
  return params;
}

/** The API's query for the filters; `me` is the signed-in staff member's id, for "mine". */
export function queueQuery(filters: QueueFilters, me: string) {
  return {
    status: filters.status,
    ...(filters.assignee === 'mine'
      ? { assignee: me }
      : filters.assignee === 'none'
        ? { assignee: 'unassigned' }
        : filters.assignee
          ? { assignee: filters.assignee }
          : {}),
    ...(filters.kind ? { kind: filters.kind } : {}),
    ...(filters.breached ? { breached: filters.breached === 'true' } : {}),
    page: filters.page,
    pageSize: 50,
  };
}
