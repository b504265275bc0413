import { Link } from 'react-router';
import { useMessages } from '../../i18n';
import { useSession } from '../../session';
import { Page } from '../../ui/Page';
import './admin.css';
import { messages } from './messages';
import { ADMIN_PAGES } from './pages';

/** The admin pages this role may open, each with what it is for. */
export default function AdminHomePage() {
  const m = useMessages(messages);
  const { user } = useSession();
  return (
    <Page title={m.home.title} intro={<p>{m.home.intro}</p>}>
      <ul className="admin-overview">
        {ADMIN_PAGES.filter((page) => user && page.access.includes(user.role)).map((page) => (
          <li key={page.key}>
            <Link to={page.path}>{m.pages[page.key]}</Link>
            <p>{m.pages[`${page.key}About`]}</p>
          </li>
        ))}
      </ul>
    </Page>
  );
}
