import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { api, type Schemas } from '../../api/client';
import { ApiError, unwrap } from '../../api/errors';
import { fill, formatDateTime, formatNumber, useI18n, useMessages } from '../../i18n';
import { useSession } from '../../session';
import { SelectField, TextField } from '../../ui/fields';
import { ErrorSummary, formMessage, useSubmit } from '../../ui/forms';
import { Page } from '../../ui/Page';
import { Pagination, QueryState } from '../../ui/states';
import { messages } from './messages';
import { AdminNav, Confirm, Notice, OneTimeSecret, submitWith } from './parts';

type User = Schemas['UserResponse'];
type UserRole = User['role'];
const USER_ROLES: UserRole[] = ['consultant', 'network-coordinator', 'lead', 'admin', 'employer'];
const STAFF_ONLY: UserRole[] = ['consultant', 'network-coordinator', 'lead', 'admin'];

type Pending = { kind: 'role' | 'deactivate' | 'reset'; user: User } | null;
type UserMessages = (typeof messages)['da']['users'];

/** The API's refusals of a user change (409), in the user's language; null for anything else. */
function userConflict(error: unknown, m: UserMessages): string | null {
  if (!(error instanceof ApiError) || error.status !== 409) return null;
  const last = /^(.*) is the jobcentre's last active admin/.exec(error.message);
  if (last) return fill(m.lastAdmin, { name: last[1] });
  if (/cannot deactivate yourself/.test(error.message)) return m.notSelfDeactivate;
  if (/admin role from yourself/.test(error.message)) return m.notSelfDemote;
  if (/deactivated: reactivate/.test(error.message)) return m.deactivatedUser;
  return null;
}

