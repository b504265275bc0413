import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestApp, type TestApp } from './support/test-app';

interface Operation {
  parameters?: { name: string; in: string; schema?: { type?: string } }[];
  requestBody?: object;
  security?: object[];
  responses: Record<string, { content?: Record<string, { schema?: object }> }>;
}

/**
 * The API contract: the committed openapi.json is what the code serves (regenerate it with `npm run openapi`), and
 * every operation declares what it answers, errors included, in the common shapes.
 */
describe('The OpenAPI document (openapi.json, /docs-json)', () => {
  let testApp: TestApp;
  let served: { paths: Record<string, Record<string, Operation>> };

  beforeAll(async () => {
    testApp = await createTestApp();
    served = (await testApp.http().get('/docs-json').expect(200)).body;
  });
  afterAll(() => testApp.close());

  const operations = () =>
    Object.entries(served.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({ name: `${method.toUpperCase()} ${path}`, operation })),
    );

  it('is committed exactly as the code generates it (run `npm run openapi` after changing the API)', () => {
    const committed = JSON.parse(readFileSync(join(__dirname, '..', 'openapi.json'), 'utf8'));
    expect(served).toEqual(committed);
  });

  it("has the web app's API types generated from the committed document (apps/web/src/api/schema.d.ts)", () => {
    const script = join(__dirname, '..', 'scripts/openapi-types.mjs');
    expect(execFileSync(process.execPath, [script, '--check'], { encoding: 'utf8' })).toContain('matches openapi.json');
    // The check can fail: against a changed document, the committed types are out of date.
    const changed = JSON.parse(readFileSync(join(__dirname, '..', 'openapi.json'), 'utf8'));
    changed.components.schemas.WhoAmIResponse.properties.nickname = { type: 'string' };
    const file = join(tmpdir(), `jobbro-openapi-${process.pid}.json`);
    writeFileSync(file, JSON.stringify(changed));
    const stale = spawnSync(process.execPath, [script, '--check', file], { encoding: 'utf8' });
    expect(stale.status).toBe(1);
    expect(stale.stderr).toContain('out of date');
  });

  it('declares a success response with its schema for every operation (204 without a body)', () => {
    const undeclared = operations().filter(({ operation }) => {
      const success = Object.entries(operation.responses).filter(([status]) => status.startsWith('2'));
      return (
        success.length === 0 ||
        success.some(
          // JSON for every answer but a download (a CSV export), which declares its own media type's schema.
          ([status, response]) =>
            status !== '204' && !Object.values(response.content ?? {}).some((media) => media.schema),
        )
      );
    });
    expect(undeclared.map(({ name }) => name)).toEqual([]);
    expect(operations().length).toBeGreaterThanOrEqual(37);
  });

  it('declares the errors each operation can answer, each with a schema', () => {
    const missing: string[] = [];
    for (const { name, operation } of operations()) {
      const expected = ['503'];
      if (operation.requestBody) expected.push('400');
      if (['POST', 'PUT', 'PATCH'].includes(name.split(' ')[0])) expected.push('415');
      if (operation.parameters?.some((parameter) => parameter.in === 'path')) expected.push('400', '404');
      if ((operation.security?.length ?? 0) > 0) expected.push('401', '403');
      for (const status of expected) if (!operation.responses[status]) missing.push(`${name} ${status}`);
      for (const [status, response] of Object.entries(operation.responses)) {
        if (Number(status) >= 400 && !response.content?.['application/json']?.schema)
          missing.push(`${name} ${status} has no schema`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('types every query parameter, and page and pageSize as integers', () => {
    const query = operations().flatMap(({ name, operation }) =>
      (operation.parameters ?? [])
        .filter((parameter) => parameter.in === 'query')
        .map((parameter) => ({ name, parameter })),
    );
    expect(
      query
        .filter(({ parameter }) => !parameter.schema?.type)
        .map(({ name, parameter }) => `${name} ?${parameter.name}`),
    ).toEqual([]);
    const paging = query.filter(({ parameter }) => ['page', 'pageSize'].includes(parameter.name));
    expect(paging.length).toBeGreaterThanOrEqual(12);
    expect(paging.every(({ parameter }) => parameter.schema?.type === 'integer')).toBe(true);
  });
});
