/** The age bands the representation report counts by; the voksenlærling line (25) and 30 (the shortage push) split. */
export const AGE_BANDS = ['under 25', '25–29', '30–39', '40–49', '50–59', '60+', 'ukendt'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export function ageBand(age: number | null): AgeBand {
  if (age === null) return 'ukendt';
  if (age < 25) return 'under 25';
  if (age < 30) return '25–29';
  if (age < 40) return '30–39';
  if (age < 50) return '40–49';
  if (age < 60) return '50–59';
  return '60+';
}
