import { useQuery } from '@tanstack/react-query';
import { fill, formatNumber, useI18n, useMessages } from '../../i18n';
import { QueryState } from '../../ui/states';
import { getCourses, getEvents } from './api';
import { shortDate } from './format';
import { messages } from './messages';

const SHOWN = 20;

/** The latest mentor courses and network events, read only: who took part and what came of it. */
export function CoursesEventsSection() {
  const m = useMessages(messages);
  const { language } = useI18n();
  const n = (value: number) => formatNumber(value, language);
  const day = (value: string) => shortDate(value, language);
  const courses = useQuery({ queryKey: ['code-of-care', 'courses'], queryFn: () => getCourses(SHOWN) });
  const events = useQuery({ queryKey: ['code-of-care', 'events'], queryFn: () => getEvents(SHOWN) });
  return (
    <>
      <section className="coc-section" aria-labelledby="coc-courses-title">
        <h2 id="coc-courses-title">{m.coursesHeading}</h2>
        <QueryState query={courses}>
          {(page) =>
            page.items.length === 0 ? (
              <p>{m.coursesNone}</p>
            ) : (
              <div className="table-wrap">
                <table className="data">
                  <caption>{m.coursesCaption}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{m.courseTitle}</th>
                      <th scope="col">{m.period}</th>
                      <th scope="col">{m.provider}</th>
                      <th scope="col">{m.participants}</th>
                      <th scope="col" className="number">
                        {m.mentorsTrained}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {page.items.map((course) => (
                      <tr key={course.id}>
                        <th scope="row">{course.title}</th>
                        <td>{fill(m.periodValue, { from: day(course.startsOn), to: day(course.endsOn) })}</td>
                        <td>{course.provider ?? m.none}</td>
                        <td>
                          {fill(m.participantsValue, {
                            people: n(course.participants.reduce((sum, each) => sum + each.participants, 0)),
                            companies: n(course.participants.length),
                          })}
                          <br />
                          <span className="hint">
                            {course.participants.map((each) => each.company.name).join(', ')}
                          </span>
                        </td>
                        <td className="number">{n(course.totalMentorsTrained)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )
          }
        </QueryState>
      </section>
      <section className="coc-section" aria-labelledby="coc-events-title">
        <h2 id="coc-events-title">{m.eventsHeading}</h2>
        <QueryState query={events}>
          {(page) =>
            page.items.length === 0 ? (
              <p>{m.eventsNone}</p>
            ) : (
              <div className="table-wrap">
                <table className="data">
                  <caption>{m.eventsCaption}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{m.topic}</th>
                      <th scope="col">{m.heldOn}</th>
                      <th scope="col">{m.location}</th>
                      <th scope="col">{m.host}</th>
                      <th scope="col">{m.attendance}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {page.items.map((event) => (
                      <tr key={event.id}>
                        <th scope="row">{event.topic}</th>
                        <td>{day(event.heldOn)}</td>
                        <td>{event.location ?? m.none}</td>
                        <td>{event.hostCompany?.name ?? m.none}</td>
                        <td>
                          {fill(m.attendanceValue, {
                            people: n(event.attendance.reduce((sum, each) => sum + each.attendees, 0)),
                            companies: n(event.attendance.length),
                          })}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )
          }
        </QueryState>
      </section>
    </>
  );
}
