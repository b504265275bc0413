import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsEmail,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { IsOptionalButNotNull, PageQueryDto } from '@jobbro/platform';

export class CreateCandidateDto {
  @ApiProperty({ example: 'Sofie Hansen' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ example: 'sofie@example.dk' })
  @IsOptional()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(320)
  email?: string;

  @ApiPropertyOptional({ example: '+45 20 30 40 50' })
  @IsOptional()
  @Matches(/^\+?[0-9 ()-]{8,20}$/, { message: 'phone must be a phone number of 8 to 20 digits, spaces or dashes' })
  phone?: string;

  @ApiPropertyOptional({ example: '8722' })
  @IsOptional()
  @Matches(/^[0-9]{4}$/, { message: 'postcode must be a 4-digit Danish postcode' })
  postcode?: string;

  @ApiPropertyOptional({ example: ['truckcertifikat', 'lager'] })
  @IsOptionalButNotNull()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  skills?: string[];

  @ApiPropertyOptional({ example: ['lager og logistik'] })
  @IsOptionalButNotNull()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  desiredSectors?: string[];

  @ApiPropertyOptional({ minimum: 1, maximum: 60 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(60)
  hoursPerWeek?: number;

  @ApiProperty({
    minimum: 1,
    maximum: 5,
    description: 'Beskæftigelsestrappen: 1 far from the labour market, 5 ready for ordinary work',
  })
  @IsInt()
  @Min(1)
  @Max(5)
  ladderStep: number;

  @ApiPropertyOptional({ description: 'Free text for the jobcentre only; never shown to employers' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  notes?: string;
}

export class UpdateCandidateDto extends PartialType(CreateCandidateDto, { skipNullProperties: false }) {}

export class CandidateConsentDto {
  @ApiProperty({ description: 'The company, registered in your jobcentre, the candidate agrees to be identified to' })
  @IsUUID('all', { message: 'companyId must be the id of a company registered in your jobcentre' })
  companyId: string;
}

export class FindCandidatesQuery extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Part of the name' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;
}
