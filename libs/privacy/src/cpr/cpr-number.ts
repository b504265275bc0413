// ddmmyy-xxxx, ddmmyyxxxx or ddmmyy xxxx, not inside a longer number.
const CPR_CANDIDATE = /(?<![\d-])(\d{2})(\d{2})(\d{2})[-\s]?(\d{4})(?![\d-])/g;
// An id, not a person: about one random UUID in 6,000 holds ten digits after a letter that start with a real date.
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/**
 * Whether text holds something that is a CPR number (personnummer): ten digits starting with a real date. Jobbro
 * stores no CPR numbers, and free text is where one would slip in. The modulus-11 check is not used: CPR numbers
 * issued since 2007 need not pass it.
 */
export function containsCprNumber(text: string): boolean {
  for (const [, day, month, year] of text.replace(UUID, ' ').matchAll(CPR_CANDIDATE)) {
    const date = new Date(Date.UTC(2000 + Number(year), Number(month) - 1, Number(day)));
    if (
      Number(month) >= 1 &&
      Number(month) <= 12 &&
      date.getUTCDate() === Number(day) &&
      date.getUTCMonth() === Number(month) - 1
    ) {
      return true;
    }
  }
  return false;
}
