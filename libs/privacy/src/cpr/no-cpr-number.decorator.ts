import { ValidateBy, type ValidationOptions } from 'class-validator';
import { containsCprNumber } from './cpr-number';

/** Refuses text that holds a CPR number: none is ever stored. */
export function NoCprNumber(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'noCprNumber',
      validator: {
        validate: (value: unknown) => {
          const texts = Array.isArray(value) ? value : [value];
          return texts.every((text) => typeof text !== 'string' || !containsCprNumber(text));
        },
        defaultMessage: (args) => `${args?.property ?? 'the text'} must not contain a CPR number; Jobbro does not store them`,
      },
    },
    options,
  );
}
