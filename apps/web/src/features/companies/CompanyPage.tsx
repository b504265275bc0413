import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { api, type Intake, type Schemas } from '../../api/client';
import { unwrap } from '../../api/errors';
import { fill, formatDateTime, useI18n, useMessages } from '../../i18n';
import { Page } from '../../ui/Page';
import { LoadFailed, Loading, QueryState } from '../../ui/states';
import { messages } from './messages';
import './people.css';

const INTAKES_SHOWN = 100;

type Company = Schemas['CompanyResponse'];
interface Contact {
  name: string;
  title?: string;
  email?: string;
  phone?: string;
  /** Where it was seen: the company's record, or the first request (by received time) that named it. */
  source: { intake?: Intake };
}

const norm = (value: string | undefined) => (value ?? '').toLowerCase().replace(/[\s()-]/g, '');

/**
 * The company's contact persons: those on its record, then those its requests named, one entry per person (the same
 * name with the same phone or e-mail, or with none given, is the same person; the record's details win).
 */
export function contactsOf(company: Company, intakes: readonly Intake[]): Contact[] {
  const contacts: Contact[] = company.contactPersons.map((person) => ({ ...person, source: {} }));
  const byReceived = [...intakes].sort((a, b) => a.receivedAt.localeCompare(b.receivedAt));
  for (const intake of byReceived) {
    const person = intake.contactPerson;
    const same = contacts.find(
      (known) =>
        norm(known.name) === norm(person.name) &&
        (!known.phone || !person.phone || norm(known.phone) === norm(person.phone)) &&
        (!known.email || !person.email || norm(known.email) === norm(person.email)),
    );
    if (same) {
      same.phone ??= person.phone;
      same.email ??= person.email;
    } else {
      contacts.push({ name: person.name, phone: person.phone, email: person.email, source: { intake } });
    }
  }
  return contacts;
}

/** A company: its details, its requests to the duty desk and the people to call there. */
export default function CompanyPage() {
  const { id = '' } = useParams();
  const m = useMessages(messages);
  const company = useQuery({
    queryKey: ['companies', id],
    queryFn: () => unwrap(api.GET('/api/v1/companies/{id}', { params: { path: { id } } })),
  });
  const intakes = useQuery({
    queryKey: ['intakes', { companyId: id }],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/intakes', {
          params: { query: { companyId: id, status: 'all', pageSize: INTAKES_SHOWN } },
        }),
      ),
    enabled: company.isSuccess,
  });

  if (company.isPending) return <Loading />;
  if (company.isError)
    return (
      <Page title={m.listTitle}>
        <LoadFailed error={company.error} />
      </Page>
    );
  const data = company.data;
  return (
    <Page
      title={data.name}
      actions={
        <Link className="button-link" to={`/virksomheder/${data.id}/rediger`}>
          {m.edit}
        </Link>
      }
    >
      <section aria-labelledby="facts-heading">
        <h2 id="facts-heading">{m.facts}</h2>
        <Facts company={data} />
      </section>
      <section aria-labelledby="intakes-heading">
        <h2 id="intakes-heading">{m.intakes}</h2>
        <QueryState query={intakes}>{(page) => <Intakes items={page.items} total={page.total} />}</QueryState>
      </section>
      <section aria-labelledby="contacts-heading">
        <h2 id="contacts-heading">{m.contacts}</h2>
        {intakes.isPending ? <Loading /> : <Contacts contacts={contactsOf(data, intakes.data?.items ?? [])} />}
      </section>
    </Page>
  );
}

function Facts({ company }: { company: Company }) {
  const m = useMessages(messages);
  return (
    <dl className="facts">
      <dt>{m.cvrNumber}</dt>
      <dd>{company.cvrNumber}</dd>
      <dt>{m.address}</dt>
      <dd>
        {[company.address, [company.postcode, company.city].filter(Boolean).join(' ')].filter(Boolean).join(', ') ||
          m.none}
      </dd>
      <dt>{m.sector}</dt>
      <dd>{company.sector ?? m.none}</dd>
      <dt>{m.sizeBand}</dt>
      <dd>{company.sizeBand ? m.sizeBands[company.sizeBand] : m.none}</dd>
    </dl>
  );
}

function Intakes({ items, total }: { items: Intake[]; total: number }) {
  const { t, language } = useI18n();
  const m = useMessages(messages);
  if (items.length === 0) return <p>{m.intakesEmpty}</p>;
  return (
    <>
      {total > items.length && <p>{fill(m.intakesMore, { shown: items.length, total })}</p>}
      <table className="data">
        <caption>{m.intakesCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{m.received}</th>
            <th scope="col">{m.kind}</th>
            <th scope="col">{m.status}</th>
            <th scope="col">{m.assignee}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((intake) => (
            <tr key={intake.id}>
              <th scope="row">
                {/* The duty desk's page of the intake. */}
                <Link to={`/vagtskema/${intake.id}`}>
                  <time dateTime={intake.receivedAt}>{formatDateTime(intake.receivedAt, language)}</time>
                </Link>
              </th>
              <td>
                {t.kinds[intake.kind]}
                <br />
                <span className="hint">{intake.description}</span>
              </td>
              <td>
                {t.statuses[intake.status]}
                {intake.breached && <strong className="badge">{m.breached}</strong>}
              </td>
              <td>{intake.assignee?.name ?? m.unassigned}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function Contacts({ contacts }: { contacts: Contact[] }) {
  const { language } = useI18n();
  const m = useMessages(messages);
  if (contacts.length === 0) return <p>{m.contactsEmpty}</p>;
  return (
    <table className="data">
      <caption>{m.contactsCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{m.contactName}</th>
          <th scope="col">{m.phone}</th>
          <th scope="col">{m.email}</th>
          <th scope="col">{m.source}</th>
        </tr>
      </thead>
      <tbody>
        {contacts.map((contact, index) => (
          <tr key={index}>
            <th scope="row">
              {contact.name}
              {contact.title && <span className="hint"> · {contact.title}</span>}
            </th>
            <td>
              {contact.phone ? <a href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`}>{contact.phone}</a> : m.none}
            </td>
            <td>{contact.email ? <a href={`mailto:${contact.email}`}>{contact.email}</a> : m.none}</td>
            <td>
              {contact.source.intake
                ? fill(m.fromIntake, { date: formatDateTime(contact.source.intake.receivedAt, language) })
                : m.fromRecord}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
