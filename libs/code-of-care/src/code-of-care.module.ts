import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule } from '@jobbro/notifications';
import { ActivityRun } from './activity/activity-run.entity';
import { ActivitySources } from './activity/activity-sources';
import { ActivityWarning } from './activity/activity-warning.entity';
import { ActivityController } from './activity/activity.controller';
import { ActivityService } from './activity/activity.service';
import { CourseParticipant } from './courses/course-participant.entity';
import { CoursesController } from './courses/courses.controller';
import { CoursesService } from './courses/courses.service';
import { MentorCourse } from './courses/mentor-course.entity';
import { EventAttendance } from './events/event-attendance.entity';
import { EventsController } from './events/events.controller';
import { EventsService } from './events/events.service';
import { NetworkEvent } from './events/network-event.entity';
import { Goal } from './goals/goal.entity';
import { GoalsController } from './goals/goals.controller';
import { GoalsService } from './goals/goals.service';
import { ProgressService } from './goals/progress.service';
import { MembershipEvent } from './memberships/membership-event.entity';
import { Membership } from './memberships/membership.entity';
import { MembershipsController } from './memberships/memberships.controller';
import { MembershipsService } from './memberships/memberships.service';
import { CodeOfCareNetwork } from './network/code-of-care-network.entity';
import { NetworkController } from './network/network.controller';
import { NetworkService } from './network/network.service';
import { Pledge } from './pledges/pledge.entity';
import { PledgesController } from './pledges/pledges.controller';
import { PledgesService } from './pledges/pledges.service';

/** Every table of the Code of Care library, for this module and its worker module. */
export const CODE_OF_CARE_ENTITIES = [
  CodeOfCareNetwork,
  Membership,
  MembershipEvent,
  Pledge,
  MentorCourse,
  CourseParticipant,
  NetworkEvent,
  EventAttendance,
  Goal,
  ActivityWarning,
  ActivityRun,
];

/**
 * Code of Care: each jobcentre's network of socially responsible companies, from prospect to member, their
 * activity and pledges, mentor courses and events, and the goal the network grows toward.
 */
@Module({
  imports: [TypeOrmModule.forFeature(CODE_OF_CARE_ENTITIES), NotificationsModule],
  controllers: [
    NetworkController,
    MembershipsController,
    PledgesController,
    ActivityController,
    CoursesController,
    EventsController,
    GoalsController,
  ],
  providers: [
    NetworkService,
    MembershipsService,
    PledgesService,
    ActivitySources,
    ActivityService,
    CoursesService,
    EventsService,
    GoalsService,
    ProgressService,
  ],
  exports: [NetworkService, MembershipsService, ActivityService, GoalsService, ProgressService],
})
export class CodeOfCareModule {}
