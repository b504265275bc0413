import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { fill, formatNumber, useI18n, useMessages } from '../../i18n';
import { QueryState } from '../../ui/states';
import { Confirm } from '../admin/parts';
import { getPledges, type Pledge } from './api';
import { deletePledge } from './commitments-api';
import { AddButton, RowActions, useEditing, useMayEdit, useRemove } from './editing';
import { percent, shortDate } from './format';
import { messages } from './messages';
import { PledgeForm } from './PledgeForm';
import { memberPath } from './routes';

/**
 * Pledges, delivered against promised: each with a progress bar and the same figures in words beside it. On the
 * network page all of them; on a member's page (`member`) that member's only, which coordinators and leads add to
 * (while it is a member), change and delete there.
 */
export function PledgesSection({
  member,
  headingLevel = 2,
}: {
  member?: { id: string; company: { name: string }; status: string };
  headingLevel?: 2 | 3;
}) {
  const m = useMessages(messages);
  const { language } = useI18n();
  const queryClient = useQueryClient();
  const membershipId = member?.id;
  const mayEdit = useMayEdit() && !!member;
  const edit = useEditing<Pledge>();
  const remove = useRemove(deletePledge);
  const pledges = useQuery({
    queryKey: ['code-of-care', 'pledges', membershipId ?? 'all'],
    queryFn: () => getPledges({ membershipId, limit: 100 }),
  });
  const n = (value: number) => formatNumber(value, language);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const titleId = `coc-pledges-title-${membershipId ?? 'all'}`;
  const kindOf = (pledge: Pledge) => m.kinds[pledge.kind];

  const saved = async (pledge: Pledge) => {
    edit.done(fill(m.pledgeSaved, { kind: kindOf(pledge) }));
    await queryClient.invalidateQueries({ queryKey: ['code-of-care'] });
  };

  return (
    <section className="coc-section" aria-labelledby={titleId}>
      <Heading id={titleId}>{membershipId ? m.memberPledgesHeading : m.pledgesHeading}</Heading>
      {mayEdit && edit.statusLine}
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
                    {mayEdit && <th scope="col">{m.actions}</th>}
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
                        {mayEdit && (
                          <td>
                            <RowActions
                              id={pledge.id}
                              prefix="coc-pledge"
                              editLabel={fill(m.editPledgeNamed, { kind })}
                              deleteLabel={fill(m.deletePledgeNamed, { kind })}
                              open={edit.editing !== 'new' && edit.editing?.id === pledge.id}
                              onEdit={() => edit.open(pledge)}
                              onDelete={() => {
                                remove.reset();
                                edit.ask(pledge);
                              }}
                            />
                          </td>
                        )}
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )
        }
      </QueryState>
      {mayEdit && member && (
        <>
          {member.status === 'member' && (
            <AddButton id={ADD_BUTTON} open={edit.editing === 'new'} onClick={() => edit.open('new')}>
              {m.addPledge}
            </AddButton>
          )}
          {edit.deleting && (
            <Confirm
              question={fill(m.confirmDeletePledge, {
                kind: kindOf(edit.deleting),
                quantity: n(edit.deleting.quantity),
                date: shortDate(edit.deleting.dueOn, language),
              })}
              confirmLabel={m.yesDelete}
              cancelLabel={m.cancel}
              busy={remove.busy}
              error={remove.error}
              onConfirm={() => {
                const pledge = edit.deleting!;
                void remove.run(pledge.id, () => edit.done(fill(m.pledgeDeleted, { kind: kindOf(pledge) })));
              }}
              onCancel={() => edit.close(deleteButtonId(edit.deleting!.id))}
            />
          )}
          {edit.editing && (
            <PledgeForm
              key={edit.editing === 'new' ? 'new' : edit.editing.id}
              membershipId={member.id}
              company={member.company.name}
              pledge={edit.editing === 'new' ? null : edit.editing}
              onCancel={() => edit.close(edit.editing === 'new' ? ADD_BUTTON : editButtonId(edit.editing!.id))}
              onSaved={(pledge) => void saved(pledge)}
            />
          )}
        </>
      )}
    </section>
  );
}

const ADD_BUTTON = 'coc-pledge-add';
const editButtonId = (id: string) => `coc-pledge-edit-${id}`;
const deleteButtonId = (id: string) => `coc-pledge-delete-${id}`;
