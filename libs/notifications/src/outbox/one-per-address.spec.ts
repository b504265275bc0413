import { onePerAddress } from './one-per-address';

describe('onePerAddress', () => {
  it('keeps the user when a bare address is the same e-mail, whatever its case and blanks', () => {
    expect(
      onePerAddress([
        { recipient: { email: ' Kirsten@Kantine.dk ', name: 'Kirsten' }, email: ' Kirsten@Kantine.dk ' },
        { recipient: { userId: 'u-1' }, email: 'kirsten@kantine.dk' },
      ]),
    ).toEqual([{ userId: 'u-1' }]);
  });

  it('keeps different addresses, in their order', () => {
    expect(
      onePerAddress([
        { recipient: { email: 'lise@bjerre.dk', name: 'Lise' }, email: 'lise@bjerre.dk' },
        { recipient: { userId: 'u-1' }, email: 'ole@bjerre.dk' },
      ]),
    ).toEqual([{ email: 'lise@bjerre.dk', name: 'Lise' }, { userId: 'u-1' }]);
  });

  it('keeps the first of two of the same kind, and every recipient without a known address', () => {
    expect(
      onePerAddress([
        { recipient: { staffMemberId: 's-1' }, email: null },
        { recipient: { email: 'a@b.dk', name: 'A' }, email: 'a@b.dk' },
        { recipient: { email: 'A@B.DK', name: 'A again' }, email: 'A@B.DK' },
        { recipient: { userId: 'u-1' }, email: 'x@y.dk' },
        { recipient: { userId: 'u-2' }, email: 'X@y.dk' },
        { recipient: { userId: 'u-3' }, email: null },
      ]),
    ).toEqual([{ staffMemberId: 's-1' }, { email: 'a@b.dk', name: 'A' }, { userId: 'u-1' }, { userId: 'u-3' }]);
  });
});
