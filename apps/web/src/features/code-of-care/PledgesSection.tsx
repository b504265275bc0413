import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { fill, formatNumber, useI18n, useMessages } from '../../i18n';
import { QueryState } from '../../ui/states';
import { getPledges } from './api';
import { percent, shortDate } from './format';
import { messages } from './messages';
import { memberPath } from './routes';

/**
 * Pledges, delivered against promised: each with a progress bar and the same figures in words beside it. On the
 * network page all of them; on a member's page (membershipId) that member's only.
 */
export function PledgesSection({ membershipId, headingLevel = 2 }: { membershipId?: string; headingLevel?: 2 | 3 }) {
  const m = useMessages(messages);
  const { language } = useI18n();
  const pledges = useQuery({
    queryKey: ['code-of-care', 'pledges', membershipId ?? 'all'],
    queryFn: () => getPledges({ membershipId, limit: 100 }),
  });
  const n = (value: number) => formatNumber(value, language);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const titleId = `coc-pledges-title-${membershipId ?? 'all'}`;
  return (
    <section className="coc-section" aria-labelledby={titleId}>
      <Heading id={titleId}>{membershipId ? m.memberPledgesHeading : m.pledgesHeading}</Heading>
      <QueryState query={pledges}>
        {(page) =>
          page.items.length === 0 ? (
            <p>{m.pledgesNone}</p>
          ) : (
            <div className="table-wrap">
              <table className="data">
                <caption>{membershipId ? m.memberPledgesCaption : m.pledgesCaption}</caption>
                <thead>
                  <tr>
                    {!membershipId && <th scope="col">{m.company}</th>}
                    <th scope="col">{m.kind}</th>
                    <th scope="col">{m.delivered}</th>
                    <th scope="col">{m.period}</th>
                    <th scope="col">{m.pledgeStatus}</th>
                  </tr>
                </thead>
                <tbody>
                  {page.items.map((pledge) => {
                    const kind = m.kinds[pledge.kind];
                    return (
                      <tr key={pledge.id}>
                        {!membershipId && (
                          <th scope="row">
                            <Link to={memberPath(pledge.membershipId)}>{pledge.company.name}</Link>
                          </th>
                        )}
                        <td>
                          {kind}
                          {pledge.description && (
                            <>
                              <br />
                              <span className="hint">{pledge.description}</span>
                            </>
                          )}
                        </td>
                        <td>
                          <progress
                            className="coc-progress"
                            max={pledge.quantity}
                            value={Math.min(pledge.delivered, pledge.quantity)}
                            aria-label={fill(m.deliveredLabel, { company: pledge.company.name, kind })}
                          />{' '}
                          {fill(m.deliveredValue, {
                            delivered: n(pledge.delivered),
                            quantity: n(pledge.quantity),
                            share: percent(pledge.shareDelivered, language),
                          })}
                        </td>
                        <td>
                          {fill(m.periodValue, {
                            from: shortDate(pledge.fromOn, language),
                            to: shortDate(pledge.dueOn, language),
                          })}
                        </td>
                        <td
                          className={
                            pledge.status === 'met' ? 'status-ok' : pledge.status === 'overdue' ? 'status-warning' : ''
                          }
                        >
                          {m.pledgeStatuses[pledge.status]}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )
        }
      </QueryState>
    </section>
  );
}
