/** The CVR modulus-11 weights, one per digit of the 8-digit number. */
const CVR_WEIGHTS = [2, 7, 6, 5, 4, 3, 2, 1] as const;

/** True when `value` is an 8-digit CVR number whose weighted digit sum is divisible by 11. */
export function isValidCvrNumber(value: string): boolean {
  if (!/^[0-9]{8}$/.test(value)) {
    return false;
  }
  const sum = CVR_WEIGHTS.reduce((total, weight, index) => total + weight * Number(value[index]), 0);
  return sum % 11 === 0;
}

/** Removes the spaces and the "DK" prefix people type around a CVR number ("DK 1234 5678"). */
export function normalizeCvrNumber(value: string): string {
  return value.replace(/^\s*DK/i, '').replace(/[\s-]/g, '');
}
