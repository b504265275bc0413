import { hashPassword, verifyPassword } from './password-hash';

const FAST = { N: 1024, r: 8, p: 1 };

describe('password hashes', () => {
  it('verify the password they were made from, and no other', async () => {
    const stored = await hashPassword('korrekt hest batteri hæfteklamme', FAST);
    expect(stored).toMatch(/^scrypt\$1024\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(await verifyPassword('korrekt hest batteri hæfteklamme', stored)).toBe(true);
    expect(await verifyPassword('korrekt hest batteri hæfteklamm', stored)).toBe(false);
  });

  it('salt every hash, so equal passwords do not look equal', async () => {
    expect(await hashPassword('same', FAST)).not.toBe(await hashPassword('same', FAST));
  });

  it('treat unicode forms of one password alike, and refuse what is not a hash', async () => {
    const stored = await hashPassword('Nørgaard\u00e9', FAST);
    expect(await verifyPassword('Nørgaarde\u0301', stored)).toBe(true);
    expect(await verifyPassword('x', 'plaintext')).toBe(false);
  });

  it('default to a cost of at least 2^15', async () => {
    expect(await hashPassword('x')).toMatch(/^scrypt\$32768\$8\$1\$/);
  });
});
