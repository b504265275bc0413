import type { ArgumentMetadata } from '@nestjs/common';
import { walkInput } from './input-walk';
import { secretFieldsOf } from './secret-field.decorator';
import type { FieldError } from './validation';

/** Far deeper than any request Jobbro takes, far shallower than what would hurt class-transformer. */
export const MAX_INPUT_DEPTH = 16;

/** In Unicode mode a surrogate code point can only be an unpaired one: a pair reads as one astral code point. */
const UNPAIRED_SURROGATE = /\p{Cs}/u;

export interface InputInspection {
  /** The input with its body text trimmed; `{}` for a request that sent no body. */
  value: unknown;
  /** Input no field can take: it must not reach class-transformer or the database. */
  refused: FieldError[];
  /** Body text that is empty once trimmed. */
  blank: string[];
}

/**
 * What no field of Jobbro can hold, whatever its DTO says: nesting deeper than MAX_INPUT_DEPTH, NUL characters
 * (PostgreSQL cannot store them), unpaired UTF-16 surrogates (not text), numbers beyond floating point (JSON's 1e400
 * parses to Infinity); and blank body text. Body text is trimmed, so " Mette " is stored as "Mette"; secret fields
 * (@SecretField) are passed on as sent, though a blank one is still refused.
 */
export function inspectInput(input: unknown, metadata: Pick<ArgumentMetadata, 'type' | 'metatype'>): InputInspection {
  const isBody = metadata.type === 'body';
  const value = isBody && input === undefined ? {} : input;
  const refused = new Map<string, string[]>();
  const refuse = (field: string, message: string) => refused.set(field, [...(refused.get(field) ?? []), message]);
  const blank: string[] = [];
  if (
    isBody &&
    isDtoClass(metadata.metatype) &&
    (value === null || typeof value !== 'object' || Array.isArray(value))
  ) {
    return { value, refused: [{ field: 'body', messages: ['The request body must be a JSON object'] }], blank };
  }
  const secrets = isBody ? secretFieldsOf(metadata.metatype) : new Set<string>();
  for (const node of walkInput(value, MAX_INPUT_DEPTH)) {
    const field = node.path || metadata.type;
    if (node.depth >= MAX_INPUT_DEPTH && node.value !== null && typeof node.value === 'object') {
      refuse(field, `${field} nests deeper than ${MAX_INPUT_DEPTH} levels; no field of this API is that deep`);
    } else if (typeof node.value === 'number' && !Number.isFinite(node.value)) {
      refuse(field, `${field} must be a finite number`);
    } else if (typeof node.value === 'string') {
      const text = node.value;
      if (text.includes('\u0000')) refuse(field, `${field} must not contain NUL characters (\\u0000)`);
      if (UNPAIRED_SURROGATE.test(text))
        refuse(field, `${field} must be valid Unicode text; it holds an unpaired surrogate`);
      if (isBody && node.parent) {
        const trimmed = text.trim();
        if (trimmed === '') blank.push(field);
        const secret = node.depth === 1 && secrets.has(String(node.key));
        if (!secret) (node.parent as Record<string | number, unknown>)[node.key!] = trimmed;
      }
    }
  }
  return { value, refused: [...refused].map(([field, messages]) => ({ field, messages })), blank };
}

function isDtoClass(metatype: unknown): boolean {
  return typeof metatype === 'function' && ![String, Number, Boolean, Array, Object].includes(metatype as never);
}
