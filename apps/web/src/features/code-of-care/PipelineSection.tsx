import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import { fill, useI18n, useMessages } from '../../i18n';
import { Combobox, type ComboboxOption } from '../../ui/Combobox';
import { SelectField, TextAreaField, TextField } from '../../ui/fields';
import { useSubmit } from '../../ui/forms';
import { QueryState } from '../../ui/states';
import { today } from '../admin/copenhagen';
import { useStaff } from '../candidates/staff';
import { ActionForm, focusLater, Notice, useNotice } from './ActionForm';
import { createMember, getMembers, joinMember, ownerChoices, PROSPECT_STAGES, type Membership } from './api';
import { shortDate } from './format';
import { messages } from './messages';
import { memberPath } from './routes';

const PIPELINE_QUERY_KEY = ['code-of-care', 'members', 'pipeline'];

/**
 * The prospects pipeline: each stage a table of its companies with the person responsible and the latest contact;
 * coordinators add companies and sign them up as members from here ("Meld ind": the pledge's date and signatory).
 */
export function PipelineSection({ mayEdit }: { mayEdit: boolean }) {
  const m = useMessages(messages);
  const { language } = useI18n();
  const queryClient = useQueryClient();
  const [joining, setJoining] = useState<Membership | null>(null);
  const [adding, setAdding] = useState(false);
  const notice = useNotice();
  const prospects = useQuery({
    queryKey: PIPELINE_QUERY_KEY,
    queryFn: () => getMembers({ status: 'prospect', sort: 'lastContact', limit: 100 }),
  });

  const cancel = (prospect: Membership) => {
    setJoining(null);
    // Back to the button that opened the form, so a keyboard user carries on where they were.
    focusLater(joinButtonId(prospect.id));
  };
  const joined = async (member: Membership) => {
    setJoining(null);
    // The company leaves the pipeline at once, not only when the lists have been fetched again.
    queryClient.setQueryData<Awaited<ReturnType<typeof getMembers>>>(PIPELINE_QUERY_KEY, (page) =>
      page ? { ...page, items: page.items.filter((prospect) => prospect.id !== member.id) } : page,
    );
    // The company has left the pipeline with its button: the focus goes to the message that says what happened.
    notice.say(fill(m.joined, { company: member.company.name, date: shortDate(member.joinedOn ?? today(), language) }));
    await queryClient.invalidateQueries({ queryKey: ['code-of-care'] });
  };
  const added = async (member: Membership) => {
    setAdding(false);
    notice.say(fill(m.added, { company: member.company.name }));
    await queryClient.invalidateQueries({ queryKey: ['code-of-care'] });
  };

  return (
    <section className="coc-section" aria-labelledby="coc-pipeline-title">
      <div className="coc-section-heading">
        <h2 id="coc-pipeline-title">{m.pipelineHeading}</h2>
        {mayEdit && (
          <button
            type="button"
            id={ADD_BUTTON}
            aria-expanded={adding}
            aria-controls={adding ? 'coc-add-form' : undefined}
            onClick={() => {
              notice.clear();
              setJoining(null);
              setAdding(true);
            }}
          >
            {m.addCompany}
          </button>
        )}
      </div>
      <p>{m.pipelineIntro}</p>
      <Notice notice={notice} />
      {mayEdit && adding && (
        <AddForm
          onCancel={() => {
            setAdding(false);
            focusLater(ADD_BUTTON);
          }}
          onAdded={(member) => void added(member)}
        />
      )}
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
                                      notice.clear();
                                      setAdding(false);
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
const ADD_BUTTON = 'coc-add-company';

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
  const errors = form.errors.fields;

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
    <ActionForm
      id="coc-join-form"
      title={fill(m.joinHeading, { company: prospect.company.name })}
      firstField="pledgeSignedOn"
      errors={form.errors}
      labels={{
        pledgeSignedOn: m.pledgeSignedOn,
        pledgeSignatory: m.pledgeSignatory,
        joinedOn: m.joinedOnLabel,
        note: m.note,
      }}
      submitting={form.submitting}
      submitLabel={m.confirmJoin}
      onSubmit={submit}
      onCancel={onCancel}
    >
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
    </ActionForm>
  );
}

/**
 * "Tilføj virksomhed": a company of the jobcentre (found as the rest of the app finds companies, by CVR number or
 * name) goes into the pipeline as a prospect at stage "Ny", with the staff member who follows it.
 */
function AddForm({ onCancel, onAdded }: { onCancel: () => void; onAdded: (member: Membership) => void }) {
  const m = useMessages(messages);
  const form = useSubmit();
  const staff = useStaff();
  const [company, setCompany] = useState<ComboboxOption | null>(null);
  const [ownerId, setOwnerId] = useState('');
  const [note, setNote] = useState('');
  const errors = form.errors.fields;
  const searchCompanies = async (q: string): Promise<ComboboxOption[]> => {
    const found = await unwrap(api.GET('/api/v1/companies', { params: { query: { q, pageSize: 8 } } }));
    return found.items.map((each) => ({ value: each.id, label: each.name, detail: each.cvrNumber }));
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!company) return form.refuse({ companyId: m.chooseCompanyFirst });
    void form.run(async () => {
      const member = await createMember({
        companyId: company.value,
        status: 'prospect',
        ...(ownerId ? { ownerId } : {}),
        ...(note.trim() ? { note: note.trim() } : {}),
      });
      onAdded(member);
    });
  };

  return (
    <ActionForm
      id="coc-add-form"
      title={m.addHeading}
      firstField="companyId"
      errors={form.errors}
      labels={{ companyId: m.addCompanyLabel, ownerId: m.ownerLabel, note: m.addNote }}
      submitting={form.submitting}
      submitLabel={m.confirmAdd}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <Combobox
        name="companyId"
        label={m.addCompanyLabel}
        hint={m.addCompanyHint}
        error={errors.companyId}
        search={searchCompanies}
        searchKey={['companies', 'pick']}
        onSelect={setCompany}
        // Typing over a chosen company forgets it, so what is sent is what the field shows.
        onTextChange={() => setCompany(null)}
      />
      <SelectField
        name="ownerId"
        label={m.ownerLabel}
        value={ownerId}
        onChange={(event) => setOwnerId(event.target.value)}
        options={ownerChoices(staff.data)}
        placeholder={m.ownerNone}
        error={errors.ownerId}
      />
      <TextAreaField
        name="note"
        label={m.addNote}
        rows={2}
        value={note}
        onChange={(event) => setNote(event.target.value)}
        error={errors.note}
      />
    </ActionForm>
  );
}
