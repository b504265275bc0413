import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import { fill, formatNumber, useI18n, useMessages } from '../../i18n';
import { useSession } from '../../session';
import { SelectField } from '../../ui/fields';
import { Page } from '../../ui/Page';
import { Pagination, QueryState } from '../../ui/states';
import { standingOf } from './countdown';
import { Deadline } from './Deadline';
import './duty-desk.css';
import { filtersFrom, filtersTo, INTAKE_KINDS, queueQuery, STATUS_FILTERS, type QueueFilters } from './filters';
import { FALLBACK_REFETCH_MS, useConsultants, useIntakeChanges, useNow } from './hooks';
import type { IntakeChange } from './live';
import { messages } from './messages';

/**
 * The duty desk's queue: most urgent deadline first, each with a live countdown; filters in the URL; kept up to date
 * by the intake stream (or every minute while it is down), with a polite announcement when new intakes arrive.
 */
export default function QueuePage() {
  const { t, language } = useI18n();
  const m = useMessages(messages);
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const filters = filtersFrom(params);
  const now = useNow();
  const consultants = useConsultants();
  const arrivals = useArrivals();
  const live = useIntakeChanges(arrivals.heard);

  const intakes = useQuery({
    queryKey: ['intakes', 'queue', filters, user?.id],
    queryFn: () => unwrap(api.GET('/api/v1/intakes', { params: { query: queueQuery(filters, user?.id ?? '') } })),
    placeholderData: keepPreviousData,
    refetchInterval: live === 'live' ? false : FALLBACK_REFETCH_MS,
  });

  const change = (next: Partial<QueueFilters>) => setParams(filtersTo({ ...filters, ...next, page: 1 }));
  const f = m.filters;

  return (
    <Page
      title={m.title}
      actions={
        <Link className="button-link" to="/vagtskema/ny">
          {m.newIntake}
        </Link>
      }
    >
      <form className="filters" aria-label={f.legend} onSubmit={(event) => event.preventDefault()}>
        <SelectField
          name="status"
          label={f.status}
          value={filters.status}
          onChange={(event) => change({ status: event.target.value as QueueFilters['status'] })}
          options={STATUS_FILTERS.map((value) => ({ value, label: f.statusOptions[value] }))}
        />
        <SelectField
          name="assignee"
          label={f.assignee}
          value={filters.assignee}
          onChange={(event) => change({ assignee: event.target.value })}
          options={[
            { value: '', label: f.anyone },
            { value: 'mine', label: f.mine },
            { value: 'none', label: f.none },
            ...(consultants.data ?? []).map((member) => ({ value: member.id, label: member.name })),
          ]}
        />
        <SelectField
          name="kind"
          label={f.kind}
          value={filters.kind}
          onChange={(event) => change({ kind: event.target.value as QueueFilters['kind'] })}
          options={[
            { value: '', label: f.anyKind },
            ...INTAKE_KINDS.map((kind) => ({ value: kind, label: t.kinds[kind] })),
          ]}
        />
        <SelectField
          name="breached"
          label={f.breached}
          value={filters.breached}
          onChange={(event) => change({ breached: event.target.value as QueueFilters['breached'] })}
          options={[
            { value: '', label: f.anyBreached },
            { value: 'true', label: f.onlyBreached },
            { value: 'false', label: f.notBreached },
          ]}
        />
        {params.toString() !== '' && (
          <p>
            <Link to="/vagtskema">{f.reset}</Link>
          </p>
        )}
      </form>

      <p className={`live-state ${live}`}>{m.live[live]}</p>
      <p className="arrivals" role="status" aria-live="polite">
        {arrivals.message}
      </p>

      <QueryState query={intakes}>
        {(load) =>
          load.items.length === 0 ? (
            <p>{m.empty}</p>
          ) : (
            <>
              <p>
                {load.total === 1
                  ? filters.status === 'open'
                    ? m.countOne
                    : m.countFilteredOne
                  : fill(filters.status === 'open' ? m.count : m.countFiltered, {
                      count: formatNumber(load.total, language),
                    })}
              </p>
              <table className="queue">
                <caption className="visually-hidden">{m.caption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{m.deadline}</th>
                    <th scope="col">{m.company}</th>
                    <th scope="col">{m.kind}</th>
                    <th scope="col">{m.status}</th>
                    <th scope="col">{m.assignee}</th>
                  </tr>
                </thead>
                <tbody>
                  {load.items.map((intake) => {
                    const standing = standingOf(intake, now);
                    return (
                      <tr
                        key={intake.id}
                        className={
                          standing === 'breached' ? 'breached' : standing === 'due-soon' ? 'due-soon' : undefined
                        }
                      >
                        <td>
                          <Deadline intake={intake} now={now} />
                        </td>
                        <th scope="row">
                          <Link to={`/vagtskema/${intake.id}`}>{intake.company.name ?? m.unknownCompany}</Link>
                        </th>
                        <td>{t.kinds[intake.kind]}</td>
                        <td>{t.statuses[intake.status]}</td>
                        <td>{intake.assignee?.name ?? m.unassigned}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
              <Pagination
                page={load.page}
                pageSize={load.pageSize}
                total={load.total}
                hrefFor={(page) => `/vagtskema?${filtersTo({ ...filters, page }).toString()}`}
              />
            </>
          )
        }
      </QueryState>
    </Page>
  );
}

/**
 * New intakes heard on the stream, announced politely once a burst has settled ("2 nye henvendelser er kommet"):
 * only arrivals change the live region, never the minute's tick or other changes.
 */
function useArrivals() {
  const m = useMessages(messages);
  const [message, setMessage] = useState('');
  const pending = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const words = useRef(m.live);
  words.current = m.live;
  useEffect(() => () => clearTimeout(timer.current), []);
  const heard = useCallback((change: IntakeChange) => {
    if (change.change !== 'received') return;
    pending.current++;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const count = pending.current;
      pending.current = 0;
      // Emptied first, so the same words twice are announced twice.
      setMessage('');
      timer.current = setTimeout(
        () => setMessage(count === 1 ? words.current.arrivedOne : fill(words.current.arrivedMany, { count })),
        100,
      );
    }, 1_000);
  }, []);
  return { message, heard };
}
