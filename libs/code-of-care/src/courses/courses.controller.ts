import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { Access, STAFF_ROLES, Tenant, type TenantContext } from '@jobbro/platform';
import { DateRangePageQuery } from '../common/date-range.query';
import { NETWORK_MAINTAINERS } from '../network/network.controller';
import { CoursePageResponse, CourseResponse } from './course.response';
import { CoursesService } from './courses.service';
import { CourseDto, ReplaceCourseDto } from './dto/course.dto';

@ApiTags('code of care')
@Controller('code-of-care/courses')
export class CoursesController {
  constructor(private readonly courses: CoursesService) {}

  @Get()
  @Access(...STAFF_ROLES)
  @ApiOkResponse({ type: CoursePageResponse, description: 'Courses sharing a day with from–to, latest start first' })
  list(@Tenant() tenant: TenantContext, @Query() query: DateRangePageQuery): Promise<CoursePageResponse> {
    return this.courses.list(tenant, query);
  }

  @Get(':id')
  @Access(...STAFF_ROLES)
  @ApiOkResponse({ type: CourseResponse })
  @ApiNotFoundResponse()
  get(@Tenant() tenant: TenantContext, @Param('id', new ParseUUIDPipe()) id: string): Promise<CourseResponse> {
    return this.courses.get(tenant, id);
  }

  @Post()
  @Access(...NETWORK_MAINTAINERS)
  @ApiCreatedResponse({ type: CourseResponse })
  create(@Tenant() tenant: TenantContext, @Body() input: CourseDto): Promise<CourseResponse> {
    return this.courses.create(tenant, input);
  }

  @Put(':id')
  @Access(...NETWORK_MAINTAINERS)
  @ApiOkResponse({ type: CourseResponse, description: 'The course as it is now' })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'The course changed since `version`' })
  replace(
    @Tenant() tenant: TenantContext,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() input: ReplaceCourseDto,
  ): Promise<CourseResponse> {
    return this.courses.replace(tenant, id, input);
  }

  @Delete(':id')
  @Access(...NETWORK_MAINTAINERS)
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The course and its participants are gone' })
  @ApiNotFoundResponse()
  remove(@Tenant() tenant: TenantContext, @Param('id', new ParseUUIDPipe()) id: string): Promise<void> {
    return this.courses.remove(tenant, id);
  }
}
