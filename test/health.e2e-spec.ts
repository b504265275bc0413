import { createTestApp, type TestApp } from './support/test-app';

describe('GET /health and the OpenAPI document', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp();
  });
  afterAll(() => testApp.close());

  it('reports the database and the PostgreSQL queue backend up, without a jobcentre', async () => {
    const response = await testApp.http().get('/health').expect(200);
    expect(response.body).toEqual({ status: 'ok', database: { status: 'up' }, queue: { backend: 'postgres', status: 'up' } });
  });

  it('serves the OpenAPI document listing the duty-desk endpoints', async () => {
    const response = await testApp.http().get('/docs-json').expect(200);
    expect(Object.keys(response.body.paths)).toEqual(expect.arrayContaining([
      '/api/v1/companies', '/api/v1/intakes', '/api/v1/intakes/{id}/contact-attempts', '/api/v1/duty-roster', '/api/v1/duty-desk/settings',
    ]));
  });

  it('answers an unknown route with a 404 in the common error shape', async () => {
    const response = await testApp.http().get('/api/v1/nothing-here').expect(404);
    expect(response.body).toMatchObject({ statusCode: 404, error: 'Not Found' });
  });
});
