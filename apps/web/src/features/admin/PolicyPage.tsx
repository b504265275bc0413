import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/errors';
import { fill, useI18n, useMessages } from '../../i18n';
import { CheckboxField, TextField } from '../../ui/fields';
import { ErrorSummary, useSubmit } from '../../ui/forms';
import { Page } from '../../ui/Page';
import { QueryState } from '../../ui/states';
import { messages } from './messages';
import { AdminNav, Notice, submitWith } from './parts';

type Policy = Schemas['FirstContactPolicyDto'];
const FIELD = 'firstContactPolicy';

/** The jobcentre's first-contact policy: how the duty desk's deadline is counted for new requests. */
export default function PolicyPage() {
  const m = useMessages(messages);
  const settings = useQuery({
    queryKey: ['duty-desk-settings'],
    queryFn: () => unwrap(api.GET('/api/v1/duty-desk/settings')),
  });
  return (
    <Page title={m.pages.policy} intro={<p>{m.policy.intro}</p>}>
      <AdminNav />
      <QueryState query={settings}>{(loaded) => <PolicyForm policy={loaded.firstContactPolicy} />}</QueryState>
    </Page>
  );
}

function PolicyForm({ policy }: { policy: Policy }) {
  const m = useMessages(messages);
  const { language } = useI18n();
  const queryClient = useQueryClient();
  const form = useSubmit();
  const [notice, setNotice] = useState<string | null>(null);
  const [current, setCurrent] = useState(policy);
  const [mode, setMode] = useState<Policy['mode']>(policy.mode);
  const [hours, setHours] = useState(String(policy.hours));
  const [opensAt, setOpensAt] = useState(policy.openingHours?.opensAt ?? '08:00');
  const [closesAt, setClosesAt] = useState(policy.openingHours?.closesAt ?? '15:00');
  const [closed, setClosed] = useState({
    constitutionDay: policy.closedDays?.constitutionDay ?? false,
    christmasEve: policy.closedDays?.christmasEve ?? false,
    newYearsEve: policy.closedDays?.newYearsEve ?? false,
  });
  const labels = {
    [`${FIELD}.mode`]: m.policy.mode,
    [`${FIELD}.hours`]: m.policy.hours,
    [`${FIELD}.openingHours.opensAt`]: m.policy.opensAt,
    [`${FIELD}.openingHours.closesAt`]: m.policy.closesAt,
    [`${FIELD}.openingHours`]: m.policy.openingHours,
  };
  const error = (field: string) => form.errors.fields[`${FIELD}.${field}`];
  const working = mode === 'working-hours';

  const summary = (shown: Policy) =>
    shown.mode === 'working-hours'
      ? fill(m.policy.workingSummary, {
          hours: shown.hours,
          opens: shown.openingHours?.opensAt ?? '',
          closes: shown.openingHours?.closesAt ?? '',
        })
      : fill(m.policy.calendarSummary, { hours: shown.hours });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setNotice(null);
    const trimmed = hours.trim().replace(',', '.');
    const firstContactPolicy = {
      mode,
      // Not a number: sent as typed, so the API names the field.
      hours: (trimmed !== '' && Number.isFinite(Number(trimmed)) ? Number(trimmed) : trimmed) as number,
      ...(working ? { openingHours: { opensAt, closesAt }, closedDays: closed } : {}),
    };
    void submitWith(
      form,
      async () => {
        const saved = await unwrap(api.PUT('/api/v1/duty-desk/settings', { body: { firstContactPolicy } }));
        setCurrent(saved.firstContactPolicy);
        setNotice(m.policy.saved);
        await queryClient.invalidateQueries({ queryKey: ['duty-desk-settings'] });
      },
      {
        language,
        translate: (field, message) => {
          if (field === `${FIELD}.hours` && /greater than|less than|number/.test(message)) return m.policy.outOfRange;
          if (/later than opensAt/.test(message)) return m.policy.closesBeforeOpening;
          if (/HH:mm/.test(message)) return m.policy.clockTime;
          return undefined;
        },
      },
    );
  };

  return (
    <>
      <p>
        <strong>{fill(m.policy.current, { policy: summary(current) })}</strong>
      </p>
      <Notice text={notice} />
      <form noValidate onSubmit={submit} className="panel">
        <ErrorSummary errors={form.errors} labels={labels} />
        <fieldset>
          <legend>{m.policy.mode}</legend>
          {(['calendar-hours', 'working-hours'] as const).map((value) => (
            <div className="field field-checkbox" key={value}>
              <input
                type="radio"
                id={`mode-${value}`}
                name={`${FIELD}.mode`}
                value={value}
                checked={mode === value}
                onChange={() => setMode(value)}
              />
              <label htmlFor={`mode-${value}`}>
                {value === 'calendar-hours' ? m.policy.calendarHours : m.policy.workingHours}
              </label>
            </div>
          ))}
        </fieldset>
        <TextField
          name={`${FIELD}.hours`}
          label={m.policy.hours}
          hint={m.policy.hoursHint}
          inputMode="decimal"
          value={hours}
          onChange={(event) => setHours(event.target.value)}
          error={error('hours')}
        />
        {working && (
          <>
            <fieldset>
              <legend>{m.policy.openingHours}</legend>
              <div className="form-grid">
                <TextField
                  name={`${FIELD}.openingHours.opensAt`}
                  label={m.policy.opensAt}
                  type="time"
                  value={opensAt}
                  onChange={(event) => setOpensAt(event.target.value)}
                  error={error('openingHours.opensAt')}
                />
                <TextField
                  name={`${FIELD}.openingHours.closesAt`}
                  label={m.policy.closesAt}
                  type="time"
                  value={closesAt}
                  onChange={(event) => setClosesAt(event.target.value)}
                  error={error('openingHours.closesAt')}
                />
              </div>
            </fieldset>
            <fieldset>
              <legend>{m.policy.closedDays}</legend>
              {(['constitutionDay', 'christmasEve', 'newYearsEve'] as const).map((day) => (
                <CheckboxField
                  key={day}
                  name={`${FIELD}.closedDays.${day}`}
                  label={m.policy[day]}
                  checked={closed[day]}
                  onChange={(event) => setClosed({ ...closed, [day]: event.target.checked })}
                />
              ))}
            </fieldset>
          </>
        )}
        <button type="submit" className="primary" disabled={form.submitting}>
          {form.submitting ? m.common.saving : m.common.save}
        </button>
      </form>
    </>
  );
}
