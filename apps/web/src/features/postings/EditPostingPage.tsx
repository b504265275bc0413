import './postings.css';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import { useMessages } from '../../i18n';
import { Page } from '../../ui/Page';
import { QueryState } from '../../ui/states';
import { messages } from './messages';
import { PostingForm } from './PostingForm';

/** A change to a draft (or, for staff, an open posting): the API decides who may change what. */
export default function EditPostingPage() {
  const { id = '' } = useParams();
  const m = useMessages(messages);
  const posting = useQuery({
    queryKey: ['postings', 'one', id],
    queryFn: () => unwrap(api.GET('/api/v1/postings/{id}', { params: { path: { id } } })),
  });
  return (
    <Page title={m.editTitle}>
      <QueryState query={posting}>
        {(loaded) => <PostingForm key={loaded.id} mode={{ type: 'edit', posting: loaded }} />}
      </QueryState>
    </Page>
  );
}
