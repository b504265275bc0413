import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { fill, useI18n, useMessages } from '../../i18n';
import { fieldId, TextAreaField, TextField } from '../../ui/fields';
import { ErrorSummary, useSubmit } from '../../ui/forms';
import { QueryState } from '../../ui/states';
import { today } from '../admin/copenhagen';
import { getMembers, joinMember, PROSPECT_STAGES, type Membership } from './api';
import { shortDate } from './format';
import { messages } from './messages';
import { memberPath } from './routes';

/**
 * The prospects pipeline: each stage a table of its companies with the person responsible and the latest contact;
 * coordinators sign a company up as a member from here ("Meld ind": the pledge's date and signatory).
 */
const PIPELINE_QUERY_KEY = ['code-of-care', 'members', 'pipeline'];

export function PipelineSection({ mayEdit }: { mayEdit: boolean }) {
  const m = useMessages(messages);
  const { language } = useI18n();
  const queryClient = useQueryClient();
  const [joining, setJoining] = useState<Membership | null>(null);
  const [status, setStatus] = useState('');
  const statusRef = useRef<HTMLParagraphElement>(null);
  const prospects = useQuery({
    queryKey: PIPELINE_QUERY_KEY,
    queryFn: () => getMembers({ status: 'prospect', sort: 'lastContact', limit: 100 }),
  });

  const cancel = (prospect: Membership) => {
    setJoining(null);
    // Back to the button that opened the form, so a keyboard user carries on where they were.
    requestAnimationFrame(() => document.getElementById(joinButtonId(prospect.id))?.focus());
  };
  const joined = async (member: Membership) => {
    setJoining(null);
    // The company leaves the pipeline at once, not only when the lists have been fetched again.
    queryClient.setQueryData<Awaited<ReturnType<typeof getMembers>>>(PIPELINE_QUERY_KEY, (page) =>
      page ? { ...page, items: page.items.filter((prospect) => prospect.id !== member.id) } : page,
    );
    setStatus(fill(m.joined, { company: member.company.name, date: shortDate(member.joinedOn ?? today(), language) }));
    // The company has left the pipeline with its button: the focus goes to the message that says what happened.
    requestAnimationFrame(() => statusRef.current?.focus());
    await queryClient.invalidateQueries({ queryKey: ['code-of-care'] });
  };

  return (
    <section className="coc-section" aria-labelledby="coc-pipeline-title">
      <h2 id="coc-pipeline-title">{m.pipelineHeading}</h2>
      <p>{m.pipelineIntro}</p>
      <p ref={statusRef} role="status" aria-live="polite" tabIndex={-1} className={status ? 'coc-notice' : undefined}>
        {status}
      </p>
      <QueryState query={prospects}>
        {(page) =>
          page.items.length === 0 ? (
            <p>{m.pipelineNone}</p>
          ) : (
            <div className="coc-pipeline">
              {PROSPECT_STAGES.map((stage) => {
                const inStage = page.items.filter((prospect) => prospect.prospectStage === stage);
                if (inStage.length === 0) return null;
                return (
                  <div className="table-wrap" key={stage}>
                    <table className="data">
                      <caption>{fill(m.stageCaption, { stage: m.stages[stage], count: inStage.length })}</caption>
                      <thead>
                        <tr>
                          <th scope="col">{m.company}</th>
                          <th scope="col">{m.owner}</th>
                          <th scope="col">{m.lastContact}</th>
                          {mayEdit && <th scope="col">{m.actions}</th>}
                        </tr>
                      </thead>
                      <tbody>
                        {inStage.map((prospect) => (
                          <tr key={prospect.id}>
                            <th scope="row">
                              <Link to={memberPath(prospect.id)}>{prospect.company.name}</Link>
                            </th>
                            <td>{prospect.owner?.name ?? m.noOwner}</td>
                            <td>
                              {prospect.lastContactAt ? shortDate(prospect.lastContactAt, language) : m.neverContacted}
                            </td>
                            {mayEdit && (
                              <td>
                                {stage !== 'declined' && (
                                  <button
                                    type="button"
                                    id={joinButtonId(prospect.id)}
                                    aria-label={fill(m.joinNamed, { company: prospect.company.name })}
                                    aria-expanded={joining?.id === prospect.id}
                                    aria-controls={joining?.id === prospect.id ? 'coc-join-form' : undefined}
                                    onClick={() => {
                                      setStatus('');
                                      setJoining(prospect);
                                    }}
                                  >
                                    {m.join}
                                  </button>
                                )}
                              </td>
                            )}
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                );
              })}
            </div>
          )
        }
      </QueryState>
      {mayEdit && joining && (
        <JoinForm
          key={joining.id}
          prospect={joining}
          onCancel={() => cancel(joining)}
          onJoined={(member) => void joined(member)}
        />
      )}
    </section>
  );
}

const joinButtonId = (id: string) => `coc-join-${id}`;

function JoinForm({
  prospect,
  onCancel,
  onJoined,
}: {
  prospect: Membership;
  onCancel: () => void;
  onJoined: (member: Membership) => void;
}) {
  const m = useMessages(messages);
  const form = useSubmit();
  const [pledgeSignedOn, setPledgeSignedOn] = useState(today());
  const [pledgeSignatory, setPledgeSignatory] = useState('');
  const [joinedOn, setJoinedOn] = useState('');
  const [note, setNote] = useState('');
  // The form opens below the pipeline: the focus goes to its first field, so nobody has to look for it.
  useEffect(() => document.getElementById(fieldId('pledgeSignedOn'))?.focus(), []);
  const errors = form.errors.fields;
  const title = fill(m.joinHeading, { company: prospect.company.name });

  const submit = form.handle(async () => {
    const member = await joinMember(prospect.id, {
      pledgeSignedOn,
      pledgeSignatory,
      ...(joinedOn.trim() ? { joinedOn: joinedOn.trim() } : {}),
      ...(note.trim() ? { note: note.trim() } : {}),
      version: prospect.version,
    });
    onJoined(member);
  });

  return (
    <form
      id="coc-join-form"
      className="coc-join"
      onSubmit={submit}
      noValidate
      aria-labelledby="coc-join-title"
      onKeyDown={(event) => event.key === 'Escape' && onCancel()}
    >
      <h3 id="coc-join-title">{title}</h3>
      <ErrorSummary
        errors={form.errors}
        labels={{
          pledgeSignedOn: m.pledgeSignedOn,
          pledgeSignatory: m.pledgeSignatory,
          joinedOn: m.joinedOnLabel,
          note: m.note,
        }}
      />
      <div className="form-grid">
        <TextField
          name="pledgeSignedOn"
          type="date"
          label={m.pledgeSignedOn}
          value={pledgeSignedOn}
          onChange={(event) => setPledgeSignedOn(event.target.value)}
          error={errors.pledgeSignedOn}
        />
        <TextField
          name="pledgeSignatory"
          label={m.pledgeSignatory}
          hint={m.pledgeSignatoryHint}
          value={pledgeSignatory}
          onChange={(event) => setPledgeSignatory(event.target.value)}
          error={errors.pledgeSignatory}
        />
        <TextField
          name="joinedOn"
          type="date"
          label={m.joinedOnLabel}
          hint={m.joinedOnHint}
          value={joinedOn}
          onChange={(event) => setJoinedOn(event.target.value)}
          error={errors.joinedOn}
        />
      </div>
      <TextAreaField
        name="note"
        label={m.note}
        rows={2}
        value={note}
        onChange={(event) => setNote(event.target.value)}
        error={errors.note}
      />
      <div className="coc-button-row">
        <button type="submit" className="primary" disabled={form.submitting}>
          {m.confirmJoin}
        </button>
        <button type="button" onClick={onCancel}>
          {m.cancel}
        </button>
      </div>
    </form>
  );
}
