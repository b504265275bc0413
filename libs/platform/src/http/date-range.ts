/**
 * The dates a filter may name. PostgreSQL's timestamps start in 4713 BC, JavaScript's in 271821 BC: without bounds
 * a date such as "-100000-01-01" passes validation and fails in SQL.
 */
export const EARLIEST_DATE = new Date('1970-01-01T00:00:00Z');
export const LATEST_DATE = new Date('9999-12-31T23:59:59Z');
