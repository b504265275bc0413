import { useQuery } from '@tanstack/react-query';
import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/errors';

type Entry = Schemas['ShortlistEntryDto'];
export type Shortlist = Schemas['ShortlistResponse'];

/** The posting's draft shortlist, if it has one: the candidates picked from matches go on it. */
export function useDraftShortlist(postingId: string) {
  return useQuery({
    queryKey: ['shortlists', 'draft-of-posting', postingId],
    queryFn: async (): Promise<Shortlist | null> => {
      const page = await unwrap(
        api.GET('/api/v1/shortlists', { params: { query: { postingId, status: 'draft', pageSize: 1 } } }),
      );
      const first = page.items[0];
      return first ? unwrap(api.GET('/api/v1/shortlists/{id}', { params: { path: { id: first.id } } })) : null;
    },
  });
}

/** Adds the entries to the posting's draft shortlist, or starts one with them; the list as it is now. */
export async function addToDraft(postingId: string, draftId: string | null, entries: Entry[]): Promise<Shortlist> {
  if (draftId) {
    return unwrap(
      api.POST('/api/v1/shortlists/{id}/entries', { params: { path: { id: draftId } }, body: { entries } }),
    );
  }
  return unwrap(api.POST('/api/v1/shortlists', { body: { postingId, entries } }));
}
