import { useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/errors';
import { fill, formatDate, formatDateTime, useI18n, useMessages } from '../../i18n';
import { useSession } from '../../session';
import { Combobox, type ComboboxOption } from '../../ui/Combobox';
import { ErrorSummary, useSubmit } from '../../ui/forms';
import { Page } from '../../ui/Page';
import { LoadFailed, Loading, QueryState } from '../../ui/states';
import '../companies/people.css';
import { EDUCATION_LEVELS, messages, TARGET_GROUPS, type EducationLevel, type TargetGroup } from './messages';
import { mayEditCandidates } from './roles';
import { useStaff } from './staff';
import { candidateMatchesPath, mayMatch } from '../matching/routes';

type Candidate = Schemas['CandidateResponse'];

/** A candidate's profile, their way on the ladder, their consultants and their consents. Personal data: staff only. */
export default function CandidatePage() {
  const { id = '' } = useParams();
  const m = useMessages(messages);
  const { user } = useSession();
  const candidate = useQuery({
    queryKey: ['candidates', id],
    queryFn: () => unwrap(api.GET('/api/v1/candidates/{id}', { params: { path: { id } } })),
  });
  const staff = useStaff();
  const mayEdit = mayEditCandidates(user?.role);

  if (candidate.isPending) return <Loading />;
  if (candidate.isError)
    return (
      <Page title={m.listTitle}>
        <LoadFailed error={candidate.error} />
      </Page>
    );
  const data = candidate.data;
  const nameOf = (staffId: string | null) =>
    staffId ? (staff.data?.find((member) => member.id === staffId)?.name ?? m.none) : m.none;
  return (
    <Page
      title={data.name}
      intro={<p>{m.personalData}</p>}
      actions={
        <>
          {mayMatch(user?.role) && (
            <Link className="button-link secondary" to={candidateMatchesPath(data.id)}>
              {m.findJobs}
            </Link>
          )}
          {mayEdit && (
            <Link className="button-link" to={`/kandidater/${data.id}/rediger`}>
              {m.edit}
            </Link>
          )}
        </>
      }
    >
      <Section id="profile" title={m.profile}>
        <Profile candidate={data} consultant={nameOf(data.consultantId)} />
      </Section>
      <Section id="skills" title={m.skills}>
        <Skills candidate={data} />
      </Section>
      <Section id="ladder" title={m.ladderHistory}>
        <LadderHistory id={data.id} nameOf={nameOf} />
      </Section>
      <Section id="consultants" title={m.consultantHistory}>
        <ConsultantHistory id={data.id} nameOf={nameOf} />
      </Section>
      <Section id="consents" title={m.consents}>
        <Consents candidate={data} mayEdit={mayEdit} />
      </Section>
    </Page>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {children}
    </section>
  );
}

function Profile({ candidate, consultant }: { candidate: Candidate; consultant: string }) {
  const { language } = useI18n();
  const m = useMessages(messages);
  const list = (items: { code: string; label: string }[]) =>
    items.length === 0 ? m.none : items.map((item) => item.label).join(', ');
  const facts: [string, ReactNode][] = [
    [m.email, candidate.email ?? m.none],
    [m.phone, candidate.phone ?? m.none],
    [m.birthDate, candidate.birthDate ? formatDate(candidate.birthDate, language) : m.none],
    [m.age, candidate.age !== null ? fill(m.years, { age: candidate.age }) : m.none],
    [m.targetGroup, candidate.targetGroup ? TARGET_GROUPS[language][candidate.targetGroup as TargetGroup] : m.none],
    [m.ladderStep, fill(m.step, { step: candidate.ladderStep })],
    [
      m.educationLevel,
      candidate.educationLevel ? EDUCATION_LEVELS[language][candidate.educationLevel as EducationLevel] : m.none,
    ],
    [m.education, candidate.education ?? m.none],
    [m.postcode, candidate.postcode ?? m.none],
    [m.travelReachKm, candidate.travelReachKm !== null ? fill(m.km, { km: candidate.travelReachKm }) : m.none],
    [m.hoursPerWeek, candidate.hoursPerWeek ?? m.none],
    [m.desiredOccupations, list(candidate.desiredOccupations)],
    [m.desiredSectors, list(candidate.desiredSectors)],
    [m.willingToChangeSector, candidate.willingToChangeSector ? m.yes : m.no],
    [m.consultant, consultant],
    [m.externalId, candidate.externalId ?? m.none],
    [m.accommodations, candidate.accommodations ?? m.none],
    [m.notes, candidate.notes ?? m.none],
  ];
  return (
    <dl className="facts">
      {facts.map(([term, value]) => (
        <div key={term} className="fact">
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Skills({ candidate }: { candidate: Candidate }) {
  const m = useMessages(messages);
  if (candidate.skills.length === 0) return <p>{m.noSkills}</p>;
  return (
    <table className="data">
      <caption>{m.skillsCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{m.skill}</th>
          <th scope="col">{m.level}</th>
        </tr>
      </thead>
      <tbody>
        {candidate.skills.map((skill) => (
          <tr key={skill.uri}>
            <th scope="row">{skill.label}</th>
            <td>{m.levels[skill.level]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function LadderHistory({ id, nameOf }: { id: string; nameOf: (id: string | null) => string }) {
  const { language } = useI18n();
  const m = useMessages(messages);
  const steps = useQuery({
    queryKey: ['candidates', id, 'ladder-steps'],
    queryFn: () => unwrap(api.GET('/api/v1/candidates/{id}/ladder-steps', { params: { path: { id } } })),
  });
  return (
    <QueryState query={steps}>
      {(items) => (
        <table className="data">
          <caption>{m.ladderCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{m.when}</th>
              <th scope="col">{m.from}</th>
              <th scope="col">{m.to}</th>
              <th scope="col">{m.reason}</th>
              <th scope="col">{m.by}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((step) => (
              <tr key={step.id}>
                <th scope="row">
                  <time dateTime={step.changedAt}>{formatDateTime(step.changedAt, language)}</time>
                </th>
                <td>{step.previousStep !== null ? fill(m.step, { step: step.previousStep }) : m.none}</td>
                <td>{fill(m.step, { step: step.step })}</td>
                <td>{step.reason === 'registered' ? m.registered : step.reason}</td>
                <td>{step.changedById ? nameOf(step.changedById) : m.system}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </QueryState>
  );
}

function ConsultantHistory({ id, nameOf }: { id: string; nameOf: (id: string | null) => string }) {
  const { language } = useI18n();
  const m = useMessages(messages);
  const changes = useQuery({
    queryKey: ['candidates', id, 'consultant-changes'],
    queryFn: () => unwrap(api.GET('/api/v1/candidates/{id}/consultant-changes', { params: { path: { id } } })),
  });
  return (
    <QueryState query={changes}>
      {(items) =>
        items.length === 0 ? (
          <p>{m.none}</p>
        ) : (
          <table className="data">
            <caption>{m.consultantCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{m.when}</th>
                <th scope="col">{m.from}</th>
                <th scope="col">{m.to}</th>
                <th scope="col">{m.reason}</th>
                <th scope="col">{m.by}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((change) => (
                <tr key={change.id}>
                  <th scope="row">
                    <time dateTime={change.changedAt}>{formatDateTime(change.changedAt, language)}</time>
                  </th>
                  <td>{nameOf(change.fromConsultantId)}</td>
                  <td>{nameOf(change.toConsultantId)}</td>
                  <td>
                    {change.reason === 'assigned at registration'
                      ? m.assignedAtRegistration
                      : (change.reason ?? m.none)}
                  </td>
                  <td>{change.changedById ? nameOf(change.changedById) : m.system}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )
      }
    </QueryState>
  );
}

function Consents({ candidate, mayEdit }: { candidate: Candidate; mayEdit: boolean }) {
  const m = useMessages(messages);
  const queryClient = useQueryClient();
  const form = useSubmit();
  const [chosen, setChosen] = useState<ComboboxOption | null>(null);
  const [pickerKey, setPickerKey] = useState(0);
  const [done, setDone] = useState('');
  const companies = useQueries({
    queries: candidate.consentedCompanyIds.map((companyId) => ({
      queryKey: ['companies', companyId],
      queryFn: () => unwrap(api.GET('/api/v1/companies/{id}', { params: { path: { id: companyId } } })),
      staleTime: 5 * 60_000,
    })),
  });
  const companyName = (index: number) => companies[index]?.data?.name ?? candidate.consentedCompanyIds[index];
  const update = (next: Candidate) => queryClient.setQueryData(['candidates', candidate.id], next);

  const record = async () => {
    setDone('');
    if (!chosen) return form.refuse({ companyId: m.chooseCompanyFirst });
    await form.run(async () => {
      const next = await unwrap(
        api.POST('/api/v1/candidates/{id}/consents', {
          params: { path: { id: candidate.id } },
          body: { companyId: chosen.value },
        }),
      );
      update(next);
      setDone(fill(m.consentRecorded, { company: chosen.label }));
      setChosen(null);
      setPickerKey((key) => key + 1);
    });
  };
  const withdraw = async (companyId: string, company: string) => {
    setDone('');
    await form.run(async () => {
      await unwrap(
        api.DELETE('/api/v1/candidates/{id}/consents/{companyId}', {
          params: { path: { id: candidate.id, companyId } },
        }),
      );
      // The answer is empty: the candidate as now is known without reading the record again.
      update({
        ...candidate,
        consentedCompanyIds: candidate.consentedCompanyIds.filter((each) => each !== companyId),
      });
      setDone(fill(m.consentWithdrawn, { company }));
    });
  };
  const searchCompanies = async (q: string): Promise<ComboboxOption[]> => {
    const found = await unwrap(api.GET('/api/v1/companies', { params: { query: { q, pageSize: 8 } } }));
    return found.items.map((company) => ({ value: company.id, label: company.name, detail: company.cvrNumber }));
  };

  return (
    <>
      <p>{m.consentsIntro}</p>
      <p role="status" className={done ? 'notice' : undefined}>
        {done}
      </p>
      {candidate.consentedCompanyIds.length === 0 ? (
        <p>{m.noConsents}</p>
      ) : (
        <table className="data">
          <caption>{m.consentsCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{m.company}</th>
              {mayEdit && (
                <th scope="col">
                  <span className="visually-hidden">{m.actions}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {candidate.consentedCompanyIds.map((companyId, index) => (
              <tr key={companyId}>
                <th scope="row">
                  <Link to={`/virksomheder/${companyId}`}>{companyName(index)}</Link>
                </th>
                {mayEdit && (
                  <td>
                    <button type="button" onClick={() => void withdraw(companyId, companyName(index))}>
                      {fill(m.withdraw, { company: companyName(index) })}
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {mayEdit && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void record();
          }}
          noValidate
        >
          <ErrorSummary errors={form.errors} labels={{ companyId: m.consentCompany }} />
          <Combobox
            key={pickerKey}
            name="companyId"
            label={m.consentCompany}
            hint={m.consentCompanyHint}
            error={form.errors.fields.companyId}
            search={searchCompanies}
            searchKey={['companies', 'pick']}
            onSelect={setChosen}
          />
          <button type="submit" className="primary" disabled={form.submitting}>
            {m.recordConsent}
          </button>
        </form>
      )}
    </>
  );
}
