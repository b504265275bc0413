import './postings.css';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import { fill, formatDate, formatDateTime, formatNumber, useI18n, useMessages } from '../../i18n';
import { useSession } from '../../session';
import { SelectField, TextField } from '../../ui/fields';
import { ErrorSummary, useSubmit } from '../../ui/forms';
import { Page } from '../../ui/Page';
import { LoadFailed, Loading } from '../../ui/states';
import { PLACEMENT_EDITORS, PLACEMENT_READERS, parseNumber, type Posting } from './api';
import { messages } from './messages';
import { PlacementsTable } from './PlacementsTable';
import { ShortlistsSection } from '../shortlists/parts';
import { SHORTLIST_READERS } from '../shortlists/routes';
import { danishRefusal } from './refusals';
import { RuleChecklist, type RuleCheckBody } from './RuleChecklist';
import { StatusBadge } from './StatusBadge';

const STAFF = ['consultant', 'network-coordinator', 'lead', 'admin'];

export default function PostingPage() {
  const { id = '' } = useParams();
  const m = useMessages(messages);
  const posting = useQuery({
    queryKey: ['postings', 'one', id],
    queryFn: () => unwrap(api.GET('/api/v1/postings/{id}', { params: { path: { id } } })),
  });
  if (posting.isPending) return <Loading />;
  if (posting.isError)
    return (
      <Page title={m.listTitle}>
        <LoadFailed error={posting.error} />
      </Page>
    );
  return <PostingView posting={posting.data} />;
}

