import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../../api/client';
import { ApiError, unwrap } from '../../api/errors';
import { fill, useI18n, useMessages } from '../../i18n';
import { useSession } from '../../session';
import { CheckboxField, SelectField, TextAreaField, TextField, type FieldErrorText } from '../../ui/fields';
import { ErrorSummary, useSubmit, type SubmitErrors } from '../../ui/forms';
import { KIND_FIELDS, parseNumber, POSTING_KINDS, TARGET_GROUPS, type Posting, type PostingKind } from './api';
import { messages } from './messages';
import { isRuleMessage, ruleText } from './rule-texts';
import { RuleChecklist, type RuleCheckBody } from './RuleChecklist';
import { TaxonomyPicker } from '../../ui/TaxonomyPicker';

interface Skill {
  uri: string;
  label: string;
}

/** Everything the form holds, as typed: numbers stay text until sent, so nothing typed is ever lost. */
interface FormState {
  companyId: string;
  intakeId: string;
  kind: PostingKind | '';
  title: string;
  description: string;
  occupationText: string;
  occupationCode: string;
  requiredSkills: Skill[];
  desiredSkills: Skill[];
  hoursPerWeek: string;
  workplacePostcode: string;
  startDate: string;
  endDate: string;
  durationWeeks: string;
  positions: string;
  targetGroups: string[];
  targetGroup: string;
  employerType: string;
  educationName: string;
  educationMonths: string;
  companyVisiblePublicly: boolean;
}

const text = (value: string | number | null | undefined) =>
  value === null || value === undefined ? '' : String(value);

function stateOf(posting: Posting | undefined, intakeId: string): FormState {
  return {
    companyId: posting?.company.id ?? '',
    intakeId,
    kind: posting?.kind ?? '',
    title: posting?.title ?? '',
    description: text(posting?.description),
    occupationText: posting?.occupation?.label ?? '',
    occupationCode: posting?.occupation?.code ?? '',
    requiredSkills: posting?.requiredSkills ?? [],
    desiredSkills: posting?.desiredSkills ?? [],
    hoursPerWeek: text(posting?.hoursPerWeek).replace('.', ','),
    workplacePostcode: text(posting?.workplacePostcode),
    startDate: text(posting?.startDate),
    endDate: text(posting?.endDate),
    durationWeeks: text(posting?.durationWeeks),
    positions: text(posting?.positions ?? 1),
    targetGroups: posting?.targetGroups ?? [],
    targetGroup: text(posting?.targetGroup),
    employerType: text(posting?.employerType),
    educationName: text(posting?.educationName),
    educationMonths: text(posting?.educationMonths),
    companyVisiblePublicly: posting?.companyVisiblePublicly ?? false,
  };
}

/**
 * The posting as the API takes it. `empty` is what a field left empty becomes: left out on create, null on a change
 * (which clears it). A number that does not parse is sent as typed, so the API's refusal names the field; for the
 * rule check (`lenient`) it is left out instead, as the rules only look at what makes sense.
 */
function bodyOf(state: FormState, empty: 'omit' | 'null', lenient = false): Record<string, unknown> {
  const kind = state.kind as PostingKind;
  const blank = empty === 'null' ? null : undefined;
  const str = (value: string) => (value.trim() === '' ? blank : value.trim());
  const num = (value: string) => {
    if (value.trim() === '') return blank;
    const parsed = parseNumber(value);
    return parsed ?? (lenient ? undefined : value.trim());
  };
  const own = KIND_FIELDS[kind] ?? [];
  const ofKind = <T,>(field: string, value: T) => (own.includes(field) ? value : empty === 'null' ? null : undefined);
  const body: Record<string, unknown> = {
    kind,
    title: state.title,
    description: str(state.description),
    occupation: state.occupationCode || str(state.occupationText),
    requiredSkills: state.requiredSkills.map((skill) => skill.uri),
    desiredSkills: state.desiredSkills.map((skill) => skill.uri),
    hoursPerWeek: num(state.hoursPerWeek),
    workplacePostcode: str(state.workplacePostcode),
    startDate: str(state.startDate),
    endDate: str(state.endDate),
    positions: num(state.positions) ?? undefined,
    durationWeeks: ofKind('durationWeeks', num(state.durationWeeks)),
    targetGroup: ofKind('targetGroup', str(state.targetGroup)),
    employerType: ofKind('employerType', str(state.employerType)),
    educationName: ofKind('educationName', str(state.educationName)),
    educationMonths: ofKind('educationMonths', num(state.educationMonths)),
    companyVisiblePublicly: state.companyVisiblePublicly,
  };
  // A småjob with no groups chosen gets the jobcentre's småjob groups; null is refused, so an empty list is left out.
  if (own.includes('targetGroups') && state.targetGroups.length) body.targetGroups = state.targetGroups;
  return Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined));
}

