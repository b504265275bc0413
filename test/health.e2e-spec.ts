import { TimerSweepProcessor } from '@jobbro/duty-desk/sla/timer-sweep.processor';
import { createTestApp, type TestApp } from './support/test-app';

describe('GET /health and the OpenAPI document', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp();
  });
  afterAll(() => testApp.close());

  it('reports the database, the PostgreSQL queue backend and the last timer sweep, without a jobcentre', async () => {
    const response = await testApp.http().get('/health').expect(200);
    expect(response.body).toEqual({
      status: 'ok',
      database: { status: 'up' },
      queue: { backend: 'postgres', status: 'up' },
      timers: {
        status: 'up',
        lastSweepAt: expect.any(String),
        openIntakes: 0,
        intakesWithoutTimers: 0,
        timersRecreated: 0,
      },
    });
    expect(Date.now() - Date.parse(response.body.timers.lastSweepAt)).toBeLessThan(60_000);
  });

  it('says "degraded", still 200, when no worker has swept the timers for several intervals', async () => {
    // No worker sweeps any more, and the last sweep was an hour ago.
    await testApp.app.get(TimerSweepProcessor).worker.close();
    await testApp.dataSource.query(`UPDATE duty_desk_timer_sweeps SET swept_at = now() - interval '1 hour'`);
    const response = await testApp.http().get('/health').expect(200);
    expect(response.body).toMatchObject({ status: 'degraded', database: { status: 'up' }, timers: { status: 'down' } });
    expect(response.body.timers.error).toMatch(/No worker has swept the duty-desk timers for over \d+ s/);
  });

  it('serves the OpenAPI document listing the duty-desk endpoints', async () => {
    const response = await testApp.http().get('/docs-json').expect(200);
    expect(Object.keys(response.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/companies',
        '/api/v1/intakes',
        '/api/v1/intakes/{id}/contact-attempts',
        '/api/v1/duty-roster',
        '/api/v1/duty-desk/settings',
      ]),
    );
  });

  it('answers an unknown route with a 404 in the common error shape', async () => {
    const response = await testApp.http().get('/api/v1/nothing-here').expect(404);
    expect(response.body).toMatchObject({ statusCode: 404, error: 'Not Found' });
  });
});
