import { Link } from 'react-router';
import { fill, useI18n, useMessages } from '../../i18n';
import { useSession } from '../../session';
import { Page } from '../../ui/Page';
import { QueryState } from '../../ui/states';
import { useOwnCompanies } from './employer-api';
import { messages } from './messages';
import './employer.css';

/** The employer's start page: the companies it acts for, a new request for each, and the way to its requests. */
export default function EmployerHomePage() {
  const { t } = useI18n();
  const m = useMessages(messages);
  const { user } = useSession();
  const companies = useOwnCompanies();
  return (
    <Page
      title={m.homeTitle}
      intro={
        <>
          <p>{user && fill(t.shell.welcome, { name: user.name })}.</p>
          <p>{m.homeIntro}</p>
        </>
      }
      actions={
        <>
          <Link className="button-link primary" to="/ny-henvendelse">
            {m.newRequest}
          </Link>{' '}
          <Link to="/mine-henvendelser">{m.myRequests}</Link>
        </>
      }
    >
      <QueryState query={companies}>
        {(list) =>
          list.length === 0 ? (
            <p>{m.noCompanies}</p>
          ) : (
            <table className="data">
              <caption>{m.companiesCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{m.company}</th>
                  <th scope="col">{m.cvr}</th>
                  <th scope="col">{m.address}</th>
                  <th scope="col">
                    <span className="visually-hidden">{m.newRequest}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.map((company) => (
                  <tr key={company.id}>
                    <th scope="row">{company.name}</th>
                    <td>{company.cvrNumber}</td>
                    <td>
                      {[company.address, [company.postcode, company.city].filter(Boolean).join(' ')]
                        .filter(Boolean)
                        .join(', ')}
                    </td>
                    <td>
                      <Link to={`/ny-henvendelse?virksomhed=${company.id}`}>
                        {fill(m.newRequestFor, { company: company.name })}
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </QueryState>
    </Page>
  );
}
