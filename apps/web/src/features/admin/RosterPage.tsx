import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, type Schemas } from '../../api/client';
import { ApiError, unwrap } from '../../api/errors';
import { fill, formatDateTime, formatNumber, useI18n, useMessages, type Language } from '../../i18n';
import { TIME_ZONE } from '../../i18n/format';
import { SelectField, TextField } from '../../ui/fields';
import { ErrorSummary, formMessage, useSubmit } from '../../ui/forms';
import { Page } from '../../ui/Page';
import { LoadFailed, Loading } from '../../ui/states';
import { addDays, fromCopenhagen, fromLocalInput, isDate, isoWeek, mondayOf, today, toLocalInput } from './copenhagen';
import { messages } from './messages';
import { AdminNav, Confirm, Notice, submitWith } from './parts';

type Period = Schemas['DutyPeriodResponse'];
type Editing = { mode: 'add' } | { mode: 'edit'; period: Period };
const LOCALES: Record<Language, string> = { da: 'da-DK', en: 'en-GB' };
const ROSTERABLE = new Set(['consultant', 'lead']);

const clock = (instant: Date, language: Language) =>
  new Intl.DateTimeFormat(LOCALES[language], { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit' }).format(
    instant,
  );
const dayLabel = (date: string, language: Language, weekday: 'long' | undefined = 'long') =>
  new Intl.DateTimeFormat(LOCALES[language], {
    timeZone: TIME_ZONE,
    weekday,
    day: 'numeric',
    month: 'long',
  }).format(fromCopenhagen(date, '12:00'));

/** The duty roster as a week, Monday to Sunday in Copenhagen time: consultants by day, and the shifts in order. */
export default function RosterPage() {
  const m = useMessages(messages);
  const { t, language } = useI18n();
  const queryClient = useQueryClient();
  const [params] = useSearchParams();
  const asked = params.get('uge');
  const monday = mondayOf(isDate(asked) ? asked : today());
  const days = Array.from({ length: 7 }, (_, index) => addDays(monday, index));
  const from = fromCopenhagen(monday);
  const to = fromCopenhagen(addDays(monday, 7));

  const periods = useQuery({
    queryKey: ['duty-roster', monday],
    queryFn: () =>
      unwrap(api.GET('/api/v1/duty-roster', { params: { query: { from: from.toISOString(), to: to.toISOString() } } })),
  });
  const staff = useQuery({
    queryKey: ['staff', 'active'],
    queryFn: () => unwrap(api.GET('/api/v1/staff', { params: { query: { pageSize: 100 } } })),
  });

  const [editing, setEditing] = useState<Editing>({ mode: 'add' });
  const [notice, setNotice] = useState<string | null>(null);
  const formHeading = useRef<HTMLHeadingElement>(null);
  const edit = (period: Period) => {
    setEditing({ mode: 'edit', period });
    setNotice(null);
  };
  useEffect(() => {
    if (editing.mode === 'edit') formHeading.current?.focus();
  }, [editing]);

  const rosterable = (staff.data?.items ?? []).filter((member) => ROSTERABLE.has(member.role));
  const rows = new Map(rosterable.map((member) => [member.id, member.name]));
  for (const period of periods.data ?? []) rows.set(period.consultant.id, period.consultant.name);
  const people = [...rows.entries()].sort((a, b) => a[1].localeCompare(b[1], 'da'));

  const weekLink = (date: string) => `?uge=${date}`;
  const span = (period: Period) =>
    fill('{from} – {to}', {
      from: formatDateTime(period.startsAt, language),
      to: formatDateTime(period.endsAt, language),
    });

  const segments = (consultantId: string, day: string) => {
    const dayStart = fromCopenhagen(day).getTime();
    const dayEnd = fromCopenhagen(addDays(day, 1)).getTime();
    return (periods.data ?? [])
      .filter(
        (period) =>
          period.consultant.id === consultantId &&
          Date.parse(period.startsAt) < dayEnd &&
          Date.parse(period.endsAt) > dayStart,
      )
      .map((period) => {
        const start = Math.max(Date.parse(period.startsAt), dayStart);
        const end = Math.min(Date.parse(period.endsAt), dayEnd);
        const label =
          start === dayStart && end === dayEnd
            ? m.roster.allDay
            : `${clock(new Date(start), language)}–${end === dayEnd ? '24.00' : clock(new Date(end), language)}`;
        return { period, label };
      });
  };

  const saved = async (text: string) => {
    setNotice(text);
    setEditing({ mode: 'add' });
    await queryClient.invalidateQueries({ queryKey: ['duty-roster'] });
  };

  return (
    <Page title={m.pages.roster} intro={<p>{m.roster.intro}</p>}>
      <AdminNav />
      <h2 id="week-heading">
        {fill(m.roster.week, {
          week: isoWeek(monday),
          from: dayLabel(days[0], language, undefined),
          to: dayLabel(days[6], language, undefined),
        })}
      </h2>
      <nav className="week-nav" aria-label={m.pages.roster}>
        <Link to={weekLink(addDays(monday, -7))}>← {m.roster.previous}</Link>
        <Link to={weekLink(mondayOf(today()))}>{m.roster.thisWeek}</Link>
        <Link to={weekLink(addDays(monday, 7))}>{m.roster.next} →</Link>
      </nav>
      <Notice text={notice} />

      {periods.isPending || staff.isPending ? (
        <Loading />
      ) : periods.isError || staff.isError ? (
        <LoadFailed error={periods.error ?? staff.error} />
      ) : (
        <>
          <div className="table-scroll">
            <table className="data roster-grid">
              <caption>{fill(m.roster.gridCaption, { week: isoWeek(monday) })}</caption>
              <thead>
                <tr>
                  <th scope="col">{m.roster.consultant}</th>
                  {days.map((day) => (
                    <th scope="col" key={day} className={day === today() ? 'today' : undefined}>
                      <time dateTime={day}>{dayLabel(day, language)}</time>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {people.map(([id, name]) => (
                  <tr key={id}>
                    <th scope="row">{name}</th>
                    {days.map((day) => {
                      const shifts = segments(id, day);
                      return (
                        <td key={day}>
                          {shifts.length === 0 ? (
                            <>
                              <span aria-hidden="true">–</span>
                              <span className="visually-hidden">{m.roster.noShift}</span>
                            </>
                          ) : (
                            <ul className="shifts">
                              {shifts.map(({ period, label }) => (
                                <li key={period.id}>
                                  <button
                                    type="button"
                                    className="shift"
                                    aria-pressed={editing.mode === 'edit' && editing.period.id === period.id}
                                    onClick={() => edit(period)}
                                  >
                                    <span className="visually-hidden">
                                      {fill(m.roster.editShift, { name, day: dayLabel(day, language) })}{' '}
                                    </span>
                                    {label}
                                  </button>
                                </li>
                              ))}
                            </ul>
                          )}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>

          <div className="table-scroll">
            <table className="data">
              <caption>{m.roster.listCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{m.roster.consultant}</th>
                  <th scope="col">{m.roster.startsAt}</th>
                  <th scope="col">{m.roster.endsAt}</th>
                  <th scope="col">{m.roster.duration}</th>
                </tr>
              </thead>
              <tbody>
                {periods.data.length === 0 ? (
                  <tr>
                    <td colSpan={4}>{m.roster.listEmpty}</td>
                  </tr>
                ) : (
                  periods.data.map((period) => (
                    <tr key={period.id}>
                      <th scope="row">{period.consultant.name}</th>
                      <td>{formatDateTime(period.startsAt, language)}</td>
                      <td>{formatDateTime(period.endsAt, language)}</td>
                      <td>
                        {fill(m.roster.hours, {
                          hours: formatNumber(
                            Math.round((Date.parse(period.endsAt) - Date.parse(period.startsAt)) / 360_000) / 10,
                            language,
                          ),
                        })}
                      </td>
                    </tr>
                  ))
                )}
              </tbody>
            </table>
          </div>
        </>
      )}

      <section className="panel" aria-labelledby="shift-form-heading">
        <h2 id="shift-form-heading" ref={formHeading} tabIndex={-1}>
          {editing.mode === 'edit' ? m.roster.editTitle : m.roster.addTitle}
        </h2>
        <ShiftForm
          key={editing.mode === 'edit' ? editing.period.id : `add-${monday}`}
          editing={editing}
          consultants={rosterable}
          defaultDay={days.includes(today()) ? today() : monday}
          describe={span}
          onSaved={saved}
          onCancel={() => setEditing({ mode: 'add' })}
          t={t}
        />
      </section>
    </Page>
  );
}

function ShiftForm({
  editing,
  consultants,
  defaultDay,
  describe,
  onSaved,
  onCancel,
  t,
}: {
  editing: Editing;
  consultants: Schemas['StaffMemberResponse'][];
  defaultDay: string;
  describe: (period: Period) => string;
  onSaved: (notice: string) => Promise<void>;
  onCancel: () => void;
  t: ReturnType<typeof useI18n>['t'];
}) {
  const m = useMessages(messages);
  const { language } = useI18n();
  const form = useSubmit();
  const existing = editing.mode === 'edit' ? editing.period : null;
  const [consultantId, setConsultantId] = useState(existing?.consultant.id ?? '');
  const [startsAt, setStartsAt] = useState(existing ? toLocalInput(existing.startsAt) : `${defaultDay}T08:00`);
  const [endsAt, setEndsAt] = useState(existing ? toLocalInput(existing.endsAt) : `${defaultDay}T15:00`);
  const [removing, setRemoving] = useState(false);
  const [removeError, setRemoveError] = useState<string | null>(null);
  const labels = { consultantId: m.roster.consultant, startsAt: m.roster.startsAt, endsAt: m.roster.endsAt };
  const options = consultants.map((member) => ({
    value: member.id,
    label: `${member.name} (${t.roles[member.role]})`,
  }));
  if (existing && !options.some((option) => option.value === existing.consultant.id)) {
    options.push({ value: existing.consultant.id, label: existing.consultant.name });
  }
  const nameOf = (id: string) => options.find((option) => option.value === id)?.label.replace(/ \(.*\)$/, '') ?? '';

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = {
      consultantId,
      // An empty or unreadable field is sent as it is, so the API names it.
      startsAt: fromLocalInput(startsAt)?.toISOString() ?? startsAt,
      endsAt: fromLocalInput(endsAt)?.toISOString() ?? endsAt,
    };
    void submitWith(
      form,
      async () => {
        try {
          if (existing) {
            await unwrap(api.PATCH('/api/v1/duty-roster/{id}', { params: { path: { id: existing.id } }, body }));
          } else {
            await unwrap(api.POST('/api/v1/duty-roster', { body }));
          }
        } catch (error) {
          // An overlap is about the times chosen: shown next to the start.
          if (error instanceof ApiError && error.status === 409) {
            throw new ApiError(409, error.message, { startsAt: [error.message] });
          }
          throw error;
        }
        await onSaved(fill(existing ? m.roster.changed : m.roster.added, { name: nameOf(consultantId) }));
      },
      {
        language,
        translate: (field, message, status) => {
          const overlap = /^(.*) is already on duty from (\S+) to (\S+)$/.exec(message);
          if (status === 409 && overlap) {
            return fill(m.roster.overlap, {
              name: overlap[1],
              from: formatDateTime(overlap[2], language),
              to: formatDateTime(overlap[3], language),
            });
          }
          if (field === 'endsAt' && /after startsAt/.test(message)) return m.roster.endBeforeStart;
          if (field === 'consultantId' && /active consultant/.test(message)) return m.roster.notRosterable;
          if ((field === 'startsAt' || field === 'endsAt') && /ISO 8601/.test(message)) return m.roster.invalidTime;
          return undefined;
        },
      },
    );
  };

  const remove = async () => {
    if (!existing) return;
    setRemoveError(null);
    try {
      await unwrap(api.DELETE('/api/v1/duty-roster/{id}', { params: { path: { id: existing.id } } }));
      await onSaved(fill(m.roster.removed, { name: existing.consultant.name }));
    } catch (error) {
      setRemoveError(formMessage(error, t));
    }
  };

  return (
    <form noValidate onSubmit={submit}>
      {existing && <p>{describe(existing)}</p>}
      <ErrorSummary errors={form.errors} labels={labels} />
      <div className="form-grid">
        <SelectField
          name="consultantId"
          label={m.roster.consultant}
          value={consultantId}
          onChange={(event) => setConsultantId(event.target.value)}
          placeholder={m.roster.chooseConsultant}
          options={options}
          error={form.errors.fields.consultantId}
        />
        <TextField
          name="startsAt"
          label={m.roster.startsAt}
          hint={m.roster.timeHint}
          type="datetime-local"
          value={startsAt}
          onChange={(event) => setStartsAt(event.target.value)}
          error={form.errors.fields.startsAt}
        />
        <TextField
          name="endsAt"
          label={m.roster.endsAt}
          hint={m.roster.timeHint}
          type="datetime-local"
          value={endsAt}
          onChange={(event) => setEndsAt(event.target.value)}
          error={form.errors.fields.endsAt}
        />
      </div>
      <div className="button-row">
        <button type="submit" className="primary" disabled={form.submitting}>
          {form.submitting ? m.common.saving : existing ? m.common.save : m.roster.add}
        </button>
        {existing && (
          <>
            <button type="button" className="danger" onClick={() => setRemoving(true)}>
              {m.roster.remove}
            </button>
            <button type="button" onClick={onCancel}>
              {m.common.cancel}
            </button>
          </>
        )}
      </div>
      {existing && removing && (
        <Confirm
          question={fill(m.roster.confirmRemove, {
            name: existing.consultant.name,
            from: formatDateTime(existing.startsAt, language),
            to: formatDateTime(existing.endsAt, language),
          })}
          confirmLabel={m.roster.yesRemove}
          error={removeError}
          onCancel={() => setRemoving(false)}
          onConfirm={() => void remove()}
        />
      )}
    </form>
  );
}
