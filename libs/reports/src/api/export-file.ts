/** The media type of each exported file. */
export const EXPORT_MEDIA_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
} as const;

const TRANSLITERATED: Record<string, string> = { æ: 'ae', ø: 'oe', å: 'aa', ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/** A name as a plain ASCII file-name part: "Jobcenter Århus" → "jobcenter-aarhus". */
export function fileNamePart(name: string): string {
  return name
    .toLowerCase()
    .replace(/[æøåäöüß]/g, (letter) => TRANSLITERATED[letter])
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The file name of an export: "maaltal-jobcenter-hedensted-2026-10.xlsx" for a month, "…-2025-11-til-2026-10.csv" for
 * twelve months. ASCII only, so every browser and mail client keeps it as it is.
 */
export function exportFileName(jobcentreName: string, months: string | [string, string], extension: string): string {
  const period = typeof months === 'string' ? months : `${months[0]}-til-${months[1]}`;
  return ['maaltal', fileNamePart(jobcentreName), period].filter(Boolean).join('-') + `.${extension}`;
}
