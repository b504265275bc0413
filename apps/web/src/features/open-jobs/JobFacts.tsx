import { fill, formatDate, formatNumber, useI18n, useMessages } from '../../i18n';
import { messages } from './messages';
import type { PublicPosting } from './public-api';

/** Who offers the job, in words: its name where it agreed, otherwise the town it is in. */
export function useEmployerName() {
  const m = useMessages(messages);
  return (job: PublicPosting) =>
    job.companyName ?? (job.place ? fill(m.companyUnnamed, { town: job.place.town }) : m.companyUnnamedNoTown);
}

/** The facts of a job a jobseeker weighs first: kind, hours, place, start and who offers it. */
export function JobFacts({ job, full = false }: { job: PublicPosting; full?: boolean }) {
  const { language } = useI18n();
  const m = useMessages(messages);
  const employer = useEmployerName();
  return (
    <dl className="facts">
      <dt>{m.kindLabel}</dt>
      <dd>{m.kinds[job.kind]}</dd>
      {job.hoursPerWeek !== null && (
        <>
          <dt>{m.hours}</dt>
          <dd>{fill(m.hoursPerWeek, { hours: formatNumber(job.hoursPerWeek, language) })}</dd>
        </>
      )}
      {job.place && (
        <>
          <dt>{m.place}</dt>
          <dd>
            {job.place.postcode} {job.place.town}
          </dd>
        </>
      )}
      {job.startDate && (
        <>
          <dt>{m.start}</dt>
          <dd>
            <time dateTime={job.startDate}>{formatDate(`${job.startDate}T12:00:00Z`, language)}</time>
          </dd>
        </>
      )}
      <dt>{m.employer}</dt>
      <dd>{employer(job)}</dd>
      {full && (
        <>
          {job.occupation && (
            <>
              <dt>{m.occupation}</dt>
              <dd>{job.occupation.label}</dd>
            </>
          )}
          {job.educationName && (
            <>
              <dt>{m.education}</dt>
              <dd>
                {job.educationMonths
                  ? fill(m.educationMonths, { name: job.educationName, months: job.educationMonths })
                  : job.educationName}
              </dd>
            </>
          )}
          {job.durationWeeks !== null && (
            <>
              <dt>{m.duration}</dt>
              <dd>{fill(m.weeks, { weeks: job.durationWeeks })}</dd>
            </>
          )}
          <dt>{m.openPositions}</dt>
          <dd>{formatNumber(job.openPositions, language)}</dd>
          <dt>{m.reference}</dt>
          <dd>{job.referenceNumber}</dd>
        </>
      )}
    </dl>
  );
}
