import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageResponse } from '@jobbro/platform';
import { SIZE_BANDS, type SizeBand } from './company.entity';

export class ContactPersonResponse {
  @ApiProperty({ example: 'Mette Jensen' })
  name: string;

  @ApiPropertyOptional({ example: 'HR-chef' })
  title?: string;

  @ApiPropertyOptional({ example: 'mette@example.dk' })
  email?: string;

  @ApiPropertyOptional({ example: '+45 75 12 34 56' })
  phone?: string;
}

/** A company as the caller's jobcentre has it registered. */
export class CompanyResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid', description: 'The jobcentre whose record this is' })
  jobcentreId: string;

  @ApiProperty({ example: '29189609', description: '8 digits, modulus-11 checked' })
  cvrNumber: string;

  @ApiProperty({ example: 'Tømrerfirmaet Hansen ApS' })
  name: string;

  @ApiProperty({ nullable: true, type: String, example: 'Åvej 12' })
  address: string | null;

  @ApiProperty({ nullable: true, type: String, example: '8722' })
  postcode: string | null;

  @ApiProperty({ nullable: true, type: String, example: 'Hedensted' })
  city: string | null;

  @ApiProperty({ nullable: true, type: String, example: 'håndværk' })
  sector: string | null;

  @ApiProperty({ enum: SIZE_BANDS, nullable: true })
  sizeBand: SizeBand | null;

  @ApiProperty({ type: [ContactPersonResponse] })
  contactPersons: ContactPersonResponse[];

  @ApiProperty()
  createdAt: Date;

  @ApiProperty()
  updatedAt: Date;

  @ApiProperty({ type: 'integer', description: 'Grows with every change' })
  version: number;
}

export class CompanyPageResponse extends PageResponse(CompanyResponse, 'CompanyPageResponse') {}
