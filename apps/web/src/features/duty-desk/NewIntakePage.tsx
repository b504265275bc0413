import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import { useI18n, useMessages } from '../../i18n';
import { SelectField, TextAreaField, TextField } from '../../ui/fields';
import { ErrorSummary, useSubmit } from '../../ui/forms';
import { Page } from '../../ui/Page';
import './duty-desk.css';
import { INTAKE_KINDS } from './filters';
import { messages } from './messages';

const CHANNELS = ['phone', 'e-mail', 'visit', 'web'] as const;

const EMPTY = {
  cvrNumber: '',
  companyName: '',
  contactName: '',
  contactPhone: '',
  contactEmail: '',
  kind: '',
  description: '',
  channel: 'phone',
};

/**
 * A request taken by phone, typed while the company is on the line: one column, in the order of the call, keyboard
 * only, channel preset to phone. One Idempotency-Key per form, so a repeated submit (a lost answer) never makes two.
 */
export default function NewIntakePage() {
  const { t } = useI18n();
  const m = useMessages(messages);
  const c = m.create;
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useSubmit();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [values, setValues] = useState(EMPTY);
  const bind = (key: keyof typeof EMPTY) => ({
    value: values[key],
    onChange: (event: { target: { value: string } }) => setValues((old) => ({ ...old, [key]: event.target.value })),
  });
  const optional = (value: string) => (value.trim() === '' ? undefined : value);
  const errors = form.errors.fields;

  return (
    <Page title={c.title} intro={<p>{c.intro}</p>}>
      <form
        noValidate
        onSubmit={form.handle(async () => {
          const created = await unwrap(
            api.POST('/api/v1/intakes', {
              params: { header: { 'Idempotency-Key': idempotencyKey } },
              body: {
                company: { cvrNumber: values.cvrNumber.replace(/\s/g, ''), name: values.companyName },
                contactPerson: {
                  name: values.contactName,
                  phone: optional(values.contactPhone),
                  email: optional(values.contactEmail),
                },
                kind: values.kind as (typeof INTAKE_KINDS)[number],
                description: values.description,
                channel: values.channel as (typeof CHANNELS)[number],
              },
            }),
          );
          await queryClient.invalidateQueries({ queryKey: ['intakes'] });
          await navigate(`/vagtskema/${created.id}`);
        })}
      >
        <ErrorSummary
          errors={form.errors}
          labels={{
            'company.cvrNumber': c.cvrNumber,
            'company.name': c.companyName,
            company: c.company,
            'contactPerson.name': c.contactName,
            'contactPerson.phone': c.contactPhone,
            'contactPerson.email': c.contactEmail,
            kind: c.kind,
            description: c.description,
            channel: c.channel,
          }}
        />
        <fieldset className="form-section">
          <legend>{c.company}</legend>
          <div className="form-grid">
            <TextField
              name="company.cvrNumber"
              label={c.cvrNumber}
              hint={c.cvrHint}
              inputMode="numeric"
              autoComplete="off"
              maxLength={12}
              error={errors['company.cvrNumber'] ?? errors.company}
              {...bind('cvrNumber')}
            />
            <TextField
              name="company.name"
              label={c.companyName}
              autoComplete="organization"
              error={errors['company.name']}
              {...bind('companyName')}
            />
          </div>
        </fieldset>
        <fieldset className="form-section">
          <legend>{c.contactPerson}</legend>
          <p className="hint">{c.contactHint}</p>
          <div className="form-grid">
            <TextField
              name="contactPerson.name"
              label={c.contactName}
              autoComplete="off"
              error={errors['contactPerson.name'] ?? errors.contactPerson}
              {...bind('contactName')}
            />
            <TextField
              name="contactPerson.phone"
              label={c.contactPhone}
              type="tel"
              autoComplete="off"
              error={errors['contactPerson.phone']}
              {...bind('contactPhone')}
            />
            <TextField
              name="contactPerson.email"
              label={c.contactEmail}
              type="email"
              autoComplete="off"
              error={errors['contactPerson.email']}
              {...bind('contactEmail')}
            />
          </div>
        </fieldset>
        <fieldset className="form-section">
          <legend>{c.request}</legend>
          <div className="form-grid">
            <SelectField
              name="kind"
              label={c.kind}
              placeholder={c.chooseKind}
              options={INTAKE_KINDS.map((kind) => ({ value: kind, label: t.kinds[kind] }))}
              error={errors.kind}
              {...bind('kind')}
            />
            <SelectField
              name="channel"
              label={c.channel}
              options={CHANNELS.map((channel) => ({ value: channel, label: m.channels[channel] }))}
              error={errors.channel}
              {...bind('channel')}
            />
          </div>
          <TextAreaField
            name="description"
            label={c.description}
            hint={c.descriptionHint}
            rows={4}
            error={errors.description}
            {...bind('description')}
          />
        </fieldset>
        <button type="submit" className="primary" disabled={form.submitting}>
          {form.submitting ? c.submitting : c.submit}
        </button>
      </form>
    </Page>
  );
}
