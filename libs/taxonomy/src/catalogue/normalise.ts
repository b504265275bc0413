// Danish letters that do not decompose into a base letter and an accent, spelled the way Danes type them
// without a Danish keyboard; and their Swedish and German twins (ä, ö), which Danes meet on foreign keyboards and
// in Nordic spellings ("Rengöring").
const DANISH_LETTERS: Record<string, string> = { æ: 'ae', ø: 'oe', å: 'aa', ä: 'ae', ö: 'oe' };

/**
 * The form labels and queries are compared in: lower case, accents dropped, æ/ø/å (and ä/ö) as ae/oe/aa,
 * anything that is not a letter or digit a single space. "Gaffeltruckfører" and "gaffeltruckforer" differ (ø is oe,
 * not o); the one-edit typo tolerance of the search covers that.
 */
export function normaliseTerm(text: string): string {
  return text
    .toLowerCase()
    .replace(/[æøåäö]/g, (letter) => DANISH_LETTERS[letter])
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