function PostingView({ posting }: { posting: Posting }) {
  const m = useMessages(messages);
  const { language } = useI18n();
  const { user } = useSession();
  const location = useLocation();
  const queryClient = useQueryClient();
  const role = user?.role ?? '';
  const isStaff = STAFF.includes(role);
  const [notice, setNotice] = useState<string | null>((location.state as { notice?: string } | null)?.notice ?? null);
  const action = useSubmit();
  const mayEdit = posting.status === 'draft' || (isStaff && posting.status === 'open');

  const act = (kind: 'publish' | 'close') =>
    action.run(async () => {
      setNotice(null);
      if (kind === 'close' && !window.confirm(m.closeConfirm)) return;
      try {
        const changed = await unwrap(
          api.POST(kind === 'publish' ? '/api/v1/postings/{id}/publish' : '/api/v1/postings/{id}/close', {
            params: { path: { id: posting.id } },
          }),
        );
        queryClient.setQueryData(['postings', 'one', posting.id], changed);
        await queryClient.invalidateQueries({ queryKey: ['postings', 'list'] });
        setNotice(kind === 'publish' ? m.published : m.closed);
      } catch (error) {
        throw danishRefusal(error, language);
      }
    });

  const facts: [string, ReactNode][] = [
    [m.kind, m.kinds[posting.kind]],
    [m.status, <StatusBadge key="status" status={posting.status} />],
    [m.company, `${posting.company.name} (CVR ${posting.company.cvrNumber})`],
    [
      m.occupation,
      posting.occupation
        ? `${posting.occupation.label}${posting.sector ? ` · ${posting.sector.label}` : ''} · ${
            posting.shortageSector ? m.shortage : m.notShortage
          }`
        : m.occupationNone,
    ],
    [m.hours, posting.hoursPerWeek === null ? m.none : formatNumber(posting.hoursPerWeek, language)],
    [m.workplacePostcode, posting.workplacePostcode ?? m.none],
    [m.startDate, posting.startDate ? formatDate(posting.startDate, language) : m.none],
    [m.endDate, posting.endDate ? formatDate(posting.endDate, language) : m.none],
    [
      m.positions,
      fill(m.positionsValue, {
        filled: formatNumber(posting.positionsFilled, language),
        positions: formatNumber(posting.positions, language),
      }),
    ],
  ];
  if (posting.kind === 'småjob') facts.push([m.targetGroups, posting.targetGroups.join(', ') || m.none]);
  if (['virksomhedspraktik', 'løntilskud', 'fleksjob'].includes(posting.kind))
    facts.push([m.targetGroup, posting.targetGroup ?? m.none]);
  if (['virksomhedspraktik', 'løntilskud'].includes(posting.kind))
    facts.push([m.durationWeeks, posting.durationWeeks === null ? m.none : String(posting.durationWeeks)]);
  if (posting.kind === 'løntilskud')
    facts.push([m.employerType, posting.employerType ? m.employerTypes[posting.employerType] : m.none]);
  if (posting.kind === 'voksenlærling') {
    facts.push([m.educationName, posting.educationName ?? m.none]);
    facts.push([m.educationMonths, posting.educationMonths === null ? m.none : String(posting.educationMonths)]);
  }
  facts.push(
    [m.requiredSkills, posting.requiredSkills.map((skill) => skill.label).join(', ') || m.none],
    [m.desiredSkills, posting.desiredSkills.map((skill) => skill.label).join(', ') || m.none],
    [m.companyVisiblePublicly, posting.companyVisiblePublicly ? m.companyVisibleYes : m.companyVisibleNo],
    [m.createdBy, posting.createdByName ?? m.none],
    [m.createdAt, formatDateTime(posting.createdAt, language)],
  );
  if (posting.publishedAt) facts.push([m.publishedAt, formatDateTime(posting.publishedAt, language)]);
  if (posting.closedAt) facts.push([m.closedAt, formatDateTime(posting.closedAt, language)]);
  if (posting.intakeId) facts.push([m.fromIntake, posting.intakeId]);

  const ruleBody: RuleCheckBody = {
    kind: posting.kind,
    occupation: posting.occupation?.code,
    hoursPerWeek: posting.hoursPerWeek ?? undefined,
    workplacePostcode: posting.workplacePostcode ?? undefined,
    startDate: posting.startDate ?? undefined,
    endDate: posting.endDate ?? undefined,
    durationWeeks: posting.durationWeeks ?? undefined,
    targetGroups: posting.targetGroups.length ? posting.targetGroups : undefined,
    targetGroup: posting.targetGroup ?? undefined,
    employerType: posting.employerType ?? undefined,
    educationName: posting.educationName ?? undefined,
    educationMonths: posting.educationMonths ?? undefined,
  };
  const fields = Object.fromEntries(Object.entries(ruleBody).filter(([, value]) => value !== undefined));

  return (
    <Page
      title={posting.title}
      intro={
        <p>
          <Link to="/opslag">{m.listTitle}</Link>
        </p>
      }
    >
      {notice && (
        <p role="status" className="notice">
          {notice}
        </p>
      )}
      <ErrorSummary errors={action.errors} />
      <section aria-labelledby="posting-actions">
        <h2 id="posting-actions">{m.actions}</h2>
        <p className="actions">
          {mayEdit && (
            <Link className="button" to={`/opslag/${posting.id}/ret`}>
              {m.edit}
            </Link>
          )}{' '}
          {isStaff && posting.status === 'draft' && (
            <button type="button" className="primary" disabled={action.submitting} onClick={() => void act('publish')}>
              {m.publish}
            </button>
          )}{' '}
          {isStaff && (posting.status === 'draft' || posting.status === 'open') && (
            <button type="button" disabled={action.submitting} onClick={() => void act('close')}>
              {m.close}
            </button>
          )}
        </p>
      </section>
      <section aria-labelledby="posting-facts">
        <h2 id="posting-facts">{m.facts}</h2>
        <dl className="facts">
          {facts.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        {posting.description && (
          <>
            <h3>{m.description}</h3>
            <p className="pre-line">{posting.description}</p>
          </>
        )}
      </section>
      {(posting.status === 'draft' || posting.status === 'open') && (
        <RuleChecklist body={fields as RuleCheckBody} published={posting.status !== 'draft'} live={false} />
      )}
      {posting.status === 'open' && (PLACEMENT_EDITORS as readonly string[]).includes(role) && (
        <FillForm posting={posting} onFilled={() => setNotice(m.filled)} />
      )}
      {(PLACEMENT_READERS as readonly string[]).includes(role) && (
        <section aria-labelledby="posting-placements">
          <h2 id="posting-placements">{m.placementsHeading}</h2>
          <PlacementsTable postingId={posting.id} caption={m.placementsHeading} />
        </section>
      )}
      {(SHORTLIST_READERS as readonly string[]).includes(role) && <ShortlistsSection postingId={posting.id} />}
    </Page>
  );
}

/** Place a candidate in the open posting: the candidate, and when; the placement rules answer with a 409. */
function FillForm({ posting, onFilled }: { posting: Posting; onFilled: () => void }) {
  const m = useMessages(messages);
  const { language } = useI18n();
  const queryClient = useQueryClient();
  const form = useSubmit();
  const [search, setSearch] = useState('');
  const [candidateId, setCandidateId] = useState('');
  const [startDate, setStartDate] = useState('');
  const [hours, setHours] = useState('');
  const candidates = useQuery({
    queryKey: ['candidates', 'fill', search.trim()],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/candidates', {
          params: { query: { pageSize: 50, ...(search.trim() ? { name: search.trim() } : {}) } },
        }),
      ),
  });
  const submit = form.handle(async () => {
    try {
      await unwrap(
        api.POST('/api/v1/placements', {
          body: {
            postingId: posting.id,
            candidateId,
            ...(startDate.trim() ? { startDate: startDate.trim() } : {}),
            ...(hours.trim() ? { hoursPerWeek: (parseNumber(hours) ?? hours.trim()) as number } : {}),
          },
        }),
      );
    } catch (error) {
      throw danishRefusal(error, language);
    }
    await queryClient.invalidateQueries({ queryKey: ['postings'] });
    await queryClient.invalidateQueries({ queryKey: ['placements'] });
    setCandidateId('');
    onFilled();
  });
  return (
    <section aria-labelledby="fill-heading">
      <h2 id="fill-heading">{m.fillHeading}</h2>
      <p className="hint">{m.fillIntro}</p>
      <form onSubmit={submit} noValidate>
        <ErrorSummary
          errors={form.errors}
          labels={{ candidateId: m.candidate, startDate: m.placementStart, hoursPerWeek: m.placementHours }}
        />
        <div className="form-grid">
          <TextField
            name="candidateSearch"
            label={m.candidateSearch}
            type="search"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
          />
          <SelectField
            name="candidateId"
            label={m.candidate}
            error={form.errors.fields.candidateId}
            placeholder={m.chooseCandidate}
            options={(candidates.data?.items ?? []).map((candidate) => ({
              value: candidate.id,
              label: fill(m.candidateOption, {
                name: candidate.name,
                targetGroup: candidate.targetGroup ?? m.noTargetGroup,
              }),
            }))}
            value={candidateId}
            onChange={(event) => setCandidateId(event.target.value)}
          />
          <TextField
            name="startDate"
            label={m.placementStart}
            hint={m.placementStartHint}
            error={form.errors.fields.startDate}
            value={startDate}
            onChange={(event) => setStartDate(event.target.value)}
          />
          <TextField
            name="hoursPerWeek"
            label={m.placementHours}
            hint={m.placementHoursHint}
            inputMode="decimal"
            error={form.errors.fields.hoursPerWeek}
            value={hours}
            onChange={(event) => setHours(event.target.value)}
          />
        </div>
        <p>
          <button type="submit" className="primary" disabled={form.submitting}>
            {m.fill}
          </button>
        </p>
      </form>
    </section>
  );
}
