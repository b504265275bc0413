/**
 * Whether an error means a backing service (PostgreSQL, Redis) cannot be reached or is shutting down, rather than
 * that the request itself was wrong: a client should then retry later (503), and a batch should not be split to
 * find a culprit, since every item would fail alike.
 */
export function isServiceUnavailable(error: unknown): boolean {
  for (const each of causes(error)) {
    const code = (each as { code?: unknown }).code;
    if (typeof code === 'string' && (UNAVAILABLE_CODES.has(code) || /^08[0-9A-Z]{3}$/.test(code))) return true;
    const message = (each as { message?: unknown }).message;
    if (typeof message === 'string' && UNAVAILABLE_MESSAGES.test(message)) return true;
    if ((each as { name?: unknown }).name === 'MaxRetriesPerRequestError') return true;
  }
  return false;
}

/** SQLSTATE class 22 (data exception), NOT NULL and CHECK violations: a value the database refuses to store. */
export function isRefusedValue(error: unknown): boolean {
  return causes(error).some((each) => {
    const code = (each as { code?: unknown }).code;
    return (
      typeof code === 'string' &&
      /^[0-9A-Z]{5}$/.test(code) &&
      (code.startsWith('22') || code === '23502' || code === '23514')
    );
  });
}

const UNAVAILABLE_CODES = new Set([
  // PostgreSQL: admin_shutdown, crash_shutdown, cannot_connect_now, too_many_connections (class 08 is checked apart)
  '57P01',
  '57P02',
  '57P03',
  '53300',
  // Sockets
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

const UNAVAILABLE_MESSAGES = new RegExp(
  [
    'Connection terminated',
    'timeout exceeded when trying to connect',
    'Client has encountered a connection error',
    'Connection is closed',
    'enableOfflineQueue',
    'connect ENOENT .*\\.s\\.PGSQL',
  ].join('|'),
);

/** The error with its driver error and causes, as TypeORM and BullMQ wrap them. */
function causes(error: unknown): object[] {
  const found: object[] = [];
  let current: unknown = error;
  while (current && typeof current === 'object' && !found.includes(current) && found.length < 8) {
    found.push(current);
    const driverError = (current as { driverError?: unknown }).driverError;
    if (driverError && typeof driverError === 'object') found.push(driverError);
    // A connection to a name with several addresses fails with an AggregateError of one error per address.
    const errors = (current as { errors?: unknown }).errors;
    if (Array.isArray(errors))
      found.push(...errors.filter((each): each is object => Boolean(each) && typeof each === 'object'));
    current = (current as { cause?: unknown }).cause;
  }
  return found;
}
