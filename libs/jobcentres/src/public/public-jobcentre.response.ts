import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches } from 'class-validator';
import type { Jobcentre } from '../jobcentre.entity';

/** A jobcentre's code in a public path: lower-case letters, digits and dashes (e.g. hedensted). */
export class JobcentreCodeParams {
  @ApiProperty({ example: 'hedensted' })
  @IsString()
  @Matches(/^[a-z0-9][a-z0-9-]{0,49}$/, {
    message: 'code must be a jobcentre code: lower-case letters, digits and dashes (e.g. hedensted)',
  })
  code: string;
}

/** Where jobseekers ask the jobcentre: its public contact, never a person's. */
export class JobcentreContactResponse {
  @ApiProperty({ type: String, nullable: true, example: '79 75 50 00' })
  phone: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'jobcentret@hedensted.dk' })
  email: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'Niels Espes Vej 8, 8722 Hedensted' })
  address: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'Telefonen er åben mandag–torsdag kl. 9–15' })
  openingHours: string | null;
}

/** A jobcentre as the public open-jobs pages show it. */
export class PublicJobcentreResponse {
  @ApiProperty({ example: 'hedensted' })
  code: string;

  @ApiProperty({ example: 'Jobcenter Hedensted' })
  name: string;

  @ApiProperty({ type: JobcentreContactResponse })
  contact: JobcentreContactResponse;

  static of(jobcentre: Jobcentre): PublicJobcentreResponse {
    return {
      code: jobcentre.code,
      name: jobcentre.name,
      contact: {
        phone: jobcentre.publicPhone,
        email: jobcentre.publicEmail,
        address: jobcentre.publicAddress,
        openingHours: jobcentre.publicOpeningHours,
      },
    };
  }
}
