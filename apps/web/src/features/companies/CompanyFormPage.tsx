import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api, type Schemas } from '../../api/client';
import { ApiError, unwrap } from '../../api/errors';
import { fill, useMessages } from '../../i18n';
import { SelectField, TextField } from '../../ui/fields';
import { ErrorSummary, useSubmit, type SubmitErrors } from '../../ui/forms';
import { Page } from '../../ui/Page';
import { LoadFailed, Loading } from '../../ui/states';
import { messages } from './messages';
import './people.css';

type Company = Schemas['CompanyResponse'];
type SizeBand = NonNullable<Company['sizeBand']>;
const SIZE_BANDS: SizeBand[] = ['small', 'medium', 'large'];
const FIELDS = ['cvrNumber', 'name', 'address', 'postcode', 'city', 'sector', 'sizeBand'] as const;
type Field = (typeof FIELDS)[number];
type Values = Record<Field, string>;
interface ContactValues {
  key: number;
  name: string;
  title: string;
  email: string;
  phone: string;
}

let nextKey = 0;
const blankContact = (): ContactValues => ({ key: nextKey++, name: '', title: '', email: '', phone: '' });
const valuesOf = (company?: Company): Values =>
  Object.fromEntries(FIELDS.map((field) => [field, company?.[field] ?? ''])) as Values;

/** Registers a company (/virksomheder/ny) or edits one (/virksomheder/:id/rediger). */
export default function CompanyFormPage() {
  const { id } = useParams();
  const m = useMessages(messages);
  const company = useQuery({
    queryKey: ['companies', id],
    queryFn: () => unwrap(api.GET('/api/v1/companies/{id}', { params: { path: { id: id! } } })),
    enabled: id !== undefined,
  });
  if (id === undefined) return <CompanyForm />;
  if (company.isPending) return <Loading />;
  if (company.isError)
    return (
      <Page title={m.listTitle}>
        <LoadFailed error={company.error} />
      </Page>
    );
  return <CompanyForm company={company.data} />;
}

