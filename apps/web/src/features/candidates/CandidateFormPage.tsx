import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/errors';
import { fill, useI18n, useMessages } from '../../i18n';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../ui/fields';
import { ErrorSummary, useSubmit } from '../../ui/forms';
import { Page } from '../../ui/Page';
import { LoadFailed, Loading } from '../../ui/states';
import { TaxonomyPicker } from '../../ui/TaxonomyPicker';
import '../companies/people.css';
import { EDUCATION_LEVELS, messages, TARGET_GROUPS } from './messages';
import { responsibleChoices, useStaff } from './staff';

type Candidate = Schemas['CandidateResponse'];
type Body = Schemas['UpdateCandidateDto'];

const TEXTS = [
  'name',
  'email',
  'phone',
  'externalId',
  'birthDate',
  'targetGroup',
  'educationLevel',
  'education',
  'postcode',
  'travelReachKm',
  'hoursPerWeek',
  'ladderStep',
  'consultantId',
  'accommodations',
  'notes',
] as const;
type Text = (typeof TEXTS)[number];
const NUMBERS: readonly Text[] = ['travelReachKm', 'hoursPerWeek', 'ladderStep'];

interface Values extends Record<Text, string> {
  ladderStepReason: string;
  consultantChangeReason: string;
  willingToChangeSector: boolean;
  skills: { uri: string; label: string; level: number }[];
  occupations: { code: string; label: string }[];
  sectors: string[];
}

function valuesOf(candidate?: Candidate): Values {
  const texts = Object.fromEntries(
    TEXTS.map((field) => [field, candidate?.[field] === null || !candidate ? '' : String(candidate[field])]),
  ) as Record<Text, string>;
  return {
    ...texts,
    ladderStepReason: '',
    consultantChangeReason: '',
    willingToChangeSector: candidate?.willingToChangeSector ?? false,
    skills: candidate?.skills.map(({ uri, label, level }) => ({ uri, label, level })) ?? [],
    occupations: candidate?.desiredOccupations ?? [],
    sectors: candidate?.desiredSectors.map((sector) => sector.code) ?? [],
  };
}

/** A number as the API wants it; anything but plain digits goes as typed, so the API's refusal names the field. */
const numberOrText = (value: string) => (/^\d{1,6}$/.test(value) ? Number(value) : value);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * What to send: on a new candidate every field filled in; on an edit only what changed (an emptied field as null,
 * which clears it), so the ladder step and the consultant move, with their reasons, only when they were changed.
 */
export function bodyOf(values: Values, original?: Values): Body {
  const body: Record<string, unknown> = {};
  for (const field of TEXTS) {
    const value = values[field].trim();
    if (original && value === original[field]) continue;
    if (!value) {
      if (original) body[field] = null;
      continue;
    }
    body[field] = NUMBERS.includes(field) ? numberOrText(value) : value;
  }
  if (original && 'ladderStep' in body) body.ladderStepReason = values.ladderStepReason.trim() || undefined;
  if (original && 'consultantId' in body && values.consultantChangeReason.trim())
    body.consultantChangeReason = values.consultantChangeReason.trim();
  if (!original || values.willingToChangeSector !== original.willingToChangeSector)
    body.willingToChangeSector = values.willingToChangeSector;
  const skills = values.skills.map((skill) => ({ skill: skill.uri, level: skill.level }));
  if (!original ? skills.length > 0 : !same(values.skills, original.skills)) body.skills = skills;
  const occupations = values.occupations.map((occupation) => occupation.code);
  if (!original ? occupations.length > 0 : !same(values.occupations, original.occupations))
    body.desiredOccupations = occupations;
  if (!original ? values.sectors.length > 0 : !same([...values.sectors].sort(), [...original.sectors].sort()))
    body.desiredSectors = values.sectors;
  return body as Body;
}

/** Registers a candidate (/kandidater/ny) or edits one (/kandidater/:id/rediger). */
export default function CandidateFormPage() {
  const { id } = useParams();
  const m = useMessages(messages);
  const candidate = useQuery({
    queryKey: ['candidates', id],
    queryFn: () => unwrap(api.GET('/api/v1/candidates/{id}', { params: { path: { id: id! } } })),
    enabled: id !== undefined,
  });
  if (id === undefined) return <CandidateForm />;
  if (candidate.isPending) return <Loading />;
  if (candidate.isError)
    return (
      <Page title={m.listTitle}>
        <LoadFailed error={candidate.error} />
      </Page>
    );
  return <CandidateForm candidate={candidate.data} />;
}

