import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { SecretField } from '@jobbro/platform';

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
}

export class RefreshDto {
  @ApiProperty({
    format: 'password',
    description: 'The refresh token from the login or the last refresh; each works once',
  })
  @SecretField()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  refreshToken: string;
}
