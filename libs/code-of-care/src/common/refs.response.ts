import { ApiProperty } from '@nestjs/swagger';
import type { Company } from '@jobbro/companies';

/** A company as the Code of Care's answers name it. */
export class CompanyRef {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Tømrerfirmaet Hansen ApS' })
  name: string;

  @ApiProperty({ example: '29189609' })
  cvrNumber: string;
}

/** A staff member as the Code of Care's answers name one. */
export class StaffRef {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Nina Netværk' })
  name: string;
}

export const toCompanyRef = (company: Pick<Company, 'id' | 'name' | 'cvrNumber'>): CompanyRef => ({
  id: company.id,
  name: company.name,
  cvrNumber: company.cvrNumber,
});
