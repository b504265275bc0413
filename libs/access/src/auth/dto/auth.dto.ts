import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsOptionalButNotNull, SecretField } from '@jobbro/platform';

export const REFRESH_TOKEN_CARRIERS = ['body', 'cookie'] as const;
export type RefreshTokenCarrier = (typeof REFRESH_TOKEN_CARRIERS)[number];

export class LoginDto {
  @ApiProperty({ example: 'anna.mikkelsen@hedensted.dk' })
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(320)
  email: string;

  @ApiProperty({ format: 'password' })
  @SecretField()
  @IsString()
  @IsNotEmpty()
  @MaxLength(1024)
  password: string;

  @ApiPropertyOptional({
    enum: REFRESH_TOKEN_CARRIERS,
    default: 'body',
    description:
      'Where the refresh token goes: in the response body (API clients), or in an httpOnly, Secure, SameSite=Strict ' +
      'cookie scoped to /api/v1/auth that no script can read (the web app)',
  })
  @IsOptional()
  @IsIn(REFRESH_TOKEN_CARRIERS, { message: `refreshTokenIn must be one of: ${REFRESH_TOKEN_CARRIERS.join(', ')}` })
  refreshTokenIn?: RefreshTokenCarrier;
}

export class RefreshDto {
  @ApiPropertyOptional({
    format: 'password',
    description:
      'The refresh token from the login or the last refresh; each works once. Leave it out when the session ' +
      'cookie carries it (a login with refreshTokenIn "cookie")',
  })
  @SecretField()
  @IsOptionalButNotNull()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  refreshToken?: string;
}
