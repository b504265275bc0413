import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { In } from 'typeorm';
import { invalidFields, TenantData, type FieldError, type TenantContext, type TenantScope } from '@jobbro/platform';
import { checkCompanies } from '../common/company-check';
import { checkRange } from '../common/date-range';
import type { DateRangePageQuery } from '../common/date-range.query';
import { limitPageOf, staleVersion, type LimitPage } from '../common/limit-page';
import { CourseParticipant } from './course-participant.entity';
import { CourseResponse } from './course.response';
import type { CourseDto, ReplaceCourseDto } from './dto/course.dto';
import { MentorCourse } from './mentor-course.entity';

const notFound = (id: string) => `No mentor course with id ${id} in your jobcentre`;

/** The mentor courses the jobcentre runs for the network's companies, with who took part and who became a mentor. */
@Injectable()
export class CoursesService {
  constructor(private readonly data: TenantData) {}

  /** Courses that share a day with the period asked for, latest start first. */
  async list(tenant: TenantContext, query: DateRangePageQuery): Promise<LimitPage<CourseResponse>> {
    checkRange(query);
    const scope = this.data.for(tenant);
    const builder = scope.select(MentorCourse, 'course');
    if (query.from) builder.andWhere('course.ends_on >= :from', { from: query.from });
    if (query.to) builder.andWhere('course.starts_on <= :to', { to: query.to });
    const [courses, total] = await builder
      .orderBy('course.starts_on', 'DESC')
      .addOrderBy('course.id', 'ASC')
      .skip(query.offset)
      .take(query.limit)
      .getManyAndCount();
    return limitPageOf((await this.withParticipants(scope, courses)).map(CourseResponse.of), total, query);
  }

  async get(tenant: TenantContext, id: string): Promise<CourseResponse> {
    return this.read(this.data.for(tenant), id);
  }

  async create(tenant: TenantContext, input: CourseDto): Promise<CourseResponse> {
    const scope = this.data.for(tenant);
    const id = await scope.transaction(async (tx) => {
      await checked(tx, input);
      const course = await tx.save(MentorCourse, tx.create(MentorCourse, courseFields(input)));
      await tx.insert(CourseParticipant, participantRows(course.id, input));
      return course.id;
    });
    return this.read(scope, id);
  }

  /** The whole course anew, participants included. */
  async replace(tenant: TenantContext, id: string, input: ReplaceCourseDto): Promise<CourseResponse> {
    const scope = this.data.for(tenant);
    await scope.transaction(async (tx) => {
      const course = await tx
        .select(MentorCourse, 'course')
        .andWhere('course.id = :id', { id })
        .setLock('pessimistic_write')
        .getOne();
      if (!course) throw new NotFoundException(notFound(id));
      await checked(tx, input);
      if (input.version !== course.version)
        throw new ConflictException(staleVersion('course', input.version, course.version));
      await tx.update(MentorCourse, { id }, courseFields(input));
      await tx.delete(CourseParticipant, { courseId: id });
      await tx.insert(CourseParticipant, participantRows(id, input));
    });
    return this.read(scope, id);
  }

  async remove(tenant: TenantContext, id: string): Promise<void> {
    if ((await this.data.for(tenant).delete(MentorCourse, { id })) === 0) throw new NotFoundException(notFound(id));
  }

  private async read(scope: TenantScope, id: string): Promise<CourseResponse> {
    const course = await scope.getOne(MentorCourse, { where: { id } }, notFound(id));
    return CourseResponse.of((await this.withParticipants(scope, [course]))[0]);
  }

  private async withParticipants(scope: TenantScope, courses: MentorCourse[]): Promise<MentorCourse[]> {
    if (courses.length === 0) return courses;
    const participants = await scope.find(CourseParticipant, {
      where: { courseId: In(courses.map((course) => course.id)) },
      relations: { company: true },
    });
    for (const course of courses) course.participants = participants.filter((each) => each.courseId === course.id);
    return courses;
  }
}

/** The course's dates in order, its companies the jobcentre's and each named once, no more mentors than people. */
async function checked(scope: TenantScope, input: CourseDto): Promise<void> {
  const errors: FieldError[] = [];
  if (input.endsOn < input.startsOn)
    errors.push({ field: 'endsOn', messages: ['endsOn must be on or after startsOn'] });
  await checkCompanies(
    scope,
    input.participants.map((each, index) => ({ field: `participants.${index}.companyId`, companyId: each.companyId })),
    errors,
  );
  input.participants.forEach((each, index) => {
    if (each.mentorsTrained > each.participants)
      errors.push({
        field: `participants.${index}.mentorsTrained`,
        messages: [`participants.${index}.mentorsTrained must be at most participants (${each.participants})`],
      });
  });
  if (errors.length > 0) throw invalidFields(errors);
}

const courseFields = (input: CourseDto) => ({
  title: input.title,
  provider: input.provider ?? null,
  startsOn: input.startsOn,
  endsOn: input.endsOn,
});

const participantRows = (courseId: string, input: CourseDto) =>
  input.participants.map((each) => ({
    courseId,
    companyId: each.companyId,
    participants: each.participants,
    mentorsTrained: each.mentorsTrained,
  }));
