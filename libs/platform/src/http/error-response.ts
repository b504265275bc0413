import { ApiProperty } from '@nestjs/swagger';

/** Every error answer: the status, its name and what went wrong, in words a client can show. */
export class ErrorResponse {
  @ApiProperty({ type: 'integer', example: 404 })
  statusCode: number;

  @ApiProperty({ example: 'Not Found' })
  error: string;

  @ApiProperty({ example: 'No intake with id 0b0f6f2c-8a4e-4c44-9f5e-2f2b9c7d1a11' })
  message: string;
}

export class FieldErrorResponse {
  @ApiProperty({ description: 'The field, as a dotted path into the request', example: 'contactPerson.phone' })
  field: string;

  @ApiProperty({ type: [String], example: ['phone must be a phone number of 8 to 20 digits, spaces or dashes'] })
  messages: string[];
}

/** A 400: the request was refused before anything was changed, with what is wrong with each field. */
export class ValidationErrorResponse extends ErrorResponse {
  @ApiProperty({ example: 400 })
  declare statusCode: number;

  @ApiProperty({ example: 'Bad Request' })
  declare error: string;

  @ApiProperty({ example: 'The request has invalid fields' })
  declare message: string;

  @ApiProperty({ type: [FieldErrorResponse], required: false })
  errors?: FieldErrorResponse[];
}
