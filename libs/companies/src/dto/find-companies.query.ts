import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { PageQueryDto } from '@jobbro/platform';
import { IsCvrNumber } from '../cvr/is-cvr-number.decorator';

export class FindCompaniesQuery extends PageQueryDto {
  @ApiPropertyOptional({
    example: '1015',
    description:
      'What the user typed in one search box: the start of a CVR number (digits, spaces and a "DK" prefix allowed)' +
      ' or part of the name, case-insensitive; a company matching either is found',
  })
  @IsOptional()
  @IsString()
  @Matches(/\S/, { message: 'q must not be blank' })
  @MaxLength(200)
  q?: string;

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
