import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ROLES, type Role } from '@jobbro/platform';

/** Who the caller is signed in as. */
export class WhoAmIResponse {
  @ApiProperty({ format: 'uuid', description: 'The staff member, employer user or API key' })
  id: string;

  @ApiProperty({ example: 'Anna Mikkelsen' })
  name: string;

  @ApiProperty({ enum: ROLES })
  role: Role;

  @ApiProperty({ format: 'uuid' })
  jobcentreId: string;

  @ApiProperty({ type: [String], description: 'Employer users: the CVR numbers they act for; empty for everyone else' })
  companyCvrNumbers: readonly string[];
}

export class TokensResponse {
  @ApiProperty({ description: 'Send as "Authorization: Bearer <accessToken>"' })
  accessToken: string;

  @ApiProperty({ enum: ['Bearer'] })
  tokenType: 'Bearer';

  @ApiProperty({ type: 'integer', description: 'Seconds until the access token expires', example: 900 })
  expiresIn: number;

  @ApiPropertyOptional({
    description: 'Works once: POST /auth/refresh gives a new pair. Absent when the session cookie carries it',
  })
  refreshToken?: string;

  @ApiProperty()
  refreshTokenExpiresAt: Date;
}

export class LoginResponse extends TokensResponse {
  @ApiProperty({ type: WhoAmIResponse })
  user: WhoAmIResponse;
}
