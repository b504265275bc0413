import { useQuery } from '@tanstack/react-query';
import { Link, useParams, useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import { fill, formatDateTime, useI18n, useMessages } from '../../i18n';
import { Page } from '../../ui/Page';
import { LoadFailed, Loading } from '../../ui/states';
import { whenParts, type EmployerIntake } from './employer-api';
import { messages } from './messages';
import './employer.css';

/**
 * When the jobcentre will be in touch, in plain words: "Vi ringer dig op senest tirsdag den 24. november 2026
 * kl. 14.30".
 */
export function usePromise() {
  const { language } = useI18n();
  const m = useMessages(messages);
  return (intake: EmployerIntake) =>
    fill(intake.contactPerson.phone ? m.callBy : m.contactBy, {
      when: fill(m.when, whenParts(intake.answerBy, language)),
    });
}

/**
 * One request: right after sending it, the receipt with the promised time; later, where it stands. Refreshed on
 * focus and every 30 seconds, like the list.
 */
export default function RequestPage() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const { t, language } = useI18n();
  const m = useMessages(messages);
  const promise = usePromise();
  const intake = useQuery({
    queryKey: ['employer', 'intakes', id],
    queryFn: () => unwrap(api.GET('/api/v1/employer/intakes/{id}', { params: { path: { id } } })),
    refetchInterval: 30_000,
    refetchOnWindowFocus: 'always',
    // A status view: whenever it is opened, ask again (the request may have moved since it was last shown).
    staleTime: 0,
  });
  const back = (
    <p>
      <Link to="/mine-henvendelser">{m.back}</Link>
    </p>
  );
  if (intake.isPending) return <Loading />;
  if (intake.isError)
    return (
      <Page title={m.listTitle}>
        <LoadFailed error={intake.error} />
        {back}
      </Page>
    );
  const request = intake.data;
  const receipt = params.get('kvittering') === '1' && request.status === 'awaiting-contact';
  const at = (value: string) => formatDateTime(value, language);
  return (
    <Page title={receipt ? m.receiptTitle : fill(m.requestTitle, { kind: m.kinds[request.kind].toLowerCase() })}>
      <div aria-live="polite">
        {request.status === 'awaiting-contact' && <p className="promise">{promise(request)}</p>}
        {request.status === 'contacted' && request.firstContactAt && (
          <p className="promise">{fill(m.contactedNote, { when: at(request.firstContactAt) })}</p>
        )}
        {request.status === 'closed' && request.closedAt && (
          <p className="promise">
            {fill(m.closedNote, { when: at(request.closedAt) })} {request.outcome && `${m.outcomes[request.outcome]}.`}
          </p>
        )}
      </div>
      <dl className="facts">
        <dt>{m.status}</dt>
        <dd data-testid="request-status">{t.statuses[request.status]}</dd>
        <dt>{m.company}</dt>
        <dd>{request.company.name}</dd>
        <dt>{m.kind}</dt>
        <dd>{m.kinds[request.kind]}</dd>
        <dt>{m.receivedAt}</dt>
        <dd>{at(request.receivedAt)}</dd>
        <dt>{m.answerBy}</dt>
        <dd>{at(request.answerBy)}</dd>
        {request.firstContactAt && (
          <>
            <dt>{m.contactedAt}</dt>
            <dd>{at(request.firstContactAt)}</dd>
          </>
        )}
        {request.outcome && (
          <>
            <dt>{m.outcome}</dt>
            <dd>{m.outcomes[request.outcome]}</dd>
          </>
        )}
        <dt>{m.contact}</dt>
        <dd>
          {[request.contactPerson.name, request.contactPerson.phone, request.contactPerson.email]
            .filter(Boolean)
            .join(', ')}
        </dd>
        <dt>{m.yourDescription}</dt>
        <dd className="prose">{request.description}</dd>
      </dl>
      {back}
    </Page>
  );
}
