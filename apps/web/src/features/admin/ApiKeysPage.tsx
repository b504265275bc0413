import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/errors';
import { fill, formatDateTime, useI18n, useMessages } from '../../i18n';
import { TextField } from '../../ui/fields';
import { ErrorSummary, formMessage, useSubmit } from '../../ui/forms';
import { Page } from '../../ui/Page';
import { QueryState } from '../../ui/states';
import { messages } from './messages';
import { AdminNav, Confirm, Notice, OneTimeSecret, submitWith } from './parts';

type ApiKey = Schemas['ApiKeyResponse'];

/** Admins: the keys other systems call the API with; a new key's secret is shown once, a key can be revoked. */
export default function ApiKeysPage() {
  const m = useMessages(messages);
  const { t, language } = useI18n();
  const queryClient = useQueryClient();
  const keys = useQuery({ queryKey: ['api-keys'], queryFn: () => unwrap(api.GET('/api/v1/api-keys')) });
  const form = useSubmit();
  const [name, setName] = useState('');
  const [created, setCreated] = useState<Schemas['CreatedApiKeyResponse'] | null>(null);
  const [revoking, setRevoking] = useState<ApiKey | null>(null);
  const [revokeError, setRevokeError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  const revoke = async (key: ApiKey) => {
    setBusy(true);
    setRevokeError(null);
    try {
      await unwrap(api.DELETE('/api/v1/api-keys/{id}', { params: { path: { id: key.id } } }));
      setRevoking(null);
      setNotice(fill(m.apiKeys.revoked, { name: key.name }));
      await queryClient.invalidateQueries({ queryKey: ['api-keys'] });
    } catch (error) {
      setRevokeError(formMessage(error, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page title={m.pages.apiKeys} intro={<p>{m.apiKeys.intro}</p>}>
      <AdminNav />
      <Notice text={notice} />
      {created && (
        <OneTimeSecret
          title={fill(m.apiKeys.secret, { name: created.name })}
          secret={created.key}
          extra={m.apiKeys.secretUse}
          onClose={() => setCreated(null)}
        />
      )}
      <QueryState query={keys}>
        {(list) =>
          list.length === 0 ? (
            <p>{m.apiKeys.empty}</p>
          ) : (
            <div className="table-scroll">
              <table className="data">
                <caption>{m.apiKeys.caption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{m.common.name}</th>
                    <th scope="col">{m.apiKeys.prefix}</th>
                    <th scope="col">{m.apiKeys.createdAt}</th>
                    <th scope="col">{m.apiKeys.lastUsed}</th>
                    <th scope="col">{m.common.status}</th>
                    <th scope="col">{m.common.actions}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((key) => (
                    <tr key={key.id}>
                      <th scope="row">{key.name}</th>
                      <td>
                        <code>{key.keyPrefix}</code>
                      </td>
                      <td>{formatDateTime(key.createdAt, language)}</td>
                      <td>{key.lastUsedAt ? formatDateTime(key.lastUsedAt, language) : m.common.never}</td>
                      <td className={key.revokedAt ? 'status-warning' : 'status-ok'}>
                        {key.revokedAt
                          ? fill(m.apiKeys.revokedAt, { date: formatDateTime(key.revokedAt, language) })
                          : m.common.active}
                      </td>
                      <td>
                        {!key.revokedAt && (
                          <button
                            type="button"
                            aria-label={fill(m.apiKeys.revokeOf, { name: key.name })}
                            onClick={() => {
                              setRevokeError(null);
                              setRevoking(key);
                            }}
                          >
                            {m.apiKeys.revoke}
                          </button>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </QueryState>
      {revoking && (
        <Confirm
          question={fill(m.apiKeys.confirmRevoke, { name: revoking.name })}
          confirmLabel={m.apiKeys.yesRevoke}
          busy={busy}
          error={revokeError}
          onCancel={() => setRevoking(null)}
          onConfirm={() => void revoke(revoking)}
        />
      )}

      <section className="panel" aria-labelledby="create-key-heading">
        <h2 id="create-key-heading">{m.apiKeys.createTitle}</h2>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void submitWith(
              form,
              async () => {
                const key = await unwrap(api.POST('/api/v1/api-keys', { body: { name } }));
                setName('');
                setCreated(key);
                await queryClient.invalidateQueries({ queryKey: ['api-keys'] });
              },
              { language },
            );
          }}
        >
          <ErrorSummary errors={form.errors} labels={{ name: m.common.name }} />
          <TextField
            name="name"
            label={m.common.name}
            hint={m.apiKeys.nameHint}
            value={name}
            onChange={(event) => setName(event.target.value)}
            error={form.errors.fields.name}
            autoComplete="off"
          />
          <button type="submit" className="primary" disabled={form.submitting}>
            {form.submitting ? m.apiKeys.creating : m.apiKeys.create}
          </button>
        </form>
      </section>
    </Page>
  );
}
