import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEmail,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { IsOptionalButNotNull } from '@jobbro/platform';
import { IsCvrNumber } from '../cvr/is-cvr-number.decorator';
import { SIZE_BANDS, type SizeBand } from '../company.entity';

export class ContactPersonDto {
  @ApiProperty({ example: 'Mette Jensen' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ example: 'HR-chef' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  title?: string;

  @ApiPropertyOptional({ example: 'mette@example.dk' })
  @IsOptional()
  @IsEmail()
  @MaxLength(320)
  email?: string;

  @ApiPropertyOptional({ example: '+45 75 12 34 56' })
  @IsOptional()
  @Matches(/^\+?[0-9 ()-]{8,20}$/, { message: 'phone must be a phone number of 8 to 20 digits, spaces or dashes' })
  phone?: string;
}

export class CreateCompanyDto {
  @ApiProperty({ example: '41275103', description: '8 digits, modulus-11 checked; "DK 4127 5103" is accepted' })
  @IsCvrNumber()
  cvrNumber: string;

  @ApiProperty({ example: 'Tømrerfirmaet Hansen ApS' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ example: 'Åvej 12' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  address?: string;

  @ApiPropertyOptional({ example: '8722' })
  @IsOptional()
  @Matches(/^[0-9]{4}$/, { message: 'postcode must be a 4-digit Danish postcode' })
  postcode?: string;

  @ApiPropertyOptional({ example: 'Hedensted' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  city?: string;

  @ApiPropertyOptional({ example: 'håndværk' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  sector?: string;

  @ApiPropertyOptional({ enum: SIZE_BANDS })
  @IsOptional()
  @IsIn(SIZE_BANDS)
  sizeBand?: SizeBand;

  @ApiPropertyOptional({ type: [ContactPersonDto] })
  @IsOptionalButNotNull()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ContactPersonDto)
  contactPersons?: ContactPersonDto[];
}

// null clears an optional field but never a required one (cvrNumber, name): those still face their validators.
export class UpdateCompanyDto extends PartialType(CreateCompanyDto, { skipNullProperties: false }) {}
