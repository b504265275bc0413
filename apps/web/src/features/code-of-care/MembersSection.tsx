import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { fill, formatNumber, useI18n, useMessages, type Language } from '../../i18n';
import { ExportButton } from '../../ui/ExportButton';
import { SelectField, TextField } from '../../ui/fields';
import { submitErrorsOf } from '../../ui/forms';
import { LoadFailed, Loading, Pagination } from '../../ui/states';
import { getMembers, type ActivityFilter, type MemberActivity, type MemberQuery, type MembershipStatus } from './api';
import { shortDate } from './format';
import { messages } from './messages';
import { memberPath } from './routes';

const PAGE_SIZE = 25;
/** The API's filters, kept in the URL under the API's names so a filtered list can be linked and reloaded. */
const FILTERS = ['status', 'activity', 'q', 'sort'] as const;
type Filter = (typeof FILTERS)[number];
type Filters = Record<Filter, string>;

/** The network's companies (members, prospects, those who left) with status and activity, filtered as the API does. */
export function MembersSection() {
  const m = useMessages(messages);
  const { t, language } = useI18n();
  const [params, setParams] = useSearchParams();
  const applied = Object.fromEntries(FILTERS.map((filter) => [filter, params.get(filter) ?? ''])) as Filters;
  const page = Math.max(1, Number(params.get('side')) || 1);
  const [filters, setFilters] = useState<Filters>(applied);
  const query: MemberQuery = {
    status: (applied.status || undefined) as MembershipStatus | undefined,
    activity: (applied.activity || undefined) as ActivityFilter | undefined,
    q: applied.q || undefined,
    sort: (applied.sort || undefined) as MemberQuery['sort'],
  };
  const members = useQuery({
    queryKey: ['code-of-care', 'members', query, page],
    queryFn: () => getMembers({ ...query, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });
  const refused = members.isError ? submitErrorsOf(members.error, t, language) : null;
  const set = (filter: Filter) => (event: { target: { value: string } }) =>
    setFilters((current) => ({ ...current, [filter]: event.target.value }));
  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next = new URLSearchParams(params);
    for (const filter of FILTERS) {
      if (filters[filter].trim()) next.set(filter, filters[filter].trim());
      else next.delete(filter);
    }
    next.delete('side');
    setParams(next, { replace: true });
  };
  const options = <K extends string>(labels: Record<K, string>) =>
    (Object.entries(labels) as [K, string][]).map(([value, label]) => ({ value, label }));

  return (
    <section className="coc-section" aria-labelledby="coc-members-title">
      <div className="coc-section-heading">
        <h2 id="coc-members-title">{m.membersHeading}</h2>
        <ExportButton
          path="/api/v1/code-of-care/members/export.csv"
          query={{ ...query }}
          fileName="code-of-care-members.csv"
          label={m.exportMembers}
        />
      </div>
      <form role="search" aria-label={m.filters} onSubmit={apply} noValidate>
        <div className="filters">
          <SelectField
            name="status"
            label={m.status}
            placeholder={m.anyStatus}
            options={options(m.statuses)}
            value={filters.status}
            onChange={set('status')}
            error={refused?.fields.status}
          />
          <SelectField
            name="activity"
            label={m.activity}
            placeholder={m.anyActivity}
            options={options(m.activityFilters)}
            value={filters.activity}
            onChange={set('activity')}
            error={refused?.fields.activity}
          />
          <TextField name="q" label={m.search} value={filters.q} onChange={set('q')} error={refused?.fields.q} />
          <SelectField
            name="sort"
            label={m.sort}
            options={options(m.sorts)}
            value={filters.sort || 'name'}
            onChange={set('sort')}
            error={refused?.fields.sort}
          />
          <div className="field">
            <button type="submit">{m.applyFilters}</button>
          </div>
        </div>
      </form>
      {members.isPending ? (
        <Loading />
      ) : members.isError || !members.data ? (
        <LoadFailed error={members.error} />
      ) : members.data.items.length === 0 ? (
        <p>{m.membersNone}</p>
      ) : (
        <>
          <div className="table-wrap">
            <table className="data">
              <caption>{fill(m.membersCaption, { total: formatNumber(members.data.total, language) })}</caption>
              <thead>
                <tr>
                  <th scope="col">{m.company}</th>
                  <th scope="col">{m.status}</th>
                  <th scope="col">{m.activity}</th>
                  <th scope="col">{m.joinedOn}</th>
                  <th scope="col">{m.owner}</th>
                </tr>
              </thead>
              <tbody>
                {members.data.items.map((member) => (
                  <tr key={member.id}>
                    <th scope="row">
                      <Link to={memberPath(member.id)}>{member.company.name}</Link>
                      <br />
                      <span className="hint">{fill(m.cvr, { cvr: member.company.cvrNumber })}</span>
                    </th>
                    <td>
                      {m.statuses[member.status]}
                      {member.status === 'prospect' && ` (${m.stages[member.prospectStage]})`}
                    </td>
                    <td>
                      <ActivityText activity={member.activity} language={language} />
                    </td>
                    <td>{member.joinedOn ? shortDate(member.joinedOn, language) : m.none}</td>
                    <td>{member.owner?.name ?? m.noOwner}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination page={page} pageSize={PAGE_SIZE} total={members.data.total} />
        </>
      )}
    </section>
  );
}

/** A member's activity in words (never colour alone): active or not, the latest activity and when it lapses. */
export function ActivityText({ activity, language }: { activity: MemberActivity | null; language: Language }) {
  const m = useMessages(messages);
  if (!activity) return <>{m.none}</>;
  const last = activity.lastActivityOn
    ? `${m.activityKinds[activity.lastActivityKind ?? ''] ?? activity.lastActivityKind ?? ''} ${shortDate(
        activity.lastActivityOn,
        language,
      )}`.trim()
    : m.noActivity;
  return (
    <>
      <strong className={activity.status === 'active' ? 'status-ok' : 'status-warning'}>
        {activity.status === 'active' ? m.active : m.inactive}
      </strong>
      <br />
      {m.lastActivity}: {last}
      {activity.status === 'active' && activity.activeUntil && (
        <>
          <br />
          {activity.lapsingSoon && activity.daysUntilInactive !== null ? (
            <span className="status-warning">{fill(m.lapsingSoon, { days: activity.daysUntilInactive })}</span>
          ) : (
            fill(m.activeUntil, { date: shortDate(activity.activeUntil, language) })
          )}
        </>
      )}
    </>
  );
}
