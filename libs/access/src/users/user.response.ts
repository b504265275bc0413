import { ApiProperty } from '@nestjs/swagger';
import { PageResponse } from '@jobbro/platform';
import { USER_ROLES, type UserRole } from './dto/user.dto';

/** Someone who signs in, as the jobcentre's admins manage them. */
export class UserResponse {
  @ApiProperty({ format: 'uuid', description: 'The user account' })
  id: string;

  @ApiProperty({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'Staff: their staff member, the id the roster and the audit log (actorId) know them by',
  })
  staffMemberId: string | null;

  @ApiProperty({ example: 'Sara Sørensen' })
  name: string;

  @ApiProperty({ example: 'sara.sorensen@hedensted.dk' })
  email: string;

  @ApiProperty({ enum: USER_ROLES })
  role: UserRole;

  @ApiProperty({ type: [String], description: 'Employer users: the companies they act for; empty for staff' })
  companyCvrNumbers: string[];

  @ApiProperty({ description: 'false: cannot sign in (deactivated)' })
  active: boolean;

  @ApiProperty()
  createdAt: Date;

  @ApiProperty({ nullable: true, type: Date, description: 'When they last signed in; null if never' })
  lastSignInAt: Date | null;
}

export class UserPageResponse extends PageResponse(UserResponse, 'UserPageResponse') {}

export class CreatedUserResponse extends UserResponse {
  @ApiProperty({
    description:
      'The one-time initial password: shown this once, stored only as a hash; give it to the user to sign in with',
    example: 'q7fk-m2xp-9tha-w3rn',
  })
  initialPassword: string;
}
