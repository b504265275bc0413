/** A mailto: link to the jobcentre with the job's reference in the subject, so the answer can find the job. */
export function mailtoLink(email: string, subject: string): string {
  return `mailto:${encodeURIComponent(email).replace(/%40/g, '@')}?subject=${encodeURIComponent(subject)}`;
}

/** A tel: link from a phone number as people write it ("79 75 50 00"); Danish numbers get +45. */
export function telLink(phone: string): string {
  const digits = phone.replace(/[^\d+]/g, '');
  return `tel:${digits.startsWith('+') || digits.length !== 8 ? digits : `+45${digits}`}`;
}
