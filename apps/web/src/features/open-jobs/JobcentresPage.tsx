import { Link, Navigate } from 'react-router';
import { useMessages } from '../../i18n';
import { Page } from '../../ui/Page';
import { QueryState } from '../../ui/states';
import { messages } from './messages';
import './open-jobs.css';
import { useJobcentres } from './public-api';

/** "/job": the one jobcentre's open jobs straight away, or a choice when Jobbro serves several. */
export default function JobcentresPage() {
  const m = useMessages(messages);
  const jobcentres = useJobcentres();
  if (jobcentres.data?.length === 1) return <Navigate to={`/job/${jobcentres.data[0].code}`} replace />;
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
