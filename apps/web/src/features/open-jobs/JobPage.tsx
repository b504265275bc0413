import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client';
import { ApiError, unwrap } from '../../api/errors';
import { fill, useMessages } from '../../i18n';
import { Page } from '../../ui/Page';
import { LoadFailed, Loading } from '../../ui/states';
import { mailtoLink, telLink } from './ask';
import { JobFacts } from './JobFacts';
import { messages } from './messages';
import './open-jobs.css';

/** "/job/:code/:id": one open job, and how to ask the jobcentre about it (phone, e-mail with the job number). */
export default function JobPage() {
  const { code = '', id = '' } = useParams();
  const m = useMessages(messages);
  const job = useQuery({
    queryKey: ['public', 'postings', code, id],
    queryFn: () =>
      unwrap(api.GET('/api/v1/public/jobcentres/{code}/postings/{id}', { params: { path: { code, id } } })),
  });
  const back = (
    <p>
      <Link to={`/job/${code}`}>{m.back}</Link>
    </p>
  );

  if (job.isPending) return <Loading />;
  if (job.isError)
    return (
      <Page title={m.chooseTitle}>
        {job.error instanceof ApiError && [400, 404].includes(job.error.status) ? (
          <p role="alert">{m.notOpen}</p>
        ) : (
          <LoadFailed error={job.error} />
        )}
        {back}
      </Page>
    );

  const posting = job.data;
  const { contact, name } = posting.jobcentre;
  const reference = String(posting.referenceNumber);
  const subject = fill(m.mailSubject, { reference, title: posting.title });
  return (
    <Page title={posting.title} intro={<p>{m.kindExplained[posting.kind]}</p>}>
      <JobFacts job={posting} full />
      {posting.description && (
        <section aria-labelledby="job-description">
          <h2 id="job-description">{m.description}</h2>
          <p className="prose">{posting.description}</p>
        </section>
      )}
      {posting.requiredSkills.length > 0 && (
        <section aria-labelledby="job-skills">
          <h2 id="job-skills">{m.skills}</h2>
          <ul>
            {posting.requiredSkills.map((skill) => (
              <li key={skill.uri}>{skill.label}</li>
            ))}
          </ul>
        </section>
      )}
      <section className="ask-box" aria-labelledby="job-ask">
        <h2 id="job-ask">{m.ask}</h2>
        <p>
          <strong>{name}</strong>. {fill(m.askIntro, { reference })}
        </p>
        {contact.phone || contact.email ? (
          <dl className="facts">
            {contact.phone && (
              <>
                <dt>{m.phone}</dt>
                <dd>
                  <a href={telLink(contact.phone)}>{contact.phone}</a>
                </dd>
              </>
            )}
            {contact.email && (
              <>
                <dt>{m.email}</dt>
                <dd>
                  <a href={mailtoLink(contact.email, subject)}>{contact.email}</a>
                </dd>
              </>
            )}
            {contact.address && (
              <>
                <dt>{m.address}</dt>
                <dd>{contact.address}</dd>
              </>
            )}
            {contact.openingHours && (
              <>
                <dt>{m.openingHours}</dt>
                <dd>{contact.openingHours}</dd>
              </>
            )}
          </dl>
        ) : (
          <p>{m.noContact}</p>
        )}
      </section>
      {back}
    </Page>
  );
}
