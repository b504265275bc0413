import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import { fill, formatNumber, useI18n, useMessages } from '../../i18n';
import { useSession } from '../../session';
import { SelectField, TextField } from '../../ui/fields';
import { submitErrorsOf } from '../../ui/forms';
import { ExportButton } from '../../ui/ExportButton';
import { Page } from '../../ui/Page';
import { Loading, LoadFailed, Pagination } from '../../ui/states';
import { TaxonomyPicker } from '../../ui/TaxonomyPicker';
import '../companies/people.css';
import { messages, TARGET_GROUPS, type TargetGroup } from './messages';
import { mayEditCandidates } from './roles';
import { responsibleChoices, useStaff } from './staff';

const PAGE_SIZE = 20;
/** The API's list filters, kept in the URL under the same names. */
const FILTERS = [
  'name',
  'targetGroup',
  'ladderStep',
  'skill',
  'occupation',
  'postcode',
  'radiusKm',
  'hours',
  'consultantId',
] as const;
type Filter = (typeof FILTERS)[number];
type Filters = Record<Filter, string>;
/** The chosen skill's and occupation's labels, kept in the URL beside the codes so the page can show them. */
const LABELS = { skill: 'skillText', occupation: 'occupationText' } as const;

/** Numbers go to the API as typed when they are not plain digits, so its refusal names the field. */
const numberOrText = (value: string) => (/^\d{1,6}$/.test(value) ? Number(value) : value);

