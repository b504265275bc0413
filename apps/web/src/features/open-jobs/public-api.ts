import { useQuery } from '@tanstack/react-query';
import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/errors';

export type PublicPosting = Schemas['PublicPostingResponse'];
export type PublicJobcentre = Schemas['PublicJobcentreResponse'];
export type PostingKind = PublicPosting['kind'];

export { POSTING_KINDS } from '../../api/vocabulary';

/** Reference data and a jobcentre's contact change seldom: read once a visit. */
const LONG = 10 * 60_000;

export function useJobcentres() {
  return useQuery({
    queryKey: ['public', 'jobcentres'],
    queryFn: () => unwrap(api.GET('/api/v1/public/jobcentres')),
    staleTime: LONG,
  });
}

export function useJobcentre(code: string) {
  return useQuery({
    queryKey: ['public', 'jobcentres', code],
    queryFn: () => unwrap(api.GET('/api/v1/public/jobcentres/{code}', { params: { path: { code } } })),
    staleTime: LONG,
  });
}

export function useSectors() {
  return useQuery({
    queryKey: ['public', 'sectors'],
    queryFn: () => unwrap(api.GET('/api/v1/taxonomy/sectors')),
    staleTime: LONG,
  });
}
