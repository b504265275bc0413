import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { PageQueryDto, QueryBoolean, STAFF_ROLES, type StaffRole } from '@jobbro/platform';

export class FindStaffQuery extends PageQueryDto {
  @ApiPropertyOptional({ enum: STAFF_ROLES, description: 'Only staff with this role' })
  @IsOptional()
  @IsIn(STAFF_ROLES)
  role?: StaffRole;

  @ApiPropertyOptional({ type: 'boolean', description: 'true: only active staff (default); false: only former staff' })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean({ message: 'active must be true or false' })
  active?: boolean = true;
}
