import { useQuery } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { ApiError, fieldMessage, unwrap } from '../../api/errors';
import { formatDateTime, useI18n, useMessages } from '../../i18n';
import { SelectField, TextField, type FieldErrorText } from '../../ui/fields';
import { ErrorSummary } from '../../ui/forms';
import { Page } from '../../ui/Page';
import { addDays, fromCopenhagen, isDate } from './copenhagen';
import { messages } from './messages';
import { auditDetail } from './audit-detail';
import { AdminNav, PagedTable } from './parts';

const ACTIONS = ['read', 'create', 'update', 'delete'] as const;
const RECORD_TYPES = ['candidate', 'user', 'api-key'] as const;
/** The URL's Danish filter names, and the API's. */
const FILTERS = { hvem: 'actorId', type: 'recordType', handling: 'action', fra: 'from', til: 'to' } as const;
type FilterName = keyof typeof FILTERS;
const PAGE_SIZE = 25;

/** Admins: who read or changed personal data, users and API keys; filtered by who, what, action and dates. */
export default function AuditLogPage() {
  const m = useMessages(messages);
  const { t, language } = useI18n();
  const [params, setParams] = useSearchParams();
  const value = (name: FilterName) => params.get(name) ?? '';
  const page = Math.max(1, Number(params.get('side')) || 1);
  const from = value('fra');
  const to = value('til');

  const query = {
    page,
    pageSize: PAGE_SIZE,
    ...(value('hvem') ? { actorId: value('hvem') } : {}),
    ...(value('type') ? { recordType: value('type') } : {}),
    ...(value('handling') ? { action: value('handling') as (typeof ACTIONS)[number] } : {}),
    // Whole days in Copenhagen: from the start of the first to the end of the last.
    ...(from ? { from: isDate(from) ? fromCopenhagen(from).toISOString() : from } : {}),
    ...(to ? { to: isDate(to) ? fromCopenhagen(addDays(to, 1)).toISOString() : to } : {}),
  };
  const entries = useQuery({
    queryKey: ['audit-log', query],
    queryFn: () => unwrap(api.GET('/api/v1/audit-log', { params: { query } })),
    retry: false,
  });
  const users = useQuery({
    queryKey: ['users', 'all-for-audit'],
    queryFn: () => unwrap(api.GET('/api/v1/users', { params: { query: { pageSize: 100 } } })),
  });
  const keys = useQuery({ queryKey: ['api-keys'], queryFn: () => unwrap(api.GET('/api/v1/api-keys')) });

  const actors = [
    ...(users.data?.items ?? []).map((user) => ({
      value: user.staffMemberId ?? user.id,
      label: `${user.name} (${t.roles[user.role]})`,
    })),
    ...(keys.data ?? []).map((key) => ({ value: key.id, label: `${key.name} (${t.roles.integration})` })),
  ];
  // Users and keys are named where the log only holds their id.
  const recordNames = new Map<string, string>([
    ...(users.data?.items ?? []).map((user): [string, string] => [user.id, user.name]),
    ...(keys.data ?? []).map((key): [string, string] => [key.id, key.name]),
  ]);
  if (value('hvem') && !actors.some((actor) => actor.value === value('hvem'))) {
    actors.push({ value: value('hvem'), label: value('hvem') });
  }

  // A filter the API refused is shown next to its field, as typed.
  const refused = entries.error instanceof ApiError && entries.error.status === 400 ? entries.error : null;
  const fieldErrors: Record<string, FieldErrorText> = {};
  for (const [name, apiName] of Object.entries(FILTERS)) {
    const messagesOf = refused?.fields[apiName];
    if (!messagesOf) continue;
    fieldErrors[name] = /after from/.test(messagesOf.join(' '))
      ? { text: m.audit.toBeforeFrom }
      : fieldMessage(messagesOf.join(' '), language);
  }
  const labels = {
    hvem: m.audit.who,
    type: m.audit.recordType,
    handling: m.audit.action,
    fra: m.audit.from,
    til: m.audit.to,
  };

  const filter = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const name of Object.keys(FILTERS)) {
      const each = String(data.get(name) ?? '').trim();
      if (each) next.set(name, each);
    }
    setParams(next);
  };

  const actionName = (action: string) => m.audit.actions[action as (typeof ACTIONS)[number]] ?? action;
  const typeName = (type: string) => m.audit.recordTypes[type as (typeof RECORD_TYPES)[number]] ?? type;

  return (
    <Page title={m.pages.audit} intro={<p>{m.audit.intro}</p>}>
      <AdminNav />
      <ErrorSummary
        errors={{ fields: fieldErrors, form: Object.keys(fieldErrors).length ? t.form.invalid : null }}
        labels={labels}
      />
      <form className="filters" onSubmit={filter} noValidate aria-label={m.common.filter} key={params.toString()}>
        <SelectField
          name="hvem"
          label={m.audit.who}
          defaultValue={value('hvem')}
          placeholder={m.audit.anyone}
          options={actors}
          error={fieldErrors.hvem}
        />
        <SelectField
          name="type"
          label={m.audit.recordType}
          defaultValue={value('type')}
          placeholder={m.common.all}
          options={RECORD_TYPES.map((type) => ({ value: type, label: typeName(type) }))}
          error={fieldErrors.type}
        />
        <SelectField
          name="handling"
          label={m.audit.action}
          defaultValue={value('handling')}
          placeholder={m.common.all}
          options={ACTIONS.map((action) => ({ value: action, label: actionName(action) }))}
          error={fieldErrors.handling}
        />
        <TextField name="fra" label={m.audit.from} type="date" defaultValue={from} error={fieldErrors.fra} />
        <TextField
          name="til"
          label={m.audit.to}
          hint={m.audit.toHint}
          type="date"
          defaultValue={to}
          error={fieldErrors.til}
        />
        <div className="field button-row">
          <button type="submit" className="primary">
            {m.common.filter}
          </button>
          <button type="button" onClick={() => setParams(new URLSearchParams())}>
            {m.common.clearFilters}
          </button>
        </div>
      </form>

      <PagedTable
        query={entries}
        failureShown={refused !== null}
        empty={m.audit.empty}
        count={m.audit.count}
        caption={m.audit.caption}
        columns={[m.audit.at, m.audit.who, m.audit.action, m.audit.recordType, m.audit.record, m.audit.detail]}
        cells={(entry) => (
          <>
            <th scope="row">
              <time dateTime={String(entry.at)}>{formatDateTime(entry.at, language)}</time>
            </th>
            <td>
              {entry.actorName}
              <div className="hint">{t.roles[entry.actorRole as keyof typeof t.roles] ?? entry.actorRole}</div>
            </td>
            <td>{actionName(entry.action)}</td>
            <td>{typeName(entry.recordType)}</td>
            <td>
              {recordNames.get(entry.recordId) && <div>{recordNames.get(entry.recordId)}</div>}
              <code className="record-id">{entry.recordId}</code>
            </td>
            <td>
              {entry.detail && <Detail detail={entry.detail} />}
              <div className="hint">
                <code>{entry.endpoint}</code>
              </div>
            </td>
          </>
        )}
      />
    </Page>
  );
}

function Detail({ detail }: { detail: string }) {
  const { t, language } = useI18n();
  const shown = auditDetail(detail, language, t.roles);
  return <div lang={shown.lang}>{shown.text}</div>;
}
