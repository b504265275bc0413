import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsEmail,
  IsIn,
  IsNotEmpty,
  IsNotEmptyObject,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IsCvrNumber } from '@jobbro/companies';
import { INTAKE_CHANNELS, INTAKE_KINDS, type IntakeChannel, type IntakeKind } from '../intake.entity';

export class NewCompanyDto {
  @ApiProperty({ example: '10150817', description: 'A company already registered is reused, by CVR' })
  @IsCvrNumber()
  cvrNumber: string;

  @ApiProperty({ example: 'Juelsminde Byg & Anlæg ApS' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;
}

export class IntakeContactPersonDto {
  @ApiProperty({ example: 'Mette Jensen' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ example: '+45 75 12 34 56' })
  @ValidateIf((contact: IntakeContactPersonDto) => contact.phone !== undefined || contact.email === undefined)
  @Matches(/^\+?[0-9 ()-]{8,20}$/, {
    message: 'phone must be a phone number of 8 to 20 digits (a phone or an e-mail is needed to call back)',
  })
  phone?: string;

  @ApiPropertyOptional({ example: 'mette@example.dk' })
  @IsOptional()
  @IsEmail()
  @MaxLength(320)
  email?: string;
}

export class CreateIntakeDto {
  @ApiPropertyOptional({ description: 'A company already registered in your jobcentre; or give `company` instead' })
  @ValidateIf((intake: CreateIntakeDto) => intake.company === undefined)
  @IsUUID('all', {
    message: 'companyId must be the id of a registered company, or give company { cvrNumber, name } instead',
  })
  companyId?: string;

  @ApiPropertyOptional({ type: NewCompanyDto, description: 'Identifies the company by CVR; registered if new' })
  @ValidateIf((intake: CreateIntakeDto) => intake.companyId === undefined || intake.company !== undefined)
  @IsObject()
  @IsNotEmptyObject()
  @ValidateNested()
  @Type(() => NewCompanyDto)
  company?: NewCompanyDto;

  @ApiProperty({ type: IntakeContactPersonDto })
  @IsObject()
  @ValidateNested()
  @Type(() => IntakeContactPersonDto)
  contactPerson: IntakeContactPersonDto;

  @ApiProperty({ enum: INTAKE_KINDS })
  @IsIn(INTAKE_KINDS)
  kind: IntakeKind;

  @ApiProperty({ example: 'Søger to lagermedarbejdere, 15 timer om ugen' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  description: string;

  @ApiProperty({ enum: INTAKE_CHANNELS })
  @IsIn(INTAKE_CHANNELS)
  channel: IntakeChannel;
}
