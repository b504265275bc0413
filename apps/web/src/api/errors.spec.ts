import { ApiError, fieldMessage, toApiError, unwrap } from './errors';

const response = (status: number, headers: Record<string, string> = {}) => new Response(null, { status, headers });

describe('toApiError', () => {
  it('gathers the messages of each field of a 400', () => {
    const error = toApiError(response(400), {
      message: 'The request has invalid fields',
      errors: [
        { field: 'contactPerson.phone', messages: ['contactPerson.phone must be a phone number'] },
        { field: 'description', messages: ['description should not be empty'] },
        { field: 'description', messages: ['description must be a string'] },
        { field: 42, messages: ['ignored: no field name'] },
      ],
    });
    expect(error.status).toBe(400);
    expect(error.fields).toEqual({
      'contactPerson.phone': ['contactPerson.phone must be a phone number'],
      description: ['description should not be empty', 'description must be a string'],
    });
  });

  it('reads Retry-After, and copes with a body that is not the common shape', () => {
    const error = toApiError(response(429, { 'Retry-After': '30' }), 'not json');
    expect(error.retryAfterSeconds).toBe(30);
    expect(error.fields).toEqual({});
  });
});

describe('unwrap', () => {
  it('gives the data of a success and throws an ApiError otherwise, a lost connection as status 0', async () => {
    await expect(unwrap(Promise.resolve({ data: { id: 1 }, response: response(200) }))).resolves.toEqual({ id: 1 });
    await expect(unwrap(Promise.resolve({ error: { message: 'gone' }, response: response(404) }))).rejects.toEqual(
      new ApiError(404, 'gone'),
    );
    const offline = await unwrap(Promise.reject(new TypeError('Failed to fetch'))).catch((error: ApiError) => error);
    expect(offline).toBeInstanceOf(ApiError);
    expect((offline as ApiError).status).toBe(0);
  });
});

describe('fieldMessage', () => {
  it('puts the common refusals into Danish', () => {
    expect(fieldMessage('description should not be empty', 'da')).toEqual({ text: 'Skal udfyldes.' });
    expect(fieldMessage('email must be an e-mail address', 'da').text).toMatch(/gyldig e-mailadresse/);
    expect(fieldMessage('name must be shorter than or equal to 200 characters', 'da').text).toBe('Højst 200 tegn.');
    expect(fieldMessage('company.cvrNumber must be 8 digits', 'da').text).toBe('Et CVR-nummer er 8 cifre.');
    expect(fieldMessage('cvrNumber must be an 8-digit CVR number that passes the modulus-11 check', 'da').text).toMatch(
      /^Ikke et gyldigt CVR-nummer/,
    );
    expect(fieldMessage('postcode 0000 is not a Danish postcode', 'da')).toEqual({
      text: 'Der findes ikke et dansk postnummer med det nummer.',
    });
  });

  it('keeps a business rule, or a message it does not know, as the API wrote it, marked as English', () => {
    const rule = 'hoursPerWeek must be at most 15 for a småjob (rule småjob-hours)';
    expect(fieldMessage(rule, 'da')).toEqual({ text: rule, lang: 'en' });
    expect(fieldMessage('something new', 'da')).toEqual({ text: 'something new', lang: 'en' });
  });

  it('leaves English as it is', () => {
    expect(fieldMessage('description should not be empty', 'en')).toEqual({ text: 'description should not be empty' });
  });
});
