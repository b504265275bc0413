import { safeNext } from './safe-next';

describe('safeNext', () => {
  it('keeps a path of this app, with its query', () => {
    expect(safeNext('/vagtskema')).toBe('/vagtskema');
    expect(safeNext('/kandidater?q=tømrer&page=2')).toBe('/kandidater?q=tømrer&page=2');
  });

  it('goes home for anything that could leave the app', () => {
    for (const next of [null, '', 'vagtskema', '//evil.example', '/\\evil.example', 'https://evil.example', ' /x']) {
      expect(safeNext(next)).toBe('/');
    }
  });
});
