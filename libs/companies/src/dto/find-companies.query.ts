import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { PageQueryDto } from '@jobbro/platform';
import { IsCvrNumber } from '../cvr/is-cvr-number.decorator';

export class FindCompaniesQuery extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Exact CVR number' })
  @IsOptional()
  @IsCvrNumber()
  cvrNumber?: string;

  @ApiPropertyOptional({ description: 'Part of the name, case-insensitive' })
  @IsOptional()
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  name?: string;
}
