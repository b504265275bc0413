import { plainToInstance, type ClassConstructor } from 'class-transformer';
import { validateSync } from 'class-validator';
import { invalidFields, toFieldErrors, type FieldError } from '@jobbro/platform';
import { containsCprNumber } from '@jobbro/privacy';

/** An empty cell is a field left out. */
export const cell = (values: Record<string, string>, column: string): string | undefined =>
  values[column] === undefined || values[column] === '' ? undefined : values[column];

/** A whole number, or the text as written so the DTO's validation names the field. */
export const integerCell = (values: Record<string, string>, column: string): number | string | undefined => {
  const text = cell(values, column);
  return text !== undefined && /^-?[0-9]{1,9}$/.test(text) ? Number(text) : text;
};

const TRUE = new Set(['true', 'ja', 'yes', '1']);
const FALSE = new Set(['false', 'nej', 'no', '0']);

export const booleanCell = (values: Record<string, string>, column: string): boolean | string | undefined => {
  const text = cell(values, column);
  if (text === undefined) return undefined;
  const lower = text.toLowerCase();
  return TRUE.has(lower) ? true : FALSE.has(lower) ? false : text;
};

/** A list in one cell, its items separated by "|". */
export const listCell = (values: Record<string, string>, column: string): string[] | undefined =>
  cell(values, column)
    ?.split('|')
    .map((item) => item.trim())
    .filter((item) => item !== '');

/**
 * The row as the API's DTO, validated exactly as a request body is: the DTO's rules with unknown fields refused,
 * no CPR number in any text, no NUL characters. Throws the API's 400.
 */
export async function toDto<T extends object>(dto: ClassConstructor<T>, input: Record<string, unknown>): Promise<T> {
  const errors: FieldError[] = [];
  for (const [field, value] of Object.entries(input)) {
    for (const text of textsOf(value)) {
      if (text.includes('\u0000')) errors.push({ field, messages: [`${field} must not contain NUL characters`] });
      else if (containsCprNumber(text))
        errors.push({ field, messages: [`${field} must not contain a CPR number; Jobbro does not store them`] });
    }
  }
  const instance = plainToInstance(dto, input);
  // The same rules as the API's pipe, checked synchronously: no DTO has an asynchronous rule, and a promise per
  // constraint per row is most of the checking's cost on a large file.
  const invalid = validateSync(instance, {
    whitelist: true,
    forbidNonWhitelisted: true,
    validationError: { target: false, value: false },
  });
  errors.push(...toFieldErrors(invalid));
  if (errors.length > 0) throw invalidFields(errors);
  return instance;
}

function textsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(textsOf);
  if (value && typeof value === 'object') return Object.values(value).flatMap(textsOf);
  return [];
}

/** One value per set of columns: a file's statements are built once, at its first batch. */
export function memoised<R>(make: (present: ReadonlySet<string>) => R): (present: ReadonlySet<string>) => R {
  const made = new Map<string, R>();
  return (present) => {
    const key = [...present].sort().join(',');
    if (!made.has(key)) made.set(key, make(present));
    return made.get(key)!;
  };
}
