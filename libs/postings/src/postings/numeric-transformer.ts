import type { ValueTransformer } from 'typeorm';

/** numeric columns come back from PostgreSQL as text; hours a week are small decimals, safe as JS numbers. */
export const NUMERIC: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
