import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional } from 'class-validator';
import { QueryBoolean } from '@jobbro/platform';
import { LimitOffsetQuery } from '../common/limit-page';

export class FindWarningsQuery extends LimitOffsetQuery {
  @ApiPropertyOptional({
    type: Boolean,
    description: 'true: only warnings not yet acknowledged; false: only acknowledged ones; left out: all',
  })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean({ message: 'open must be true or false' })
  open?: boolean;
}
