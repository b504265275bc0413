import { useQueryClient } from '@tanstack/react-query';
import { Link, Navigate } from 'react-router';
import { useMessages } from '../../i18n';
import { Page } from '../../ui/Page';
import { QueryState } from '../../ui/states';
import { messages } from './messages';
import './open-jobs.css';
import { useJobcentres } from './public-api';

// Where nearly every visitor goes next: its code is fetched while the jobcentres are read, not after.
void import('./OpenJobsPage');

/** "/job": the one jobcentre's open jobs straight away, or a choice when Jobbro serves several. */
export default function JobcentresPage() {
  const m = useMessages(messages);
  const queryClient = useQueryClient();
  const jobcentres = useJobcentres();
  if (jobcentres.data?.length === 1) {
    const [only] = jobcentres.data;
    // The list holds what the next page would read about the jobcentre again.
    queryClient.setQueryData(['public', 'jobcentres', only.code], only);
    return <Navigate to={`/job/${only.code}`} replace />;
  }
  return (
    <Page title={m.chooseTitle} intro={<p>{m.chooseIntro}</p>}>
      <QueryState query={jobcentres}>
        {(list) => (
          <ul>
            {list.map((jobcentre) => (
              <li key={jobcentre.code}>
                <Link to={`/job/${jobcentre.code}`}>{jobcentre.name}</Link>
              </li>
            ))}
          </ul>
        )}
      </QueryState>
    </Page>
  );
}
