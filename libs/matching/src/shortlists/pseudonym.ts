import { createHmac } from 'node:crypto';

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
/** "K-" and six base32 characters: 30 bits, short enough to read aloud on the phone. */
export const REFERENCE_PATTERN = /^K-[A-Z2-7]{6}$/;

/**
 * The key pseudonyms are made with, derived from the app's secret (so a reference cannot be recomputed from the
 * ids without it) and kept apart from the secret's other uses by its label.
 */
export function pseudonymKey(appSecret: string): Buffer {
  return createHmac('sha256', appSecret).update('jobbro:shortlist-pseudonym:v1').digest();
}

/**
 * A company's pseudonymous reference for a candidate: the same for the same company and candidate on every shortlist,
 * different for every other company, so two companies cannot tell they were sent the same person.
 */
export function pseudonymFor(key: Buffer, companyId: string, candidateId: string): string {
  const digest = createHmac('sha256', key).update(`${companyId}:${candidateId}`).digest();
  // The first 30 bits, five at a time.
  const bits = digest.readUInt32BE(0) >>> 2;
  let reference = '';
  for (let shift = 25; shift >= 0; shift -= 5) reference += BASE32[(bits >>> shift) & 31];
  return `K-${reference}`;
}
