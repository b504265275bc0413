import { BadRequestException, ValidationError, ValidationPipe, type ArgumentMetadata } from '@nestjs/common';
import { ValidateIf, type ValidationOptions } from 'class-validator';
import { inspectInput } from './input-sanity';

export interface FieldError {
  field: string;
  messages: string[];
}

const INVALID_FIELDS = 'The request has invalid fields';

/** The 400 every invalid request gets: one entry per field, each with what is wrong with it. */
export function invalidFields(errors: FieldError[]): BadRequestException {
  return new BadRequestException({ message: INVALID_FIELDS, errors });
}

export const invalidField = (field: string, message: string): BadRequestException =>
  invalidFields([{ field, messages: [message] }]);

/** Flattens class-validator's nested errors into one entry per field path, e.g. "contactPersons.0.email". */
export function toFieldErrors(errors: ValidationError[], parentPath = ''): FieldError[] {
  return errors.flatMap((error) => {
    const path = parentPath ? `${parentPath}.${error.property}` : error.property;
    const own = error.constraints ? [{ field: path, messages: Object.values(error.constraints) }] : [];
    return [...own, ...toFieldErrors(error.children ?? [], path)];
  });
}

/**
 * A field that may be left out but, when sent, must be valid: unlike @IsOptional, null is not let through, for
 * fields that cannot be empty in the database (arrays, required columns).
 */
export const IsOptionalButNotNull = (options?: ValidationOptions): PropertyDecorator =>
  ValidateIf((_object, value) => value !== undefined, options);

/**
 * The one validation pipe every app uses. Input no field can hold (see inspectInput) is refused before
 * class-transformer sees it; then the DTO's rules apply: unknown fields are rejected, payloads become DTO instances.
 * Blank text is reported with the other field errors of the same request.
 */
class JobbroValidationPipe extends ValidationPipe {
  override async transform(input: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type !== 'body' && metadata.type !== 'query') return super.transform(input, metadata);
    const { value, refused, blank } = inspectInput(input, metadata);
    if (refused.length > 0) throw invalidFields(refused);
    const blankErrors = blank.map((field) => ({ field, messages: [`${field} must not be blank`] }));
    let transformed: unknown;
    try {
      transformed = await super.transform(value, metadata);
    } catch (error) {
      const errors = (error as BadRequestException).getResponse?.() as { errors?: FieldError[] } | undefined;
      if (blankErrors.length === 0 || !Array.isArray(errors?.errors)) throw error;
      // A blank field's own rules ("should not be empty") say the same thing less clearly.
      throw invalidFields([...blankErrors, ...errors.errors.filter((each) => !blank.includes(each.field))]);
    }
    if (blankErrors.length > 0) throw invalidFields(blankErrors);
    return transformed;
  }
}

export function createValidationPipe(): ValidationPipe {
  return new JobbroValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => invalidFields(toFieldErrors(errors)),
  });
}
