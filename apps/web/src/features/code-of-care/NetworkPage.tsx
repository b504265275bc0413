import './code-of-care.css';
import { useMessages } from '../../i18n';
import { useSession } from '../../session';
import { Page } from '../../ui/Page';
import { ActivitySection } from './ActivitySection';
import { NETWORK_EDITORS } from './api';
import { CoursesEventsSection } from './CoursesEventsSection';
import { GoalSection } from './GoalSection';
import { MembersSection } from './MembersSection';
import { messages } from './messages';
import { NetworkSettingsSection } from './NetworkSettingsSection';
import { PipelineSection } from './PipelineSection';
import { PledgesSection } from './PledgesSection';

/** The network coordinator's page: the goal first, then what to act on, then the lists behind the figures. */
export default function NetworkPage() {
  const m = useMessages(messages);
  const { user } = useSession();
  const mayEdit = NETWORK_EDITORS.includes(user?.role ?? '');
  const sections = [
    ['coc-goal-title', m.goalFallbackHeading],
    ['coc-activity-title', m.activityHeading],
    ['coc-pipeline-title', m.pipelineHeading],
    ['coc-members-title', m.membersHeading],
    ['coc-pledges-title-all', m.pledgesHeading],
    ['coc-courses-title', m.coursesHeading],
    ['coc-events-title', m.eventsHeading],
    ['coc-settings-title', m.settingsHeading],
  ] as const;
  return (
    <Page
      title={m.title}
      intro={
        <>
          <p>{m.intro}</p>
          {!mayEdit && <p>{m.readOnly}</p>}
        </>
      }
    >
      <nav className="coc-contents" aria-label={m.contents}>
        <ul>
          {sections.map(([id, label]) => (
            <li key={id}>
              <a
                href={`#${id}`}
                onClick={(event) => {
                  // The router owns the URL's hash-less path; move the focus to the section's heading by hand.
                  event.preventDefault();
                  const heading = document.getElementById(id);
                  heading?.setAttribute('tabindex', '-1');
                  heading?.focus();
                }}
              >
                {label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <GoalSection mayEdit={mayEdit} />
      <ActivitySection mayEdit={mayEdit} />
      <PipelineSection mayEdit={mayEdit} />
      <MembersSection />
      <PledgesSection />
      <CoursesEventsSection />
      <NetworkSettingsSection mayEdit={mayEdit} />
    </Page>
  );
}