/** Admins: the jobcentre's users, their roles and whether they may sign in; and new users. */
export default function UsersPage() {
  const m = useMessages(messages);
  const { t, language } = useI18n();
  const { user: me } = useSession();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('side')) || 1);
  const role = USER_ROLES.find((each) => each === params.get('rolle'));
  const active = params.get('status') === 'aktiv' ? true : params.get('status') === 'deaktiveret' ? false : undefined;
  const q = params.get('q') ?? '';

  const users = useQuery({
    queryKey: ['users', { page, role, active, q }],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/users', {
          params: {
            query: {
              page,
              pageSize: 50,
              ...(role ? { role } : {}),
              ...(active !== undefined ? { active } : {}),
              ...(q ? { q } : {}),
            },
          },
        }),
      ),
  });

  const [notice, setNotice] = useState<string | null>(null);
  const [secret, setSecret] = useState<{ title: string; value: string } | null>(null);
  const [pending, setPending] = useState<Pending>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['users'] });

  const act = async (work: () => Promise<void>) => {
    setBusy(true);
    setActionError(null);
    try {
      await work();
      setPending(null);
      await refresh();
    } catch (error) {
      setActionError(userConflict(error, m.users) ?? formMessage(error, t));
    } finally {
      setBusy(false);
    }
  };

  const roleName = (value: UserRole) => t.roles[value];
  const isMe = (user: User) => !!me && (user.staffMemberId ?? user.id) === me.id;

  const filter = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const key of ['rolle', 'status', 'q']) {
      const value = String(data.get(key) ?? '').trim();
      if (value) next.set(key, value);
    }
    setParams(next);
  };

  return (
    <Page title={m.pages.users}>
      <AdminNav />
      <Notice text={notice} />
      {secret && <OneTimeSecret title={secret.title} secret={secret.value} onClose={() => setSecret(null)} />}

      <form className="filters" onSubmit={filter} role="search" aria-label={m.users.search}>
        <SelectField
          name="rolle"
          label={m.users.filterRole}
          defaultValue={role ?? ''}
          placeholder={m.common.all}
          options={USER_ROLES.map((value) => ({ value, label: roleName(value) }))}
        />
        <SelectField
          name="status"
          label={m.users.filterActive}
          defaultValue={params.get('status') ?? ''}
          placeholder={m.common.all}
          options={[
            { value: 'aktiv', label: m.common.active },
            { value: 'deaktiveret', label: m.common.inactive },
          ]}
        />
        <TextField name="q" label={m.users.search} defaultValue={q} type="search" />
        <div className="field">
          <button type="submit">{m.common.filter}</button>
        </div>
      </form>

      {!pending && actionError && (
        <p role="alert" className="error">
          {actionError}
        </p>
      )}
      {pending?.kind === 'role' && (
        <ChangeRole
          key={pending.user.id}
          user={pending.user}
          onCancel={() => setPending(null)}
          onChanged={async (changed) => {
            setPending(null);
            setNotice(fill(m.users.roleChanged, { name: changed.name, role: roleName(changed.role) }));
            await refresh();
          }}
        />
      )}
      {pending?.kind === 'deactivate' && (
        <Confirm
          question={fill(m.users.confirmDeactivate, { name: pending.user.name })}
          confirmLabel={m.users.yesDeactivate}
          busy={busy}
          error={actionError}
          onCancel={() => setPending(null)}
          onConfirm={() =>
            void act(async () => {
              await unwrap(api.POST('/api/v1/users/{id}/deactivate', { params: { path: { id: pending.user.id } } }));
              setNotice(fill(m.users.deactivated, { name: pending.user.name }));
            })
          }
        />
      )}
      {pending?.kind === 'reset' && (
        <Confirm
          question={fill(m.users.confirmReset, { name: pending.user.name })}
          confirmLabel={m.users.yesReset}
          busy={busy}
          error={actionError}
          onCancel={() => setPending(null)}
          onConfirm={() =>
            void act(async () => {
              const reset = await unwrap(
                api.POST('/api/v1/users/{id}/password', { params: { path: { id: pending.user.id } } }),
              );
              setSecret({ title: fill(m.users.newPassword, { name: reset.name }), value: reset.initialPassword });
            })
          }
        />
      )}

      <QueryState query={users}>
        {(load) => (
          <>
            <p>{fill(m.users.count, { count: formatNumber(load.total, language) })}</p>
            <div className="table-scroll">
              <table className="data">
                <caption>{m.users.caption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{m.common.name}</th>
                    <th scope="col">{m.common.email}</th>
                    <th scope="col">{m.common.role}</th>
                    <th scope="col">{m.common.status}</th>
                    <th scope="col">{m.users.lastSignIn}</th>
                    <th scope="col">{m.common.actions}</th>
                  </tr>
                </thead>
                <tbody>
                  {load.items.map((user) => (
                    <tr key={user.id}>
                      <th scope="row">
                        {user.name} {isMe(user) && <span>{m.users.you}</span>}
                      </th>
                      <td>{user.email}</td>
                      <td>
                        {roleName(user.role)}
                        {user.companyCvrNumbers.length > 0 && (
                          <div className="hint">
                            {m.users.companies}: {user.companyCvrNumbers.join(', ')}
                          </div>
                        )}
                      </td>
                      <td className={user.active ? 'status-ok' : 'status-warning'}>
                        {user.active ? m.common.active : m.common.inactive}
                      </td>
                      <td>{user.lastSignInAt ? formatDateTime(user.lastSignInAt, language) : m.common.never}</td>
                      <td>
                        <div className="button-row">
                          {user.role !== 'employer' && (
                            <button
                              type="button"
                              aria-label={fill(m.users.changeRoleOf, { name: user.name })}
                              onClick={() => {
                                setActionError(null);
                                setPending({ kind: 'role', user });
                              }}
                            >
                              {m.users.changeRole}
                            </button>
                          )}
                          {user.active && !isMe(user) && (
                            <button
                              type="button"
                              aria-label={fill(m.users.deactivateOf, { name: user.name })}
                              onClick={() => {
                                setActionError(null);
                                setPending({ kind: 'deactivate', user });
                              }}
                            >
                              {m.users.deactivate}
                            </button>
                          )}
                          {!user.active && (
                            <button
                              type="button"
                              aria-label={fill(m.users.reactivateOf, { name: user.name })}
                              onClick={() =>
                                void act(async () => {
                                  await unwrap(
                                    api.POST('/api/v1/users/{id}/reactivate', { params: { path: { id: user.id } } }),
                                  );
                                  setNotice(fill(m.users.reactivated, { name: user.name }));
                                })
                              }
                            >
                              {m.users.reactivate}
                            </button>
                          )}
                          {user.active && (
                            <button
                              type="button"
                              aria-label={fill(m.users.resetPasswordOf, { name: user.name })}
                              onClick={() => {
                                setActionError(null);
                                setPending({ kind: 'reset', user });
                              }}
                            >
                              {m.users.resetPassword}
                            </button>
                          )}
                        </div>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <Pagination page={load.page} pageSize={load.pageSize} total={load.total} />
          </>
        )}
      </QueryState>

      <CreateUser
        onCreated={async (created) => {
          setNotice(fill(m.users.created, { name: created.name }));
          setSecret({ title: fill(m.users.initialPassword, { name: created.name }), value: created.initialPassword });
          await refresh();
        }}
      />
    </Page>
  );
}

function ChangeRole({
  user,
  onCancel,
  onChanged,
}: {
  user: User;
  onCancel: () => void;
  onChanged: (user: User) => Promise<void>;
}) {
  const m = useMessages(messages);
  const { t, language } = useI18n();
  const form = useSubmit();
  const [role, setRole] = useState<UserRole>(user.role);
  return (
    <section className="panel" aria-labelledby="change-role-heading">
      <h2 id="change-role-heading">{fill(m.users.changeRoleFor, { name: user.name })}</h2>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submitWith(
            form,
            async () => {
              try {
                const changed = await unwrap(
                  api.PATCH('/api/v1/users/{id}', {
                    params: { path: { id: user.id } },
                    body: { role: role as Exclude<UserRole, 'employer'> },
                  }),
                );
                await onChanged(changed);
              } catch (error) {
                // Refused for who it is (themself, the last admin): said next to the role.
                const conflict = userConflict(error, m.users);
                throw conflict ? new ApiError(409, conflict, { role: [conflict] }) : error;
              }
            },
            { language, translate: (_field, message, status) => (status === 409 ? message : undefined) },
          );
        }}
      >
        <ErrorSummary errors={form.errors} labels={{ role: m.common.role }} />
        <SelectField
          name="role"
          label={m.common.role}
          value={role}
          onChange={(event) => setRole(event.target.value as UserRole)}
          options={STAFF_ONLY.map((value) => ({ value, label: t.roles[value] }))}
          error={form.errors.fields.role}
          autoFocus
        />
        <div className="button-row">
          <button type="submit" className="primary" disabled={form.submitting}>
            {form.submitting ? m.common.saving : m.common.save}
          </button>
          <button type="button" onClick={onCancel}>
            {m.common.cancel}
          </button>
        </div>
      </form>
    </section>
  );
}

function CreateUser({ onCreated }: { onCreated: (user: Schemas['CreatedUserResponse']) => Promise<void> }) {
  const m = useMessages(messages);
  const { t, language } = useI18n();
  const form = useSubmit();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<UserRole | ''>('');
  const [cvrNumbers, setCvrNumbers] = useState('');
  const labels = {
    name: m.common.name,
    email: m.common.email,
    role: m.common.role,
    companyCvrNumbers: m.users.cvrNumbers,
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const companyCvrNumbers = cvrNumbers
      .split(/[,;\s]+/)
      .map((each) => each.trim())
      .filter(Boolean);
    void submitWith(
      form,
      async () => {
        const created = await unwrap(
          api.POST('/api/v1/users', {
            body: {
              name,
              email,
              role: role as UserRole,
              ...(role === 'employer' || companyCvrNumbers.length > 0 ? { companyCvrNumbers } : {}),
            },
          }),
        );
        setName('');
        setEmail('');
        setRole('');
        setCvrNumbers('');
        await onCreated(created);
      },
      {
        language,
        fieldOf: (field) => (field.startsWith('companyCvrNumbers') ? 'companyCvrNumbers' : field),
        translate: (field, message, status) =>
          field === 'email' && status === 409
            ? m.users.emailTaken
            : /for employer users only/.test(message)
              ? m.users.cvrOnlyEmployers
              : field.startsWith('companyCvrNumbers.') && language === 'da'
                ? message.replace(
                    /^No company with CVR (\d+) in your jobcentre$/,
                    'Jobcentret kender ingen virksomhed med CVR $1.',
                  )
                : undefined,
      },
    );
  };

  return (
    <section className="panel" aria-labelledby="create-user-heading">
      <h2 id="create-user-heading">{m.users.createTitle}</h2>
      <form noValidate onSubmit={submit}>
        <ErrorSummary errors={form.errors} labels={labels} />
        <div className="form-grid">
          <TextField
            name="name"
            label={m.common.name}
            value={name}
            onChange={(event) => setName(event.target.value)}
            error={form.errors.fields.name}
            autoComplete="off"
          />
          <TextField
            name="email"
            label={m.common.email}
            type="email"
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            error={form.errors.fields.email}
            autoComplete="off"
          />
          <SelectField
            name="role"
            label={m.common.role}
            value={role}
            onChange={(event) => setRole(event.target.value as UserRole)}
            placeholder={m.users.chooseRole}
            options={USER_ROLES.map((value) => ({ value, label: t.roles[value] }))}
            error={form.errors.fields.role}
          />
          <TextField
            name="companyCvrNumbers"
            label={m.users.cvrNumbers}
            hint={m.users.cvrHint}
            value={cvrNumbers}
            onChange={(event) => setCvrNumbers(event.target.value)}
            error={form.errors.fields.companyCvrNumbers}
            inputMode="numeric"
          />
        </div>
        <button type="submit" className="primary" disabled={form.submitting}>
          {form.submitting ? m.users.creating : m.users.create}
        </button>
      </form>
    </section>
  );
}
