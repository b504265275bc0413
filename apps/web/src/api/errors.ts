import type { Language } from '../i18n/format';

/** An API answer that was not a success, in the common error shape: a message, and for a 400 one entry per field. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** Field path (as the API names it, e.g. "contactPerson.phone") to its messages. */
    readonly fields: Readonly<Record<string, readonly string[]>> = {},
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface ErrorBody {
  message?: unknown;
  errors?: { field?: unknown; messages?: unknown }[];
}

export function toApiError(response: Response | undefined, body: unknown): ApiError {
  if (!response) return new ApiError(0, 'The API could not be reached');
  const { message, errors } = (body ?? {}) as ErrorBody;
  const fields: Record<string, string[]> = {};
  for (const entry of Array.isArray(errors) ? errors : []) {
    if (typeof entry.field !== 'string' || !Array.isArray(entry.messages)) continue;
    fields[entry.field] = [...(fields[entry.field] ?? []), ...entry.messages.map(String)];
  }
  const retryAfter = Number(response.headers.get('Retry-After') ?? '');
  return new ApiError(
    response.status,
    typeof message === 'string' ? message : response.statusText,
    fields,
    Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined,
  );
}

/** The data of a successful openapi-fetch call; an ApiError otherwise (network failures too, as status 0). */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await call;
  } catch {
    throw new ApiError(0, 'The API could not be reached');
  }
  if (!result.response.ok) throw toApiError(result.response, result.error);
  return result.data as T;
}

/**
 * The API words its field messages in English for developers; the people using the web app read Danish. The common
 * shapes are put into Danish here (the field is named by the label next to it, so the message need not); a message
 * not known here is shown as the API wrote it, marked as English for screen readers.
 */
const DANISH_FIELD_MESSAGES: [RegExp, (match: RegExpMatchArray) => string][] = [
  [/should not be empty|is required|must not be blank|must be given/i, () => 'Skal udfyldes.'],
  [/CPR/, () => 'Må ikke indeholde et CPR-nummer. Skriv det aldrig i Jobbro.'],
  [/must be one of(?: the following values)?:? (.+)$/i, () => 'Vælg en af mulighederne.'],
  [/must be (?:shorter than or equal to|at most) (\d+) characters/i, (m) => `Højst ${m[1]} tegn.`],
  [/must be (?:longer than or equal to|at least) (\d+) characters/i, (m) => `Mindst ${m[1]} tegn.`],
  [/must not be greater than (-?[\d.]+)/i, (m) => `Højst ${m[1]}.`],
  [/must not be less than (-?[\d.]+)/i, (m) => `Mindst ${m[1]}.`],
  [/must add up to 100 points, not (\d+)/i, (m) => `Delene skal give 100 point i alt, ikke ${m[1]}.`],
  [/must be a whole number of points/i, () => 'Skal være et helt antal point.'],
  [/there is no jobcentre with the code (\S+)/i, (m) => `Der findes intet jobcenter med koden ${m[1]}.`],
  [/a jobcentre cannot partner itself/i, () => 'Jobcentret kan ikke være sin egen partner.'],
  [/must be an integer/i, () => 'Skal være et helt tal.'],
  [/must be a (?:finite )?number/i, () => 'Skal være et tal.'],
  [/must be a (?:valid )?(?:ISO 8601 )?date/i, () => 'Skal være en gyldig dato.'],
  [/must be a UUID/i, () => 'Vælg en gyldig post.'],
  [/must be an e-?mail/i, () => 'Skal være en gyldig e-mailadresse, fx navn@firma.dk.'],
  [/cvrNumber must.*modulus-11/i, () => 'Ikke et gyldigt CVR-nummer: tjek cifrene (8 cifre med kontrolciffer).'],
  [/cvrNumber must/i, () => 'Et CVR-nummer er 8 cifre.'],
  [/phone must/i, () => 'Skal være et telefonnummer, fx +45 75 12 34 56.'],
  [/postcode must/i, () => 'Skal være et dansk postnummer på 4 cifre.'],
  [/is not a Danish postcode/i, () => 'Der findes ikke et dansk postnummer med det nummer.'],
];

export function fieldMessage(message: string, language: Language): { text: string; lang?: string } {
  if (language === 'en') return { text: message };
  // A business rule's refusal names its rule and says exactly what is wrong: shown as the API wrote it.
  const isRule = /\(rule [\w-]+\)/.test(message);
  for (const [pattern, danish] of isRule ? [] : DANISH_FIELD_MESSAGES) {
    const match = message.match(pattern);
    if (match) return { text: danish(match) };
  }
  return { text: message, lang: 'en' };
}
