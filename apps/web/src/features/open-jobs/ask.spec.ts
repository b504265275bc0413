import { mailtoLink, telLink } from './ask';

describe('asking the jobcentre about a job', () => {
  it('puts the reference in the e-mail subject, encoded', () => {
    expect(mailtoLink('jobcentret@hedensted.dk', 'Spørgsmål om job nr. 12: Lager & pak')).toBe(
      'mailto:jobcentret@hedensted.dk?subject=Sp%C3%B8rgsm%C3%A5l%20om%20job%20nr.%2012%3A%20Lager%20%26%20pak',
    );
  });

  it('calls a Danish number with +45', () => {
    expect(telLink('79 75 50 00')).toBe('tel:+4579755000');
    expect(telLink('+45 79 75 50 00')).toBe('tel:+4579755000');
  });
});
