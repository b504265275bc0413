import { ApiProperty } from '@nestjs/swagger';
import { LimitPageResponse } from '../common/limit-page';
import { CompanyRef, toCompanyRef } from '../common/refs.response';
import type { MentorCourse } from './mentor-course.entity';

export class CourseParticipantResponse {
  @ApiProperty({ type: CompanyRef })
  company: CompanyRef;

  @ApiProperty({ type: 'integer', example: 2 })
  participants: number;

  @ApiProperty({ type: 'integer', example: 2 })
  mentorsTrained: number;
}

export class CourseResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Mentoruddannelse, forår' })
  title: string;

  @ApiProperty({ type: String, nullable: true })
  provider: string | null;

  @ApiProperty({ example: '2026-03-02' })
  startsOn: string;

  @ApiProperty({ example: '2026-03-27' })
  endsOn: string;

  @ApiProperty({ type: [CourseParticipantResponse], description: 'By company name' })
  participants: CourseParticipantResponse[];

  @ApiProperty({ type: 'integer', description: 'Mentors trained, all companies together' })
  totalMentorsTrained: number;

  @ApiProperty({ type: 'integer', description: 'Grows with every change' })
  version: number;

  /** The course with its participants and their companies loaded. */
  static of(course: MentorCourse): CourseResponse {
    const participants = (course.participants ?? [])
      .map((each) => ({
        company: toCompanyRef(each.company!),
        participants: each.participants,
        mentorsTrained: each.mentorsTrained,
      }))
      .sort((a, b) => a.company.name.localeCompare(b.company.name, 'da') || a.company.id.localeCompare(b.company.id));
    return {
      id: course.id,
      title: course.title,
      provider: course.provider,
      startsOn: course.startsOn,
      endsOn: course.endsOn,
      participants,
      totalMentorsTrained: participants.reduce((sum, each) => sum + each.mentorsTrained, 0),
      version: course.version,
    };
  }
}

export class CoursePageResponse extends LimitPageResponse(CourseResponse, 'CoursePageResponse') {}
