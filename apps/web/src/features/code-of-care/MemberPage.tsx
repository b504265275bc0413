import './code-of-care.css';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { fill, formatDateTime, useI18n, useMessages } from '../../i18n';
import { useSession } from '../../session';
import { Page } from '../../ui/Page';
import { LoadFailed, Loading } from '../../ui/states';
import { getMember, NETWORK_EDITORS, type HistoryEntry, type MembershipDetail } from './api';
import { shortDate } from './format';
import { MemberActions } from './MemberActions';
import { ActivityText } from './MembersSection';
import { messages } from './messages';
import { PledgesSection } from './PledgesSection';

/** One company's membership: its facts, its activity, its pledges and its dated history. */
export default function MemberPage() {
  const m = useMessages(messages);
  const { id = '' } = useParams();
  const member = useQuery({ queryKey: ['code-of-care', 'member', id], queryFn: () => getMember(id) });
  if (member.isPending) return <Loading />;
  if (member.isError || !member.data) {
    return (
      <Page title={m.title}>
        <LoadFailed error={member.error} />
        <p>
          <Link to="/code-of-care">{m.backToNetwork}</Link>
        </p>
      </Page>
    );
  }
  return <MemberDetail member={member.data} />;
}

function MemberDetail({ member }: { member: MembershipDetail }) {
  const m = useMessages(messages);
  const { language } = useI18n();
  const { user } = useSession();
  const mayEdit = NETWORK_EDITORS.includes(user?.role ?? '');
  const day = (value: string) => shortDate(value, language);
  const history = [...member.history].sort((a, b) =>
    a.effectiveOn === b.effectiveOn
      ? b.recordedAt.localeCompare(a.recordedAt)
      : b.effectiveOn.localeCompare(a.effectiveOn),
  );
  return (
    <Page
      title={fill(m.memberTitle, { company: member.company.name })}
      actions={<Link to="/code-of-care">{m.backToNetwork}</Link>}
    >
      <section className="coc-section" aria-labelledby="coc-facts-title">
        <h2 id="coc-facts-title">{m.factsHeading}</h2>
        <dl className="facts">
          <dt>{m.company}</dt>
          <dd>
            {member.company.name} ({fill(m.cvr, { cvr: member.company.cvrNumber })})
          </dd>
          <dt>{m.status}</dt>
          <dd>{m.statuses[member.status]}</dd>
          {member.status === 'prospect' && (
            <>
              <dt>{m.stage}</dt>
              <dd>{m.stages[member.prospectStage]}</dd>
            </>
          )}
          <dt>{m.source}</dt>
          <dd>{m.sources[member.source]}</dd>
          <dt>{m.owner}</dt>
          <dd>{member.owner?.name ?? m.noOwner}</dd>
          <dt>{m.lastContact}</dt>
          <dd>{member.lastContactAt ? formatDateTime(member.lastContactAt, language) : m.neverContacted}</dd>
          {member.pledgeSignedOn && (
            <>
              <dt>{m.pledge}</dt>
              <dd>
                {fill(m.pledgeValue, { date: day(member.pledgeSignedOn), signatory: member.pledgeSignatory ?? m.none })}
              </dd>
            </>
          )}
          {member.joinedOn && (
            <>
              <dt>{m.joinedOn}</dt>
              <dd>{day(member.joinedOn)}</dd>
            </>
          )}
          {member.leftOn && (
            <>
              <dt>{m.leftOn}</dt>
              <dd>{day(member.leftOn)}</dd>
              <dt>{m.leftReason}</dt>
              <dd>{member.leftReason ?? m.none}</dd>
            </>
          )}
          <dt>{m.activity}</dt>
          <dd>
            <ActivityText activity={member.activity} language={language} />
          </dd>
          {member.note && (
            <>
              <dt>{m.note}</dt>
              <dd>{member.note}</dd>
            </>
          )}
        </dl>
      </section>

      {mayEdit && <MemberActions member={member} />}

      {member.status !== 'prospect' && <PledgesSection member={member} />}

      <section className="coc-section" aria-labelledby="coc-history-title">
        <h2 id="coc-history-title">{m.historyHeading}</h2>
        {history.length === 0 ? (
          <p>{m.historyNone}</p>
        ) : (
          <div className="table-wrap">
            <table className="data">
              <caption>{m.historyCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{m.effectiveOn}</th>
                  <th scope="col">{m.change}</th>
                  <th scope="col">{m.by}</th>
                  <th scope="col">{m.recordedAt}</th>
                </tr>
              </thead>
              <tbody>
                {history.map((entry) => (
                  <tr key={entry.id}>
                    <th scope="row">{day(entry.effectiveOn)}</th>
                    <td>
                      <HistoryChange entry={entry} />
                    </td>
                    <td>{entry.byName ?? m.none}</td>
                    <td>{formatDateTime(entry.recordedAt, language)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </Page>
  );
}

/** A history entry in words: the kind of change, from and to in the page's own words where it knows them. */
function HistoryChange({ entry }: { entry: HistoryEntry }) {
  const m = useMessages(messages);
  const { language } = useI18n();
  const words = (value: string | null): string => {
    if (value === null) return m.none;
    // A contact's value is when it happened; an owner's is the name, or 'none' when the owner was taken off.
    if (entry.kind === 'contact' && !Number.isNaN(Date.parse(value))) return formatDateTime(value, language);
    const known: Record<string, string> = {
      ...(entry.kind === 'status' ? m.statuses : {}),
      ...(entry.kind === 'stage' ? m.stages : {}),
      ...(entry.kind === 'activity' ? { active: m.active, inactive: m.inactive } : {}),
      ...(entry.kind === 'owner' ? { none: m.noOwner } : {}),
    };
    return known[value] ?? value;
  };
  return (
    <>
      <strong>{m.historyKinds[entry.kind]}</strong>:{' '}
      {entry.kind === 'contact' || entry.fromValue === null
        ? words(entry.toValue)
        : fill(m.fromTo, { from: words(entry.fromValue), to: words(entry.toValue) })}
      {entry.note && (
        <>
          <br />
          <span className="hint">{entry.note}</span>
        </>
      )}
    </>
  );
}
