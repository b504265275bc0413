import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Company } from '@jobbro/companies';
import { MentorCourse } from './mentor-course.entity';

/** A company's people on a mentor course: how many took part and how many of them finished as mentors. */
@Entity({ name: 'code_of_care_course_participants' })
@Unique('uq_code_of_care_course_participants', ['courseId', 'companyId'])
export class CourseParticipant {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'jobcentre_id', type: 'uuid' })
  jobcentreId: string;

  @Column({ name: 'course_id', type: 'uuid' })
  courseId: string;

  @ManyToOne(() => MentorCourse, (course) => course.participants, { createForeignKeyConstraints: false })
  @JoinColumn({ name: 'course_id' })
  course?: MentorCourse;

  @Column({ name: 'company_id', type: 'uuid' })
  companyId: string;

  @ManyToOne(() => Company, { createForeignKeyConstraints: false })
  @JoinColumn({ name: 'company_id' })
  company?: Company;

  @Column({ type: 'smallint' })
  participants: number;

  @Column({ name: 'mentors_trained', type: 'smallint', default: 0 })
  mentorsTrained: number;
}
