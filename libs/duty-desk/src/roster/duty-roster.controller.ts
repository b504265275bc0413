import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { Access, STAFF_ROLES, Tenant, type TenantContext } from '@jobbro/platform';
import { CreateDutyPeriodDto, DutyRosterQuery, UpdateDutyPeriodDto } from './dto/duty-period.dto';
import { DutyPeriodResponse } from './duty-period.response';
import { DutyRosterService } from './duty-roster.service';

@ApiTags('duty desk')
@Controller('duty-roster')
export class DutyRosterController {
  constructor(private readonly roster: DutyRosterService) {}

  @Post()
  @Access('lead', 'admin')
  @ApiCreatedResponse({ type: DutyPeriodResponse, description: 'The consultant is on the duty roster for the period' })
  @ApiConflictResponse({ description: 'The consultant is already on duty in an overlapping period' })
  add(@Tenant() tenant: TenantContext, @Body() input: CreateDutyPeriodDto): Promise<DutyPeriodResponse> {
    return this.roster.add(tenant, input);
  }

  @Get()
  @Access(...STAFF_ROLES)
  @ApiOkResponse({ type: [DutyPeriodResponse], description: 'Duty periods overlapping the window, earliest first' })
  list(@Tenant() tenant: TenantContext, @Query() query: DutyRosterQuery): Promise<DutyPeriodResponse[]> {
    return this.roster.list(tenant, query);
  }

  @Patch(':id')
  @Access('lead', 'admin')
  @ApiOkResponse({ type: DutyPeriodResponse, description: 'The period as changed' })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'The consultant is already on duty in an overlapping period' })
  update(
    @Tenant() tenant: TenantContext,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() input: UpdateDutyPeriodDto,
  ): Promise<DutyPeriodResponse> {
    return this.roster.update(tenant, id, input);
  }

  @Delete(':id')
  @Access('lead', 'admin')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The period is off the roster' })
  remove(@Tenant() tenant: TenantContext, @Param('id', new ParseUUIDPipe()) id: string): Promise<void> {
    return this.roster.remove(tenant, id);
  }
}
