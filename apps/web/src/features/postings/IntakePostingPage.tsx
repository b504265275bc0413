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

/** The posting an intake led to: made for the intake's company, and the intake closes with it (one step). */
export default function IntakePostingPage() {
  const { id = '' } = useParams();
  const m = useMessages(messages);
  const intake = useQuery({
    queryKey: ['intakes', 'one', id],
    queryFn: () => unwrap(api.GET('/api/v1/intakes/{id}', { params: { path: { id } } })),
  });
  return (
    <Page title={m.intakeTitle}>
      <QueryState query={intake}>
        {(loaded) => (
          <PostingForm mode={{ type: 'intake', intakeId: loaded.id, companyName: loaded.company.name ?? m.unknown }} />
        )}
      </QueryState>
    </Page>
  );
}
