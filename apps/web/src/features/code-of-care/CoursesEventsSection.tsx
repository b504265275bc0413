import { useQuery, useQueryClient } from '@tanstack/react-query';
import { fill, formatNumber, useI18n, useMessages } from '../../i18n';
import { QueryState } from '../../ui/states';
import { Confirm } from '../admin/parts';
import { getCourses, getEvents } from './api';
import { deleteCourse, deleteEvent, type Course, type NetworkEvent } from './commitments-api';
import { CourseForm } from './CourseForm';
import { AddButton, RowActions, useEditing, useMayEdit, useRemove } from './editing';
import { EventForm } from './EventForm';
import { shortDate } from './format';
import { messages } from './messages';

const SHOWN = 20;

/**
 * The latest mentor courses and network events: who took part and what came of it. Coordinators and leads add,
 * change and delete them here.
 */
export function CoursesEventsSection() {
  const m = useMessages(messages);
  const { language } = useI18n();
  const mayEdit = useMayEdit();
  const n = (value: number) => formatNumber(value, language);
  const day = (value: string) => shortDate(value, language);
  const courses = useQuery({ queryKey: ['code-of-care', 'courses'], queryFn: () => getCourses(SHOWN) });
  const events = useQuery({ queryKey: ['code-of-care', 'events'], queryFn: () => getEvents(SHOWN) });
  const courseEdit = useEditing<Course>();
  const eventEdit = useEditing<NetworkEvent>();
  const removeCourse = useRemove(deleteCourse);
  const removeEvent = useRemove(deleteEvent);
  const queryClient = useQueryClient();
  const reload = () => queryClient.invalidateQueries({ queryKey: ['code-of-care'] });
  return (
    <>
      <section className="coc-section" aria-labelledby="coc-courses-title">
        <h2 id="coc-courses-title">{m.coursesHeading}</h2>
        {mayEdit && courseEdit.statusLine}
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
                      {mayEdit && <th scope="col">{m.actions}</th>}
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
                        {mayEdit && (
                          <td>
                            <RowActions
                              id={course.id}
                              prefix="coc-course"
                              editLabel={fill(m.editCourseNamed, { title: course.title })}
                              deleteLabel={fill(m.deleteCourseNamed, { title: course.title })}
                              open={courseEdit.editing !== 'new' && courseEdit.editing?.id === course.id}
                              onEdit={() => courseEdit.open(course)}
                              onDelete={() => {
                                removeCourse.reset();
                                courseEdit.ask(course);
                              }}
                            />
                          </td>
                        )}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )
          }
        </QueryState>
        {mayEdit && (
          <>
            <AddButton id="coc-course-add" open={courseEdit.editing === 'new'} onClick={() => courseEdit.open('new')}>
              {m.addCourse}
            </AddButton>
            {courseEdit.deleting && (
              <Confirm
                question={fill(m.confirmDeleteCourse, { title: courseEdit.deleting.title })}
                confirmLabel={m.yesDelete}
                cancelLabel={m.cancel}
                busy={removeCourse.busy}
                error={removeCourse.error}
                onConfirm={() => {
                  const course = courseEdit.deleting!;
                  void removeCourse.run(course.id, () =>
                    courseEdit.done(fill(m.courseDeleted, { title: course.title })),
                  );
                }}
                onCancel={() => courseEdit.close(`coc-course-delete-${courseEdit.deleting!.id}`)}
              />
            )}
            {courseEdit.editing && (
              <CourseForm
                key={courseEdit.editing === 'new' ? 'new' : courseEdit.editing.id}
                course={courseEdit.editing === 'new' ? null : courseEdit.editing}
                onCancel={() =>
                  courseEdit.close(
                    courseEdit.editing === 'new' ? 'coc-course-add' : `coc-course-edit-${courseEdit.editing!.id}`,
                  )
                }
                onSaved={(course) => {
                  courseEdit.done(fill(m.courseSaved, { title: course.title }));
                  void reload();
                }}
              />
            )}
          </>
        )}
      </section>
      <section className="coc-section" aria-labelledby="coc-events-title">
        <h2 id="coc-events-title">{m.eventsHeading}</h2>
        {mayEdit && eventEdit.statusLine}
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
                      {mayEdit && <th scope="col">{m.actions}</th>}
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
                        {mayEdit && (
                          <td>
                            <RowActions
                              id={event.id}
                              prefix="coc-event"
                              editLabel={fill(m.editEventNamed, { topic: event.topic })}
                              deleteLabel={fill(m.deleteEventNamed, { topic: event.topic })}
                              open={eventEdit.editing !== 'new' && eventEdit.editing?.id === event.id}
                              onEdit={() => eventEdit.open(event)}
                              onDelete={() => {
                                removeEvent.reset();
                                eventEdit.ask(event);
                              }}
                            />
                          </td>
                        )}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )
          }
        </QueryState>
        {mayEdit && (
          <>
            <AddButton id="coc-event-add" open={eventEdit.editing === 'new'} onClick={() => eventEdit.open('new')}>
              {m.addEvent}
            </AddButton>
            {eventEdit.deleting && (
              <Confirm
                question={fill(m.confirmDeleteEvent, { topic: eventEdit.deleting.topic })}
                confirmLabel={m.yesDelete}
                cancelLabel={m.cancel}
                busy={removeEvent.busy}
                error={removeEvent.error}
                onConfirm={() => {
                  const event = eventEdit.deleting!;
                  void removeEvent.run(event.id, () => eventEdit.done(fill(m.eventDeleted, { topic: event.topic })));
                }}
                onCancel={() => eventEdit.close(`coc-event-delete-${eventEdit.deleting!.id}`)}
              />
            )}
            {eventEdit.editing && (
              <EventForm
                key={eventEdit.editing === 'new' ? 'new' : eventEdit.editing.id}
                event={eventEdit.editing === 'new' ? null : eventEdit.editing}
                onCancel={() =>
                  eventEdit.close(
                    eventEdit.editing === 'new' ? 'coc-event-add' : `coc-event-edit-${eventEdit.editing!.id}`,
                  )
                }
                onSaved={(event) => {
                  eventEdit.done(fill(m.eventSaved, { topic: event.topic }));
                  void reload();
                }}
              />
            )}
          </>
        )}
      </section>
    </>
  );
}
