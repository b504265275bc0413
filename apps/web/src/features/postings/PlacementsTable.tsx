import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import { fill, formatDate, formatDateTime, formatNumber, useI18n, useMessages } from '../../i18n';
import { useSession } from '../../session';
import { LoadFailed, Loading, Pagination } from '../../ui/states';
import { PLACEMENT_EDITORS, type Placement } from './api';
import { messages } from './messages';

const PAGE_SIZE = 20;

/** A candidate's name (staff only; the API audits the read, as it does the placement's). */
export function CandidateName({ id }: { id: string }) {
  const m = useMessages(messages);
  const candidate = useQuery({
    queryKey: ['candidates', 'one', id],
    queryFn: () => unwrap(api.GET('/api/v1/candidates/{id}', { params: { path: { id } } })),
    staleTime: 60_000,
  });
  return <>{candidate.data?.name ?? (candidate.isError ? m.unknown : '…')}</>;
}

export function PostingTitle({ id, link = true }: { id: string; link?: boolean }) {
  const m = useMessages(messages);
  const posting = useQuery({
    queryKey: ['postings', 'one', id],
    queryFn: () => unwrap(api.GET('/api/v1/postings/{id}', { params: { path: { id } } })),
    staleTime: 60_000,
  });
  const title = posting.data?.title ?? (posting.isError ? m.unknown : '…');
  return link ? <Link to={`/opslag/${id}`}>{title}</Link> : <>{title}</>;
}

/** Placements, of one posting or all (with an "active" filter), with a button to end each active one. */
export function PlacementsTable({
  postingId,
  active,
  page = 1,
  hrefFor,
  caption,
  onEnd,
}: {
  postingId?: string;
  active?: boolean;
  page?: number;
  hrefFor?: (page: number) => string;
  caption: string;
  onEnd?: (placement: Placement) => void;
}) {
  const m = useMessages(messages);
  const { language } = useI18n();
  const { user } = useSession();
  const mayEnd = onEnd && (PLACEMENT_EDITORS as readonly string[]).includes(user?.role ?? '');
  const placements = useQuery({
    queryKey: ['placements', { postingId, active, page }],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/placements', {
          params: {
            query: {
              page,
              pageSize: PAGE_SIZE,
              ...(postingId ? { postingId } : {}),
              ...(active !== undefined ? { active } : {}),
            },
          },
        }),
      ),
  });
  if (placements.isPending) return <Loading />;
  if (placements.isError) return <LoadFailed error={placements.error} />;
  if (placements.data.items.length === 0) return <p>{postingId ? m.noPlacements : m.placementsEmpty}</p>;
  return (
    <>
      {!postingId && (
        <p role="status">{fill(m.placementsCount, { count: formatNumber(placements.data.total, language) })}</p>
      )}
      <table className="data">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{m.candidate}</th>
            {!postingId && <th scope="col">{m.posting}</th>}
            <th scope="col">{m.kind}</th>
            <th scope="col">{m.start}</th>
            <th scope="col">{m.hours}</th>
            <th scope="col">{m.active}</th>
            {mayEnd && <th scope="col">{m.actions}</th>}
          </tr>
        </thead>
        <tbody>
          {placements.data.items.map((placement) => (
            <tr key={placement.id}>
              <th scope="row">
                <CandidateName id={placement.candidateId} />
              </th>
              {!postingId && (
                <td>
                  <PostingTitle id={placement.postingId} />
                </td>
              )}
              <td>{m.kinds[placement.kind]}</td>
              <td>{formatDate(placement.startDate, language)}</td>
              <td>{formatNumber(placement.hoursPerWeek, language)}</td>
              <td>
                {placement.active ? (
                  <span className="badge status-ok">{m.activeYes}</span>
                ) : (
                  <span>
                    {fill(m.endedAs, { reason: placement.endReason ? m.endReasons[placement.endReason] : m.unknown })}
                    {placement.endedAt && <> ({formatDateTime(placement.endedAt, language)})</>}
                  </span>
                )}
              </td>
              {mayEnd && (
                <td>
                  {placement.active && (
                    <button type="button" onClick={() => onEnd(placement)}>
                      {m.endPlacement}
                      <span className="visually-hidden">
                        {' '}
                        <CandidateName id={placement.candidateId} />
                      </span>
                    </button>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {hrefFor && <Pagination page={page} pageSize={PAGE_SIZE} total={placements.data.total} hrefFor={hrefFor} />}
    </>
  );
}