function CompanyForm({ company }: { company?: Company }) {
  const m = useMessages(messages);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useSubmit();
  const [values, setValues] = useState<Values>(() => valuesOf(company));
  const [contacts, setContacts] = useState<ContactValues[]>(() =>
    (company?.contactPersons ?? []).map((person) => ({
      key: nextKey++,
      name: person.name,
      title: person.title ?? '',
      email: person.email ?? '',
      phone: person.phone ?? '',
    })),
  );
  const [duplicate, setDuplicate] = useState<{ id: string; name: string } | null>(null);

  const set = (field: Field) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: event.target.value }));
  const setContact = (key: number, field: keyof Omit<ContactValues, 'key'>, value: string) =>
    setContacts((current) =>
      current.map((contact) => (contact.key === key ? { ...contact, [field]: value } : contact)),
    );

  const body = () => {
    // On an edit an emptied field is cleared (null); on a new company it is left out.
    const empty = company ? null : undefined;
    const text = (field: Field) => values[field].trim() || empty;
    return {
      cvrNumber: values.cvrNumber.trim(),
      name: values.name.trim(),
      address: text('address'),
      postcode: text('postcode'),
      city: text('city'),
      sector: text('sector'),
      sizeBand: (values.sizeBand || empty) as SizeBand | undefined,
      contactPersons: contacts.map((contact) => ({
        name: contact.name.trim(),
        title: contact.title.trim() || undefined,
        email: contact.email.trim() || undefined,
        phone: contact.phone.trim() || undefined,
      })),
    };
  };

  const save = async () => {
    setDuplicate(null);
    try {
      const saved = company
        ? await unwrap(
            api.PATCH('/api/v1/companies/{id}', {
              params: { path: { id: company.id } },
              body: body() as Schemas['UpdateCompanyDto'],
            }),
          )
        : await unwrap(api.POST('/api/v1/companies', { body: body() as Schemas['CreateCompanyDto'] }));
      queryClient.setQueryData(['companies', saved.id], saved);
      await queryClient.invalidateQueries({ queryKey: ['companies'] });
      await navigate(`/virksomheder/${saved.id}`);
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        const existing = await unwrap(
          api.GET('/api/v1/companies', { params: { query: { cvrNumber: values.cvrNumber.trim() } } }),
        ).catch(() => null);
        const found = existing?.items[0];
        if (found) setDuplicate({ id: found.id, name: found.name });
      }
      throw error;
    }
  };

  const errors: SubmitErrors = duplicate
    ? { form: m.duplicateSummary, fields: { cvrNumber: { text: fill(m.duplicate, { name: duplicate.name }) } } }
    : form.errors;
  const labels: Record<string, string> = {
    cvrNumber: m.cvrNumber,
    name: m.companyName,
    address: m.address,
    postcode: m.postcode,
    city: m.city,
    sector: m.sector,
    sizeBand: m.sizeBand,
  };
  contacts.forEach((_contact, index) => {
    const person = fill(m.contactPerson, { number: index + 1 });
    labels[`contactPersons.${index}.name`] = `${person}: ${m.contactName}`;
    labels[`contactPersons.${index}.title`] = `${person}: ${m.contactTitle}`;
    labels[`contactPersons.${index}.email`] = `${person}: ${m.email}`;
    labels[`contactPersons.${index}.phone`] = `${person}: ${m.phone}`;
  });
  const cancelTo = company ? `/virksomheder/${company.id}` : '/virksomheder';

  return (
    <Page title={company ? fill(m.editTitle, { name: company.name }) : m.createTitle}>
      <form onSubmit={form.handle(save)} noValidate>
        <ErrorSummary errors={errors} labels={labels} />
        {duplicate && (
          <p>
            <Link to={`/virksomheder/${duplicate.id}`}>{fill(m.openExisting, { name: duplicate.name })}</Link>
          </p>
        )}
        <div className="form-grid">
          <TextField
            name="cvrNumber"
            label={m.cvrNumber}
            hint={m.cvrHint}
            inputMode="numeric"
            autoComplete="off"
            value={values.cvrNumber}
            onChange={set('cvrNumber')}
            error={errors.fields.cvrNumber}
          />
          <TextField
            name="name"
            label={m.companyName}
            autoComplete="organization"
            value={values.name}
            onChange={set('name')}
            error={errors.fields.name}
          />
          <TextField
            name="address"
            label={m.address}
            autoComplete="street-address"
            value={values.address}
            onChange={set('address')}
            error={errors.fields.address}
          />
          <TextField
            name="postcode"
            label={m.postcode}
            inputMode="numeric"
            autoComplete="postal-code"
            value={values.postcode}
            onChange={set('postcode')}
            error={errors.fields.postcode}
          />
          <TextField name="city" label={m.city} value={values.city} onChange={set('city')} error={errors.fields.city} />
          <TextField
            name="sector"
            label={m.sector}
            value={values.sector}
            onChange={set('sector')}
            error={errors.fields.sector}
          />
          <SelectField
            name="sizeBand"
            label={m.sizeBand}
            placeholder={m.chooseSize}
            options={SIZE_BANDS.map((band) => ({ value: band, label: m.sizeBands[band] }))}
            value={values.sizeBand}
            onChange={set('sizeBand')}
            error={errors.fields.sizeBand}
          />
        </div>
        <h2>{m.contacts}</h2>
        {contacts.map((contact, index) => {
          const person = fill(m.contactPerson, { number: index + 1 });
          const field = (name: keyof Omit<ContactValues, 'key'>) => `contactPersons.${index}.${name}`;
          return (
            <fieldset key={contact.key}>
              <legend>{person}</legend>
              <div className="form-grid">
                <TextField
                  name={field('name')}
                  label={m.contactName}
                  value={contact.name}
                  onChange={(event) => setContact(contact.key, 'name', event.target.value)}
                  error={errors.fields[field('name')]}
                />
                <TextField
                  name={field('title')}
                  label={m.contactTitle}
                  value={contact.title}
                  onChange={(event) => setContact(contact.key, 'title', event.target.value)}
                  error={errors.fields[field('title')]}
                />
                <TextField
                  name={field('phone')}
                  label={m.phone}
                  type="tel"
                  value={contact.phone}
                  onChange={(event) => setContact(contact.key, 'phone', event.target.value)}
                  error={errors.fields[field('phone')]}
                />
                <TextField
                  name={field('email')}
                  label={m.email}
                  type="email"
                  value={contact.email}
                  onChange={(event) => setContact(contact.key, 'email', event.target.value)}
                  error={errors.fields[field('email')]}
                />
              </div>
              <button
                type="button"
                onClick={() => setContacts((current) => current.filter((each) => each.key !== contact.key))}
              >
                {fill(m.removeContact, { number: index + 1 })}
              </button>
            </fieldset>
          );
        })}
        <p>
          <button type="button" onClick={() => setContacts((current) => [...current, blankContact()])}>
            {m.addContact}
          </button>
        </p>
        <div className="row-actions">
          <button type="submit" className="primary" disabled={form.submitting}>
            {form.submitting ? m.saving : m.save}
          </button>
          <Link to={cancelTo}>{m.cancel}</Link>
        </div>
      </form>
    </Page>
  );
}
