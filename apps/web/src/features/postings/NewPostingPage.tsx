import './postings.css';
import { useSearchParams } from 'react-router';
import { useMessages } from '../../i18n';
import { Page } from '../../ui/Page';
import { messages } from './messages';
import { PostingForm } from './PostingForm';

/** A new posting, as a draft: for any company of the jobcentre (staff) or one the employer acts for. */
export default function NewPostingPage() {
  const m = useMessages(messages);
  const [params] = useSearchParams();
  return (
    <Page title={m.newTitle}>
      <PostingForm mode={{ type: 'create', intakeId: params.get('henvendelse') ?? undefined }} />
    </Page>
  );
}
