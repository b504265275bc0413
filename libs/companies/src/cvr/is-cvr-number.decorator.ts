import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { ValidateBy, ValidationOptions } from 'class-validator';
import { isValidCvrNumber, normalizeCvrNumber } from './cvr-number';

/** Accepts "DK 2918 9609" as 29189609 and rejects anything that fails the modulus-11 check. */
export function IsCvrNumber(options?: ValidationOptions): PropertyDecorator {
  return applyDecorators(
    Transform(({ value }) => (typeof value === 'string' ? normalizeCvrNumber(value) : value)),
    ValidateBy(
      {
        name: 'isCvrNumber',
        validator: {
          validate: (value: unknown) => typeof value === 'string' && isValidCvrNumber(value),
          defaultMessage: () => '$property must be an 8-digit CVR number that passes the modulus-11 check',
        },
      },
      options,
    ),
  );
}
