import { Access1763942400000 } from './1763942400000-access';
import { AuditDetail1764633600000 } from './1764633600000-audit-detail';
import { Candidates1763942500000 } from './1763942500000-candidates';
import { CandidateProfiles1764240000000 } from './1764240000000-candidate-profiles';
import { CodedCandidateSkills1764374400000 } from './1764374400000-coded-candidate-skills';
import { InitialSchema1763856000000 } from './1763856000000-initial-schema';
import { TimerSweeps1764028800000 } from './1764028800000-timer-sweeps';
import { Postcodes1764115200000 } from './1764115200000-postcodes';
import { Taxonomy1764201600000 } from './1764201600000-taxonomy';
import { Postings1764288000000 } from './1764288000000-postings';
import { DanishSkillLabels1764201700000 } from './1764201700000-danish-skill-labels';
import { IntakeChangeNotifications1764460800000 } from './1764460800000-intake-change-notifications';
import { PublicJobPages1764547200000 } from './1764547200000-public-job-pages';
import { Matching1764892800000 } from './1764892800000-matching';
import { CodeOfCare1764979200000 } from './1764979200000-code-of-care';
import { Notifications1765065600000 } from './1765065600000-notifications';
import { NotificationDeliveryNudge1765065700000 } from './1765065700000-notification-delivery-nudge';
import { MonthlyReports1765065900000 } from './1765065900000-monthly-reports';
import { Shortlists1764806400000 } from './1764806400000-shortlists';
import { ShortageSectors1764720000000 } from './1764720000000-shortage-sectors';

/** Every migration, in order; listed explicitly so bundlers and tests need no file globbing. */
export const MIGRATIONS = [
  InitialSchema1763856000000,
  Access1763942400000,
  Candidates1763942500000,
  TimerSweeps1764028800000,
  Postcodes1764115200000,
  Taxonomy1764201600000,
  DanishSkillLabels1764201700000,
  CandidateProfiles1764240000000,
  Postings1764288000000,
  CodedCandidateSkills1764374400000,
  IntakeChangeNotifications1764460800000,
  PublicJobPages1764547200000,
  AuditDetail1764633600000,
  ShortageSectors1764720000000,
  Shortlists1764806400000,
  Matching1764892800000,
  CodeOfCare1764979200000,
  Notifications1765065600000,
  NotificationDeliveryNudge1765065700000,
  MonthlyReports1765065900000,
];
