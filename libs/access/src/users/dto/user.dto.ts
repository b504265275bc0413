import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  ValidateIf,
} from 'class-validator';
import { IsCvrNumber } from '@jobbro/companies';
import { IsOptionalButNotNull, PageQueryDto, QueryBoolean, STAFF_ROLES } from '@jobbro/platform';

/** The roles a user can have: a staff role, or employer (acting for companies by CVR number). */
export const USER_ROLES = [...STAFF_ROLES, 'employer'] as const;
export type UserRole = (typeof USER_ROLES)[number];

const ROLE_MESSAGE = `role must be one of ${USER_ROLES.join(', ')}`;
const lowerCase = () => Transform(({ value }) => (typeof value === 'string' ? value.toLowerCase() : value));

export class CreateUserDto {
  @ApiProperty({ example: 'Sara Sørensen' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiProperty({ example: 'sara.sorensen@hedensted.dk', description: 'The sign-in; stored in lower case' })
  @lowerCase()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(320)
  email: string;

  @ApiProperty({ enum: USER_ROLES })
  @IsIn(USER_ROLES, { message: ROLE_MESSAGE })
  role: UserRole;

  @ApiPropertyOptional({
    type: [String],
    example: ['10150817'],
    description: 'Employer users only (and required for them): the companies of your jobcentre they act for',
  })
  @ValidateIf((user: CreateUserDto) => user.role === 'employer' || user.companyCvrNumbers !== undefined)
  @IsArray({ message: 'companyCvrNumbers is required for an employer user: the CVR numbers it acts for' })
  @ArrayMinSize(1, { message: 'companyCvrNumbers must name at least one company' })
  @ArrayMaxSize(50)
  @ArrayUnique({ message: 'companyCvrNumbers must not name a company twice' })
  @IsCvrNumber({ each: true })
  companyCvrNumbers?: string[];
}

export class UpdateUserDto {
  @ApiPropertyOptional({ example: 'Sara Sørensen' })
  @IsOptionalButNotNull()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({
    enum: STAFF_ROLES,
    description: 'Staff users only: an employer user stays an employer user (create a staff user instead)',
  })
  @IsOptionalButNotNull()
  @IsIn(USER_ROLES, { message: ROLE_MESSAGE })
  role?: UserRole;

  @ApiPropertyOptional({ type: [String], example: ['10150817'], description: 'Employer users only' })
  @IsOptionalButNotNull()
  @IsArray()
  @ArrayMinSize(1, { message: 'companyCvrNumbers must name at least one company' })
  @ArrayMaxSize(50)
  @ArrayUnique({ message: 'companyCvrNumbers must not name a company twice' })
  @IsCvrNumber({ each: true })
  companyCvrNumbers?: string[];
}

export class FindUsersQuery extends PageQueryDto {
  @ApiPropertyOptional({ enum: USER_ROLES, description: 'Only users with this role' })
  @IsOptional()
  @IsIn(USER_ROLES, { message: ROLE_MESSAGE })
  role?: UserRole;

  @ApiPropertyOptional({
    type: 'boolean',
    description: 'true: only active users; false: only deactivated; default both',
  })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean({ message: 'active must be true or false' })
  active?: boolean;

  @ApiPropertyOptional({ description: 'Part of the name or the e-mail' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  q?: string;
}
