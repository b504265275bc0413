import { ApiProperty } from '@nestjs/swagger';

export class RejectedRowResponse {
  @ApiProperty({ type: 'integer', example: 7, description: 'The line of the file (the header is line 1)' })
  line: number;

  @ApiProperty({ example: 'birthDate', description: 'The field (column) that is wrong; "row" for the whole row' })
  field: string;

  @ApiProperty({ example: 'birthDate must make the candidate 15 to 80 years old today; it makes them 14' })
  message: string;
}

/** What an import did: good rows were written, bad rows were not and are listed with why. */
export class ImportReportResponse {
  @ApiProperty({ type: 'integer', description: 'Rows read, the header not counted' })
  rows: number;

  @ApiProperty({ type: 'integer', description: 'New records' })
  imported: number;

  @ApiProperty({ type: 'integer', description: 'Records that existed (same CVR / external id) and changed' })
  updated: number;

  @ApiProperty({ type: 'integer', description: 'Records that existed and were already as the row says' })
  unchanged: number;

  @ApiProperty({ type: 'integer', description: 'Rows not imported' })
  rejectedRows: number;

  @ApiProperty({ type: [RejectedRowResponse], description: 'Why, per field, for the first 1,000 problems' })
  rejected: RejectedRowResponse[];
}
