import { createTestApp } from './support/test-app';

/** GET /api/v1/demo: whether this process seeds the demo jobcentre (the sign-in page's hint); public, no secrets. */
describe('GET /api/v1/demo', () => {
  it('says false where no demo jobcentre is seeded (a configured database)', async () => {
    const testApp = await createTestApp();
    try {
      expect((await testApp.http().get('/api/v1/demo').expect(200)).body).toEqual({ demo: false });
    } finally {
      await testApp.close();
    }
  });

  it('says true when the demo jobcentre is seeded, without a login or password', async () => {
    const testApp = await createTestApp({ env: { DEMO_SEED: 'always' } });
    try {
      expect((await testApp.http().get('/api/v1/demo').expect(200)).body).toEqual({ demo: true });
    } finally {
      await testApp.close();
    }
  });
});