function CandidateForm({ candidate }: { candidate?: Candidate }) {
  const { language } = useI18n();
  const m = useMessages(messages);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useSubmit();
  const [original] = useState(() => (candidate ? valuesOf(candidate) : undefined));
  const [values, setValues] = useState<Values>(() => valuesOf(candidate));
  const staff = useStaff();
  const sectors = useQuery({
    queryKey: ['taxonomy', 'sectors'],
    queryFn: () => unwrap(api.GET('/api/v1/taxonomy/sectors')),
    staleTime: Infinity,
  });
  const errors = form.errors.fields;

  const set = (field: Text | 'ladderStepReason' | 'consultantChangeReason') => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: event.target.value }));
  const text = (field: Text, props: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField
      name={field}
      label={m[field === 'consultantId' ? 'consultant' : field]}
      value={values[field]}
      onChange={set(field)}
      error={errors[field]}
      {...props}
    />
  );

  const save = async () => {
    const body = bodyOf(values, original);
    const saved = candidate
      ? await unwrap(api.PATCH('/api/v1/candidates/{id}', { params: { path: { id: candidate.id } }, body }))
      : await unwrap(api.POST('/api/v1/candidates', { body: body as Schemas['CreateCandidateDto'] }));
    queryClient.setQueryData(['candidates', saved.id], saved);
    await queryClient.invalidateQueries({
      queryKey: ['candidates'],
      predicate: (query) => query.queryKey[1] === 'list' || query.queryKey[2] !== undefined,
    });
    await navigate(`/kandidater/${saved.id}`);
  };

  const labels: Record<string, string> = {
    ...Object.fromEntries(TEXTS.map((field) => [field, m[field === 'consultantId' ? 'consultant' : field]])),
    ladderStepReason: m.ladderStepReason,
    consultantChangeReason: m.consultantChangeReason,
    willingToChangeSector: m.willingToChangeSector,
    skills: m.skills,
    desiredOccupations: m.desiredOccupations,
    desiredSectors: m.desiredSectors,
  };
  values.skills.forEach((skill, index) => {
    labels[`skills.${index}.level`] = fill(m.levelOf, { label: skill.label });
    labels[`skills.${index}.skill`] = skill.label;
  });
  values.occupations.forEach((occupation, index) => (labels[`desiredOccupations.${index}`] = occupation.label));
  const ladderChanged = original !== undefined && values.ladderStep !== original.ladderStep;
  const consultantChanged = original !== undefined && values.consultantId !== original.consultantId;

  return (
    <Page
      title={candidate ? fill(m.editTitle, { name: candidate.name }) : m.createTitle}
      intro={<p>{m.personalData}</p>}
    >
      <form onSubmit={form.handle(save)} noValidate>
        <ErrorSummary errors={form.errors} labels={labels} />
        <fieldset>
          <legend>{m.basics}</legend>
          <div className="form-grid">
            {text('name', { autoComplete: 'off' })}
            {text('birthDate', { hint: m.birthDateHint, inputMode: 'numeric' })}
            {text('email', { type: 'email', autoComplete: 'off' })}
            {text('phone', { type: 'tel', autoComplete: 'off' })}
            {text('postcode', { inputMode: 'numeric' })}
            {text('externalId')}
          </div>
        </fieldset>
        <fieldset>
          <legend>{m.situation}</legend>
          <div className="form-grid">
            <SelectField
              name="targetGroup"
              label={m.targetGroup}
              placeholder={m.chooseTargetGroup}
              options={Object.entries(TARGET_GROUPS[language]).map(([value, label]) => ({ value, label }))}
              value={values.targetGroup}
              onChange={set('targetGroup')}
              error={errors.targetGroup}
            />
            <SelectField
              name="ladderStep"
              label={m.ladderStep}
              placeholder={candidate ? undefined : m.chooseLadderStep}
              options={[1, 2, 3, 4, 5].map((step) => ({ value: String(step), label: fill(m.step, { step }) }))}
              value={values.ladderStep}
              onChange={set('ladderStep')}
              error={errors.ladderStep}
            />
            {(ladderChanged || errors.ladderStepReason) && (
              <TextField
                name="ladderStepReason"
                label={m.ladderStepReason}
                hint={m.ladderStepReasonHint}
                value={values.ladderStepReason}
                onChange={set('ladderStepReason')}
                error={errors.ladderStepReason}
              />
            )}
            <SelectField
              name="consultantId"
              label={m.consultant}
              placeholder={m.noConsultant}
              options={responsibleChoices(staff.data)}
              value={values.consultantId}
              onChange={set('consultantId')}
              error={errors.consultantId}
            />
            {(consultantChanged || errors.consultantChangeReason) && (
              <TextField
                name="consultantChangeReason"
                label={m.consultantChangeReason}
                value={values.consultantChangeReason}
                onChange={set('consultantChangeReason')}
                error={errors.consultantChangeReason}
              />
            )}
            <SelectField
              name="educationLevel"
              label={m.educationLevel}
              placeholder={m.chooseEducationLevel}
              options={Object.entries(EDUCATION_LEVELS[language]).map(([value, label]) => ({ value, label }))}
              value={values.educationLevel}
              onChange={set('educationLevel')}
              error={errors.educationLevel}
            />
            {text('education')}
          </div>
        </fieldset>
        <fieldset>
          <legend>{m.work}</legend>
          <div className="form-grid">
            {text('hoursPerWeek', { inputMode: 'numeric' })}
            {text('travelReachKm', { inputMode: 'numeric' })}
          </div>
          <h3 id="skills-heading">{m.skills}</h3>
          {errors.skills && <p className="field-error">{errors.skills.text}</p>}
          {values.skills.length > 0 && (
            <ul className="chips" aria-labelledby="skills-heading">
              {values.skills.map((skill, index) => (
                <li key={skill.uri}>
                  <SelectField
                    name={`skills.${index}.level`}
                    label={fill(m.levelOf, { label: skill.label })}
                    options={[1, 2, 3, 4].map((level) => ({ value: String(level), label: m.levels[level] }))}
                    value={String(skill.level)}
                    onChange={(event) =>
                      setValues((current) => ({
                        ...current,
                        skills: current.skills.map((each) =>
                          each.uri === skill.uri ? { ...each, level: Number(event.target.value) } : each,
                        ),
                      }))
                    }
                    error={errors[`skills.${index}.level`] ?? errors[`skills.${index}.skill`]}
                  />
                  <button
                    type="button"
                    onClick={() =>
                      setValues((current) => ({
                        ...current,
                        skills: current.skills.filter((each) => each.uri !== skill.uri),
                      }))
                    }
                  >
                    {fill(m.removeSkill, { label: skill.label })}
                  </button>
                </li>
              ))}
            </ul>
          )}
          <TaxonomyPicker
            kind="skills"
            name="newSkill"
            label={m.addSkill}
            hint={m.skillHint}
            clearOnSelect
            onSelect={(option) =>
              setValues((current) =>
                current.skills.some((skill) => skill.uri === option.value)
                  ? current
                  : { ...current, skills: [...current.skills, { uri: option.value, label: option.label, level: 2 }] },
              )
            }
          />
          <h3 id="occupations-heading">{m.desiredOccupations}</h3>
          {errors.desiredOccupations && <p className="field-error">{errors.desiredOccupations.text}</p>}
          {values.occupations.length > 0 && (
            <ul className="chips" aria-labelledby="occupations-heading">
              {values.occupations.map((occupation, index) => (
                <li key={occupation.code}>
                  <span>{occupation.label}</span>
                  {errors[`desiredOccupations.${index}`] && (
                    <span className="field-error">{errors[`desiredOccupations.${index}`].text}</span>
                  )}
                  <button
                    type="button"
                    onClick={() =>
                      setValues((current) => ({
                        ...current,
                        occupations: current.occupations.filter((each) => each.code !== occupation.code),
                      }))
                    }
                  >
                    {fill(m.removeOccupation, { label: occupation.label })}
                  </button>
                </li>
              ))}
            </ul>
          )}
          <TaxonomyPicker
            kind="occupations"
            name="newOccupation"
            label={m.addOccupation}
            clearOnSelect
            onSelect={(option) =>
              setValues((current) =>
                current.occupations.some((occupation) => occupation.code === option.value)
                  ? current
                  : { ...current, occupations: [...current.occupations, { code: option.value, label: option.label }] },
              )
            }
          />
          <fieldset>
            <legend>{m.desiredSectors}</legend>
            {errors.desiredSectors && <p className="field-error">{errors.desiredSectors.text}</p>}
            {sectors.data?.items.map((sector) => (
              <CheckboxField
                key={sector.code}
                name={`sector-${sector.code}`}
                label={language === 'da' ? sector.labelDa : sector.labelEn}
                checked={values.sectors.includes(sector.code)}
                onChange={(event) =>
                  setValues((current) => ({
                    ...current,
                    sectors: event.target.checked
                      ? [...current.sectors, sector.code]
                      : current.sectors.filter((code) => code !== sector.code),
                  }))
                }
              />
            ))}
          </fieldset>
          <CheckboxField
            name="willingToChangeSector"
            label={m.willingToChangeSector}
            checked={values.willingToChangeSector}
            onChange={(event) => setValues((current) => ({ ...current, willingToChangeSector: event.target.checked }))}
            error={errors.willingToChangeSector}
          />
        </fieldset>
        <fieldset>
          <legend>{m.jobcentreOnly}</legend>
          <TextAreaField
            name="accommodations"
            label={m.accommodations}
            hint={m.accommodationsHint}
            value={values.accommodations}
            onChange={set('accommodations')}
            error={errors.accommodations}
          />
          <TextAreaField
            name="notes"
            label={m.notes}
            hint={m.notesHint}
            value={values.notes}
            onChange={set('notes')}
            error={errors.notes}
          />
        </fieldset>
        <div className="row-actions">
          <button type="submit" className="primary" disabled={form.submitting}>
            {form.submitting ? m.saving : m.save}
          </button>
          <Link to={candidate ? `/kandidater/${candidate.id}` : '/kandidater'}>{m.cancel}</Link>
        </div>
      </form>
    </Page>
  );
}
