import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiNoContentResponse, ApiTags } from '@nestjs/swagger';
import { Access, STAFF_ROLES, Tenant, type TenantContext } from '@jobbro/platform';
import { CreateDutyPeriodDto, DutyRosterQuery } from './dto/duty-period.dto';
import { DutyRosterService, type DutyPeriodView } from './duty-roster.service';

@ApiTags('duty desk')
@Controller('duty-roster')
export class DutyRosterController {
  constructor(private readonly roster: DutyRosterService) {}

  @Post()
  @Access('lead', 'admin')
  @ApiConflictResponse({ description: 'The consultant is already on duty in an overlapping period' })
  add(@Tenant() tenant: TenantContext, @Body() input: CreateDutyPeriodDto): Promise<DutyPeriodView> {
    return this.roster.add(tenant, input);
  }

  @Get()
  @Access(...STAFF_ROLES)
  list(@Tenant() tenant: TenantContext, @Query() query: DutyRosterQuery): Promise<DutyPeriodView[]> {
    return this.roster.list(tenant, query);
  }

  @Delete(':id')
  @Access('lead', 'admin')
  @HttpCode(204)
  @ApiNoContentResponse()
  remove(@Tenant() tenant: TenantContext, @Param('id', new ParseUUIDPipe()) id: string): Promise<void> {
    return this.roster.remove(tenant, id);
  }
}
