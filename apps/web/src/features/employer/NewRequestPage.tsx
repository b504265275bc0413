import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import { useMessages } from '../../i18n';
import { SelectField, TextAreaField, TextField } from '../../ui/fields';
import { ErrorSummary, useSubmit } from '../../ui/forms';
import { Page } from '../../ui/Page';
import { QueryState } from '../../ui/states';
import { useOwnCompanies, type IntakeKind } from './employer-api';
import { KindChoice } from './KindChoice';
import { messages } from './messages';
import './employer.css';

interface Draft {
  companyId: string;
  kind: IntakeKind | '';
  name: string;
  phone: string;
  email: string;
  description: string;
}

/** "Ny henvendelse": a request to the jobcentre's duty desk for one of the employer's companies, any kind. */
export default function NewRequestPage() {
  const m = useMessages(messages);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [params] = useSearchParams();
  const companies = useOwnCompanies();
  const form = useSubmit();
  const [draft, setDraft] = useState<Draft>({
    companyId: params.get('virksomhed') ?? '',
    kind: '',
    name: '',
    phone: '',
    email: '',
    description: '',
  });
  // One key per form: a double click or a retry after a lost answer files the request once.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const only = companies.data?.length === 1 ? companies.data[0].id : null;
  useEffect(() => {
    if (only && !draft.companyId) setDraft((current) => ({ ...current, companyId: only }));
  }, [only, draft.companyId]);

  const set = (name: keyof Draft) => (event: { target: { value: string } }) =>
    setDraft((current) => ({ ...current, [name]: event.target.value }));
  const labels = {
    companyId: m.companyLabel,
    kind: m.kindLegend,
    'contactPerson.name': m.contactName,
    'contactPerson.phone': m.contactPhone,
    'contactPerson.email': m.contactEmail,
    description: m.description,
  };

  const submit = form.handle(async () => {
    const optional = (value: string) => value.trim() || undefined;
    const created = await unwrap(
      api.POST('/api/v1/employer/intakes', {
        params: { header: { 'Idempotency-Key': idempotencyKey } },
        // Sent as typed: the API decides what is missing or wrong, and says it per field.
        body: {
          companyId: draft.companyId,
          kind: (draft.kind || undefined) as IntakeKind,
          description: draft.description,
          contactPerson: {
            name: draft.name,
            phone: optional(draft.phone),
            email: optional(draft.email),
          },
        },
      }),
    );
    await queryClient.invalidateQueries({ queryKey: ['employer', 'intakes'] });
    await navigate(`/mine-henvendelser/${created.id}?kvittering=1`);
  });

  return (
    <Page title={m.formTitle} intro={<p>{m.formIntro}</p>}>
      <QueryState query={companies}>
        {(list) => (
          <form onSubmit={submit} noValidate className="request-form">
            <ErrorSummary errors={form.errors} labels={labels} />
            <SelectField
              name="companyId"
              label={m.companyLabel}
              placeholder={list.length === 1 ? undefined : m.chooseCompany}
              options={list.map((company) => ({
                value: company.id,
                label: `${company.name} (CVR ${company.cvrNumber})`,
              }))}
              value={draft.companyId}
              onChange={set('companyId')}
              error={form.errors.fields.companyId}
            />
            <KindChoice
              value={draft.kind}
              onChange={(kind) => setDraft((current) => ({ ...current, kind }))}
              error={form.errors.fields.kind}
            />
            <fieldset className="field">
              <legend>{m.contactLegend}</legend>
              <TextField
                name="contactPerson.name"
                label={m.contactName}
                autoComplete="name"
                value={draft.name}
                onChange={set('name')}
                error={form.errors.fields['contactPerson.name'] ?? form.errors.fields.contactPerson}
              />
              <TextField
                name="contactPerson.phone"
                label={m.contactPhone}
                hint={m.contactPhoneHint}
                type="tel"
                autoComplete="tel"
                value={draft.phone}
                onChange={set('phone')}
                error={form.errors.fields['contactPerson.phone']}
              />
              <TextField
                name="contactPerson.email"
                label={m.contactEmail}
                type="email"
                autoComplete="email"
                value={draft.email}
                onChange={set('email')}
                error={form.errors.fields['contactPerson.email']}
              />
            </fieldset>
            <TextAreaField
              name="description"
              label={m.description}
              hint={m.descriptionHint}
              rows={6}
              value={draft.description}
              onChange={set('description')}
              error={form.errors.fields.description}
            />
            <button type="submit" className="primary" disabled={form.submitting}>
              {form.submitting ? m.sending : m.send}
            </button>
          </form>
        )}
      </QueryState>
    </Page>
  );
}