/** Candidates of the jobcentre, filtered as the API filters them; the filters and the page live in the URL. */
export default function CandidateListPage() {
  const { t, language } = useI18n();
  const m = useMessages(messages);
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const applied = Object.fromEntries(FILTERS.map((filter) => [filter, params.get(filter) ?? ''])) as Filters;
  const page = Math.max(1, Number(params.get('side')) || 1);
  const [filters, setFilters] = useState<Filters>(applied);
  const [labels, setLabels] = useState({
    skill: params.get(LABELS.skill) ?? '',
    occupation: params.get(LABELS.occupation) ?? '',
  });
  const staff = useStaff();

  const query = Object.fromEntries(
    FILTERS.filter((filter) => applied[filter]).map((filter) => [
      filter,
      ['ladderStep', 'radiusKm', 'hours'].includes(filter) ? numberOrText(applied[filter]) : applied[filter],
    ]),
  );
  const candidates = useQuery({
    queryKey: ['candidates', 'list', query, page],
    queryFn: () =>
      unwrap(api.GET('/api/v1/candidates', { params: { query: { ...query, page, pageSize: PAGE_SIZE } } })),
  });
  const refused = candidates.isError ? submitErrorsOf(candidates.error, t, language) : null;
  const errorOf = (filter: Filter) => refused?.fields[filter];

  const set = (filter: Filter) => (event: { target: { value: string } }) =>
    setFilters((current) => ({ ...current, [filter]: event.target.value }));
  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const filter of FILTERS) if (filters[filter].trim()) next.set(filter, filters[filter].trim());
    if (filters.skill) next.set(LABELS.skill, labels.skill);
    if (filters.occupation) next.set(LABELS.occupation, labels.occupation);
    setParams(next);
  };
  const mayCreate = mayEditCandidates(user?.role);

  return (
    <Page
      title={m.listTitle}
      intro={<p>{m.personalData}</p>}
      actions={
        <>
          {mayCreate && (
            <Link className="button-link" to="/kandidater/ny">
              {m.create}
            </Link>
          )}
          <ExportButton path="/api/v1/candidates/export.csv" query={query} fileName="candidates.csv" />
        </>
      }
    >
      <form role="search" aria-label={m.filters} onSubmit={apply} noValidate>
        <div className="filters form-grid">
          <TextField name="name" label={m.name} value={filters.name} onChange={set('name')} error={errorOf('name')} />
          <SelectField
            name="targetGroup"
            label={m.targetGroup}
            placeholder={m.anyTargetGroup}
            options={Object.entries(TARGET_GROUPS[language]).map(([value, label]) => ({ value, label }))}
            value={filters.targetGroup}
            onChange={set('targetGroup')}
            error={errorOf('targetGroup')}
          />
          <SelectField
            name="ladderStep"
            label={m.ladderStep}
            placeholder={m.anyLadderStep}
            options={[1, 2, 3, 4, 5].map((step) => ({ value: String(step), label: fill(m.step, { step }) }))}
            value={filters.ladderStep}
            onChange={set('ladderStep')}
            error={errorOf('ladderStep')}
          />
          <Chosen
            label={labels.skill}
            onRemove={() => setFilters((current) => ({ ...current, skill: '' }))}
            shown={!!filters.skill}
          >
            <TaxonomyPicker
              kind="skills"
              name="skill"
              label={m.skill}
              hint={m.skillHint}
              error={errorOf('skill')}
              initialText={filters.skill ? labels.skill : ''}
              onSelect={(option) => {
                setFilters((current) => ({ ...current, skill: option.value }));
                setLabels((current) => ({ ...current, skill: option.label }));
              }}
            />
          </Chosen>
          <Chosen
            label={labels.occupation}
            onRemove={() => setFilters((current) => ({ ...current, occupation: '' }))}
            shown={!!filters.occupation}
          >
            <TaxonomyPicker
              kind="occupations"
              name="occupation"
              label={m.occupation}
              error={errorOf('occupation')}
              initialText={filters.occupation ? labels.occupation : ''}
              onSelect={(option) => {
                setFilters((current) => ({ ...current, occupation: option.value }));
                setLabels((current) => ({ ...current, occupation: option.label }));
              }}
            />
          </Chosen>
          <TextField
            name="postcode"
            label={m.postcode}
            inputMode="numeric"
            value={filters.postcode}
            onChange={set('postcode')}
            error={errorOf('postcode')}
          />
          <TextField
            name="radiusKm"
            label={m.radiusKm}
            hint={m.radiusHint}
            inputMode="numeric"
            value={filters.radiusKm}
            onChange={set('radiusKm')}
            error={errorOf('radiusKm')}
          />
          <TextField
            name="hours"
            label={m.hours}
            inputMode="numeric"
            value={filters.hours}
            onChange={set('hours')}
            error={errorOf('hours')}
          />
          <SelectField
            name="consultantId"
            label={m.consultant}
            placeholder={m.anyConsultant}
            options={responsibleChoices(staff.data)}
            value={filters.consultantId}
            onChange={set('consultantId')}
            error={errorOf('consultantId')}
          />
        </div>
        <div className="row-actions">
          <button type="submit" className="primary">
            {m.search}
          </button>
          {params.size > 0 && (
            <Link
              to="/kandidater"
              onClick={() => {
                setFilters(Object.fromEntries(FILTERS.map((filter) => [filter, ''])) as Filters);
                setLabels({ skill: '', occupation: '' });
              }}
            >
              {m.clear}
            </Link>
          )}
        </div>
      </form>
      {candidates.isPending ? (
        <Loading />
      ) : candidates.isError ? (
        <LoadFailed error={candidates.error} />
      ) : candidates.data.items.length === 0 ? (
        <p role="status">{m.empty}</p>
      ) : (
        <>
          <p role="status">{fill(m.count, { count: formatNumber(candidates.data.total, language) })}</p>
          <table className="data">
            <caption>{m.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{m.name}</th>
                <th scope="col">{m.targetGroup}</th>
                <th scope="col">{m.ladderStep}</th>
                <th scope="col">{m.postcode}</th>
                <th scope="col">{m.hoursPerWeek}</th>
                <th scope="col">{m.skills}</th>
              </tr>
            </thead>
            <tbody>
              {candidates.data.items.map((candidate) => (
                <tr key={candidate.id}>
                  <th scope="row">
                    <Link to={`/kandidater/${candidate.id}`}>{candidate.name}</Link>
                  </th>
                  <td>
                    {candidate.targetGroup ? TARGET_GROUPS[language][candidate.targetGroup as TargetGroup] : m.none}
                  </td>
                  <td>{fill(m.step, { step: candidate.ladderStep })}</td>
                  <td>{candidate.postcode ?? m.none}</td>
                  <td>{candidate.hoursPerWeek ?? m.none}</td>
                  <td>{candidate.skills.map((skill) => skill.label).join(', ') || m.none}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pagination page={page} pageSize={PAGE_SIZE} total={candidates.data.total} />
        </>
      )}
    </Page>
  );
}

/** A picker with what is chosen in it shown below, and a button to take the choice away. */
function Chosen({
  label,
  shown,
  onRemove,
  children,
}: {
  label: string;
  shown: boolean;
  onRemove: () => void;
  children: ReactNode;
}) {
  const m = useMessages(messages);
  return (
    <div>
      {children}
      {shown && (
        <p className="chosen">
          {fill(m.chosen, { label })}{' '}
          <button type="button" className="link-button" onClick={onRemove}>
            {fill(m.removeChoice, { label })}
          </button>
        </p>
      )}
    </div>
  );
}