/** A field's message, the kind rules' in Danish (the API words them in English and names the rule). */
function localised(error: FieldErrorText | undefined, language: 'da' | 'en'): FieldErrorText | undefined {
  if (!error || !isRuleMessage(error.text)) return error;
  const parts = error.text.match(/.*?\(rule [^)]+\)/g) ?? [error.text];
  const texts = parts.map((part) => ruleText(part.trim(), language));
  return { text: texts.map((each) => each.text).join(' '), lang: texts.every((each) => !each.lang) ? undefined : 'en' };
}

export type PostingFormMode =
  | { type: 'create'; intakeId?: string }
  | { type: 'intake'; intakeId: string; companyName: string }
  | { type: 'edit'; posting: Posting };

export function PostingForm({ mode }: { mode: PostingFormMode }) {
  const m = useMessages(messages);
  const { language } = useI18n();
  const { user } = useSession();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useSubmit();
  const isEmployer = user?.role === 'employer';
  const mayUseIntake = user?.role === 'consultant' || user?.role === 'lead';
  const editing = mode.type === 'edit' ? mode.posting : undefined;
  const [state, setState] = useState<FormState>(() =>
    stateOf(editing, mode.type === 'create' ? (mode.intakeId ?? '') : ''),
  );
  const set = <K extends keyof FormState>(field: K, value: FormState[K]) =>
    setState((current) => ({ ...current, [field]: value }));
  const fromIntake = mode.type === 'intake' || (mode.type === 'create' && state.intakeId.trim() !== '');

  const companies = useQuery({
    queryKey: ['posting-form-companies', isEmployer],
    enabled: mode.type === 'create',
    queryFn: async () =>
      isEmployer
        ? await unwrap(api.GET('/api/v1/employer/companies'))
        : (await unwrap(api.GET('/api/v1/companies', { params: { query: { pageSize: 100 } } }))).items,
  });

  const errors: SubmitErrors = {
    form: form.errors.form,
    fields: Object.fromEntries(
      Object.entries(form.errors.fields).map(([field, error]) => [field, localised(error, language)!]),
    ),
  };
  const err = (field: string) => errors.fields[field];
  const labels: Record<string, string> = {
    companyId: m.company,
    intakeId: m.intakeIdLabel,
    kind: m.kind,
    title: m.title,
    description: m.description,
    occupation: m.occupation,
    requiredSkills: m.requiredSkills,
    desiredSkills: m.desiredSkills,
    hoursPerWeek: m.hours,
    workplacePostcode: m.workplacePostcode,
    startDate: m.startDate,
    endDate: m.endDate,
    durationWeeks: m.durationWeeks,
    positions: m.positionsLabel,
    targetGroups: m.targetGroups,
    targetGroup: m.targetGroup,
    employerType: m.employerType,
    educationName: m.educationName,
    educationMonths: m.educationMonths,
    companyVisiblePublicly: m.companyVisiblePublicly,
  };

  const submit = form.handle(async () => {
    let saved: Posting;
    if (editing) {
      saved = await unwrap(
        api.PATCH('/api/v1/postings/{id}', {
          params: { path: { id: editing.id } },
          body: { ...bodyOf(state, 'null'), kind: state.kind || undefined } as never,
        }),
      );
    } else if (fromIntake) {
      const intakeId = mode.type === 'intake' ? mode.intakeId : state.intakeId.trim();
      if (!/^[0-9a-f-]{36}$/i.test(intakeId)) {
        throw new ApiError(400, 'intakeId', { intakeId: ['intakeId must be a UUID'] });
      }
      saved = await unwrap(
        api.POST('/api/v1/intakes/{id}/posting', {
          params: { path: { id: intakeId } },
          body: { ...bodyOf(state, 'omit'), kind: state.kind || undefined } as never,
        }),
      );
      await queryClient.invalidateQueries({ queryKey: ['intakes'] });
    } else {
      saved = await unwrap(
        api.POST('/api/v1/postings', {
          body: { ...bodyOf(state, 'omit'), kind: state.kind || undefined, companyId: state.companyId } as never,
        }),
      );
    }
    await queryClient.invalidateQueries({ queryKey: ['postings'] });
    queryClient.setQueryData(['postings', 'one', saved.id], saved);
    void navigate(`/opslag/${saved.id}`, { state: { notice: m.saved } });
  });

  const kind = state.kind;
  const own = kind ? KIND_FIELDS[kind] : [];
  const ruleBody: RuleCheckBody | null = kind ? ({ ...bodyOf(state, 'omit', true), kind } as RuleCheckBody) : null;
  // Only what the rules look at, so typing a title or a description does not ask again.
  if (ruleBody)
    for (const field of [
      'title',
      'description',
      'requiredSkills',
      'desiredSkills',
      'positions',
      'companyVisiblePublicly',
    ])
      delete ruleBody[field];

  const groupOptions = TARGET_GROUPS.map((group) => ({ value: group, label: group }));
  const chosenSkills = (field: 'requiredSkills' | 'desiredSkills', label: string): ReactNode =>
    state[field].length > 0 && (
      <ul className="chosen" aria-label={label}>
        {state[field].map((skill) => (
          <li key={skill.uri}>
            {skill.label}{' '}
            <button
              type="button"
              className="link-button"
              onClick={() =>
                set(
                  field,
                  state[field].filter((each) => each.uri !== skill.uri),
                )
              }
            >
              {fill(m.remove, { label: skill.label })}
            </button>
          </li>
        ))}
      </ul>
    );

  return (
    <div className="posting-form-layout">
      <form onSubmit={submit} noValidate className="posting-form">
        <ErrorSummary errors={errors} labels={labels} />
        {mode.type === 'intake' && <p>{fill(m.intakeOf, { company: mode.companyName })}</p>}
        {mode.type === 'create' && (
          <div className="form-grid">
            {mayUseIntake && (
              <TextField
                name="intakeId"
                label={m.intakeIdLabel}
                hint={m.intakeIdHint}
                error={err('intakeId')}
                value={state.intakeId}
                onChange={(event) => set('intakeId', event.target.value)}
              />
            )}
            {!fromIntake && (
              <SelectField
                name="companyId"
                label={m.company}
                error={err('companyId')}
                placeholder={m.chooseCompany}
                options={(companies.data ?? []).map((company) => ({
                  value: company.id,
                  label: `${company.name} (CVR ${company.cvrNumber})`,
                }))}
                value={state.companyId}
                onChange={(event) => set('companyId', event.target.value)}
              />
            )}
          </div>
        )}
        {editing && (
          <p>
            {m.company}: {editing.company.name}. <span className="hint">{m.companyLocked}</span>
          </p>
        )}
        <div className="form-grid">
          <SelectField
            name="kind"
            label={m.kind}
            error={err('kind')}
            placeholder={m.chooseKind}
            disabled={editing !== undefined && editing.status !== 'draft'}
            options={POSTING_KINDS.map((each) => ({ value: each, label: m.kinds[each] }))}
            value={state.kind}
            onChange={(event) => set('kind', event.target.value as PostingKind | '')}
          />
          <TextField
            name="title"
            label={m.title}
            error={err('title')}
            value={state.title}
            onChange={(event) => set('title', event.target.value)}
          />
        </div>
        <TextAreaField
          name="description"
          label={m.description}
          error={err('description')}
          value={state.description}
          onChange={(event) => set('description', event.target.value)}
        />
        <TaxonomyPicker
          kind="occupations"
          name="occupation"
          label={m.occupation}
          hint={m.occupationHint}
          error={err('occupation')}
          initialText={state.occupationText}
          onTextChange={(value) => setState((current) => ({ ...current, occupationText: value, occupationCode: '' }))}
          onSelect={(option) =>
            setState((current) => ({ ...current, occupationText: option.label, occupationCode: option.value }))
          }
        />
        {(['requiredSkills', 'desiredSkills'] as const).map((field) => (
          <TaxonomyPicker
            key={field}
            kind="skills"
            name={field}
            label={field === 'requiredSkills' ? m.requiredSkills : m.desiredSkills}
            hint={m.skillsHint}
            error={err(field)}
            clearOnSelect
            onSelect={(option) =>
              setState((current) => ({
                ...current,
                [field]: current[field].some((skill) => skill.uri === option.value)
                  ? current[field]
                  : [...current[field], { uri: option.value, label: option.label }],
              }))
            }
          >
            {chosenSkills(field, field === 'requiredSkills' ? m.requiredSkills : m.desiredSkills)}
          </TaxonomyPicker>
        ))}
        <div className="form-grid">
          <TextField
            name="hoursPerWeek"
            label={m.hours}
            hint={m.hoursHint}
            inputMode="decimal"
            error={err('hoursPerWeek')}
            value={state.hoursPerWeek}
            onChange={(event) => set('hoursPerWeek', event.target.value)}
          />
          <TextField
            name="workplacePostcode"
            label={m.workplacePostcode}
            inputMode="numeric"
            autoComplete="postal-code"
            error={err('workplacePostcode')}
            value={state.workplacePostcode}
            onChange={(event) => set('workplacePostcode', event.target.value)}
          />
          <TextField
            name="startDate"
            label={m.startDate}
            hint={m.dateHint}
            error={err('startDate')}
            value={state.startDate}
            onChange={(event) => set('startDate', event.target.value)}
          />
          <TextField
            name="endDate"
            label={m.endDate}
            hint={m.dateHint}
            error={err('endDate')}
            value={state.endDate}
            onChange={(event) => set('endDate', event.target.value)}
          />
          <TextField
            name="positions"
            label={m.positionsLabel}
            inputMode="numeric"
            error={err('positions')}
            value={state.positions}
            onChange={(event) => set('positions', event.target.value)}
          />
        </div>
        {own.length > 0 && (
          <fieldset className="kind-fields">
            <legend>{m.kindSpecific}</legend>
            {own.includes('targetGroups') && (
              <fieldset className="checkbox-group" aria-describedby="target-groups-hint">
                <legend>{m.targetGroups}</legend>
                <p id="target-groups-hint" className="hint">
                  {m.targetGroupsHint}
                </p>
                {err('targetGroups') && (
                  <p className="field-error" lang={err('targetGroups')!.lang}>
                    {err('targetGroups')!.text}
                  </p>
                )}
                {TARGET_GROUPS.map((group, index) => (
                  <CheckboxField
                    key={group}
                    name={index === 0 ? 'targetGroups' : `targetGroups-${group}`}
                    label={group}
                    checked={state.targetGroups.includes(group)}
                    onChange={(event) =>
                      set(
                        'targetGroups',
                        event.target.checked
                          ? [...state.targetGroups, group]
                          : state.targetGroups.filter((each) => each !== group),
                      )
                    }
                  />
                ))}
              </fieldset>
            )}
            <div className="form-grid">
              {own.includes('targetGroup') && (
                <SelectField
                  name="targetGroup"
                  label={m.targetGroup}
                  error={err('targetGroup')}
                  placeholder={m.chooseTargetGroup}
                  options={groupOptions}
                  value={state.targetGroup}
                  onChange={(event) => set('targetGroup', event.target.value)}
                />
              )}
              {own.includes('durationWeeks') && (
                <TextField
                  name="durationWeeks"
                  label={m.durationWeeks}
                  inputMode="numeric"
                  error={err('durationWeeks')}
                  value={state.durationWeeks}
                  onChange={(event) => set('durationWeeks', event.target.value)}
                />
              )}
              {own.includes('employerType') && (
                <SelectField
                  name="employerType"
                  label={m.employerType}
                  error={err('employerType')}
                  placeholder={m.chooseEmployerType}
                  options={(['private', 'public'] as const).map((each) => ({
                    value: each,
                    label: m.employerTypes[each],
                  }))}
                  value={state.employerType}
                  onChange={(event) => set('employerType', event.target.value)}
                />
              )}
              {own.includes('educationName') && (
                <TextField
                  name="educationName"
                  label={m.educationName}
                  error={err('educationName')}
                  value={state.educationName}
                  onChange={(event) => set('educationName', event.target.value)}
                />
              )}
              {own.includes('educationMonths') && (
                <TextField
                  name="educationMonths"
                  label={m.educationMonths}
                  inputMode="numeric"
                  error={err('educationMonths')}
                  value={state.educationMonths}
                  onChange={(event) => set('educationMonths', event.target.value)}
                />
              )}
            </div>
          </fieldset>
        )}
        <CheckboxField
          name="companyVisiblePublicly"
          label={m.companyVisiblePublicly}
          error={err('companyVisiblePublicly')}
          checked={state.companyVisiblePublicly}
          onChange={(event) => set('companyVisiblePublicly', event.target.checked)}
        />
        <p className="form-actions">
          <button type="submit" className="primary" disabled={form.submitting}>
            {editing ? m.saveChanges : m.save}
          </button>{' '}
          <button type="button" onClick={() => void navigate(editing ? `/opslag/${editing.id}` : '/opslag')}>
            {m.cancel}
          </button>
        </p>
      </form>
      <RuleChecklist body={ruleBody} published={editing !== undefined && editing.status !== 'draft'} />
    </div>
  );
}
