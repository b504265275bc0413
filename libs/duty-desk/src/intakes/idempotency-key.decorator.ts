import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { invalidField } from '@jobbro/platform';
import type { Request } from 'express';

const KEY_PATTERN = /^[A-Za-z0-9_.:-]{8,200}$/;

/** The optional Idempotency-Key header; when given it must be 8–200 safe characters (a UUID fits). */
export const IdempotencyKey = createParamDecorator((_data: unknown, context: ExecutionContext): string | undefined => {
  const value = context.switchToHttp().getRequest<Request>().header('idempotency-key');
  if (value === undefined) return undefined;
  if (!KEY_PATTERN.test(value)) {
    throw invalidField(
      'Idempotency-Key',
      'Idempotency-Key must be 8 to 200 letters, digits or _ . : - (a UUID is ideal)',
    );
  }
  return value;
});
