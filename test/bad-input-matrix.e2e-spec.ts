import type { Role } from '@jobbro/platform';
import {
  ENDPOINTS,
  liveRoutes,
  PUBLIC,
  seedEndpointWorld,
  WORLD_SEED_TIMEOUT,
  type Endpoint,
  type EndpointWorld,
} from './support/endpoints';
import { contractChecker } from './support/contract';
import { signIn } from './support/fixtures';
import { queryDatabase } from './support/test-app';

/**
 * Every class of bad input against every route the application serves, generated from the live route table and the
 * OpenAPI document: a route added later is covered without anyone writing a case for it. Every answer must be a 4xx
 * in the common error shape, never a 5xx or a leaked internal; field-level classes must name the field; and nothing
 * that was already stored may change.
 */

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

interface Schema {
  type?: string;
  format?: string;
  minimum?: number;
  $ref?: string;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  allOf?: Schema[];
  enum?: unknown[];
}

interface Operation {
  parameters?: { name: string; in: 'query' | 'path' | 'header'; schema?: Schema }[];
  requestBody?: { content: Record<string, { schema: Schema }> };
}

interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

interface Case {
  name: string;
  /** Raw body text with its Content-Type, or a value sent as JSON. */
  send?: { raw: string; type?: string } | { json: unknown };
  path?: string;
  query?: string;
  expect: 'field' | 415 | '4xx';
  /** For 'field': the field the error must name (the name itself, or a path inside it). */
  field?: string;
}

const NESTED_5000 = `{"x":${'{"x":'.repeat(5000)}1${'}'.repeat(5000)}}`;
/** Class names, stack frames, SQL and library names: what an error answer must never show. */
const LEAKS = new RegExp(
  [
    '\\b[A-Z][A-Za-z]*(Error|Exception)\\b',
    '\\bat .+\\.(js|ts):\\d',
    '\\b(SELECT|INSERT INTO|DELETE FROM)\\b',
    'UPDATE \\w+ SET',
    'violates',
    'relation "',
    'column "',
    '\\btypeorm\\b',
    'class-transformer',
    'node_modules/',
  ].join('|'),
);

/** The request body's schema of an operation, with $refs resolved. */
function resolve(document: OpenApiDocument, schema: Schema | undefined, depth = 0): Schema | undefined {
  if (!schema || depth > 8) return schema;
  if (schema.$ref) return resolve(document, document.components.schemas[schema.$ref.split('/').pop()!], depth + 1);
  if (schema.allOf?.length === 1) return resolve(document, schema.allOf[0], depth + 1);
  return schema;
}

/** Every field of a body schema, nested objects included, as dotted paths with their schemas. */
function fieldsOf(
  document: OpenApiDocument,
  schema: Schema | undefined,
  prefix = '',
  depth = 0,
): { path: string; schema: Schema; required: boolean }[] {
  const resolved = resolve(document, schema);
  if (!resolved?.properties || depth > 3) return [];
  return Object.entries(resolved.properties).flatMap(([name, property]) => {
    const path = prefix ? `${prefix}.${name}` : name;
    const field = resolve(document, property)!;
    const own = { path, schema: field, required: resolved.required?.includes(name) ?? false };
    return [own, ...(field.type === 'object' || field.properties ? fieldsOf(document, field, path, depth + 1) : [])];
  });
}

function setPath(body: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const copy = structuredClone(body);
  const keys = path.split('.');
  let target: Record<string, unknown> = copy;
  for (const key of keys.slice(0, -1)) {
    if (target[key] === null || typeof target[key] !== 'object') target[key] = {};
    target = target[key] as Record<string, unknown>;
  }
  target[keys[keys.length - 1]] = value;
  return copy;
}

/** A value of the wrong JSON type for the schema. */
function wrongTypeFor(schema: Schema): unknown {
  switch (schema.type) {
    case 'string':
      return 12345;
    case 'number':
    case 'integer':
      return 'tolv';
    case 'boolean':
      return 'ja';
    case 'array':
      return 'ikke en liste';
    default:
      return 'ikke et objekt';
  }
}

function bodyCases(document: OpenApiDocument, operation: Operation, validBody: Record<string, unknown>): Case[] {
  const json = (value: unknown) => ({ raw: JSON.stringify(value), type: 'application/json' });
  const cases: Case[] = [
    { name: 'malformed JSON', send: { raw: '{"name": "Mette', type: 'application/json' }, expect: '4xx' },
    { name: 'text/plain', send: { raw: JSON.stringify(validBody), type: 'text/plain' }, expect: 415 },
    { name: 'XML', send: { raw: '<intake><kind>småjob</kind></intake>', type: 'application/xml' }, expect: 415 },
    {
      name: 'a form',
      send: { raw: 'name=Mette&kind=sm%C3%A5job', type: 'application/x-www-form-urlencoded' },
      expect: 415,
    },
    {
      name: 'multipart',
      send: {
        raw: '--b\r\nContent-Disposition: form-data; name="name"\r\n\r\nMette\r\n--b--',
        type: 'multipart/form-data; boundary=b',
      },
      expect: 415,
    },
    { name: 'no Content-Type', send: { raw: JSON.stringify(validBody) }, expect: 415 },
    {
      name: 'JSON nested 5,000 deep',
      send: { raw: NESTED_5000, type: 'application/json' },
      expect: 'field',
      field: 'x',
    },
    { name: 'an array for the body', send: json([validBody]), expect: 'field', field: 'body' },
    { name: 'an unknown field', send: json({ ...validBody, isAdmin: true }), expect: 'field', field: 'isAdmin' },
    {
      name: 'a Latin-1 charset',
      send: { raw: JSON.stringify(validBody), type: 'application/json; charset=latin1' },
      expect: '4xx',
    },
  ];
  const fields = fieldsOf(document, operation.requestBody?.content['application/json']?.schema);
  for (const { path, schema, required } of fields) {
    const spoil = (name: string, value: unknown, expect: Case['expect'] = 'field'): Case => ({
      name: `${path}: ${name}`,
      send: json(setPath(validBody, path, value)),
      expect,
      field: path,
    });
    const rawSpoil = (name: string, rawValue: string): Case => ({
      name: `${path}: ${name}`,
      send: {
        raw: JSON.stringify(setPath(validBody, path, '__RAW__')).replace('"__RAW__"', rawValue),
        type: 'application/json',
      },
      expect: 'field',
      field: path,
    });
    cases.push(
      spoil('wrong type', wrongTypeFor(schema)),
      spoil('NUL byte', 'Mette\u0000Jensen'),
      rawSpoil('lone surrogate', '"x\\ud800y"'),
      rawSpoil('1e400 (Infinity)', '1e400'),
      spoil('1e308', 1e308),
      // As text: JSON.stringify itself overflows the stack on such a value.
      rawSpoil('nested 5,000 deep', `${'['.repeat(5000)}${']'.repeat(5000)}`),
    );
    if (schema.type === 'string' && !schema.enum) {
      cases.push(spoil('only spaces', '   '), spoil('100,000 characters', 'x'.repeat(100_000), '4xx'));
      // Secrets are hashed, never stored as text, so a password may hold any digits.
      if (schema.format !== 'password') cases.push(spoil('a CPR number', 'Ring til 010190-1234'));
    }
    if (schema.type === 'array')
      cases.push(
        spoil('null', null),
        spoil(
          'an array of 10,000 items',
          Array.from({ length: 10_000 }, () => 'x'),
          '4xx',
        ),
      );
    if (required) cases.push(spoil('null', null));
  }
  return cases;
}

/**
 * A route that takes a CSV file: anything but text/csv is refused with 415, and a file that cannot be imported at all
 * (empty, a header without a required column or with an unknown one) with a 400 naming what is wrong.
 */
function csvCases(validCsv: string): Case[] {
  const [header, ...rows] = validCsv.split('\n');
  const delimiter = header.includes(';') ? ';' : ',';
  const [firstColumn, ...otherColumns] = header.split(delimiter);
  const withoutFirst = [
    otherColumns.join(delimiter),
    ...rows.map((row) => row.split(delimiter).slice(1).join(delimiter)),
  ];
  return [
    { name: 'JSON', send: { raw: JSON.stringify({ name: 'Mette' }), type: 'application/json' }, expect: 415 },
    { name: 'text/plain', send: { raw: validCsv, type: 'text/plain' }, expect: 415 },
    { name: 'no Content-Type', send: { raw: validCsv }, expect: 415 },
    { name: 'an empty file', send: { raw: '', type: 'text/csv' }, expect: 'field', field: 'file' },
    { name: 'only a byte order mark', send: { raw: '\uFEFF\n', type: 'text/csv' }, expect: 'field', field: 'file' },
    {
      name: `a header without ${firstColumn}`,
      send: { raw: withoutFirst.join('\n'), type: 'text/csv' },
      expect: 'field',
      field: firstColumn,
    },
    {
      name: 'an unknown column',
      send: { raw: `${header}${delimiter}isAdmin\n`, type: 'text/csv' },
      expect: 'field',
      field: 'isAdmin',
    },
    { name: 'a header of 100,000 characters', send: { raw: 'x'.repeat(100_000), type: 'text/csv' }, expect: '4xx' },
  ];
}

/** A route that takes no body still refuses one that is not JSON, rather than ignore it. */
const noBodyCases = (): Case[] => [
  { name: 'a text/plain body', send: { raw: 'hej', type: 'text/plain' }, expect: 415 },
];

function queryCases(operation: Operation): Case[] {
  const query = (operation.parameters ?? []).filter((parameter) => parameter.in === 'query');
  const cases: Case[] = [];
  for (const parameter of query) {
    const type = parameter.schema?.type;
    const bad = (name: string, value: string): Case => ({
      name: `?${parameter.name}: ${name}`,
      query: `${parameter.name}=${value}`,
      expect: 'field',
      field: parameter.name,
    });
    cases.push(bad('NUL byte', 'a%00b'), bad('repeated', 'a&' + `${parameter.name}=b`));
    if (type === 'integer' || type === 'number') {
      cases.push(
        bad('1e308', '1e308'),
        bad('2^63', '9223372036854775808'),
        bad('-1', '-1'),
        // 0 is bad wherever the document does not name it as the least value (an offset starts at 0).
        ...(parameter.schema?.minimum === 0 ? [] : [bad('0', '0')]),
        bad('1.5', '1.5'),
        bad('Infinity', 'Infinity'),
        bad('a word', 'mange'),
        bad('10^15', '1000000000000000'),
      );
    } else if (parameter.schema?.format === 'date-time' || /^(from|to)$/.test(parameter.name)) {
      cases.push(bad('not a date', 'i-går'), bad('year -100000', '-100000-01-01T00:00:00Z'));
    } else {
      cases.push({
        name: `?${parameter.name}: 5,000 characters`,
        query: `${parameter.name}=${'x'.repeat(5_000)}`,
        expect: '4xx',
      });
    }
  }
  return cases;
}

function pathCases(route: string, path: string): Case[] {
  const ids = [...path.matchAll(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g)].map(
    (match) => match[0],
  );
  if (!route.includes(':') || ids.length === 0) return [];
  const id = ids[ids.length - 1];
  const at = (value: string) => path.replace(id, value);
  return [
    { name: 'an id that is not a UUID', path: at('ikke-et-id'), expect: '4xx' },
    { name: 'an id with a NUL byte', path: at(`${id.slice(0, 8)}%00`), expect: '4xx' },
    { name: 'an id of 300 characters', path: at('a'.repeat(300)), expect: '4xx' },
    { name: 'an id of 2^63', path: at('9223372036854775808'), expect: '4xx' },
  ];
}

const roleFor = (endpoint: Endpoint): Role | null => (endpoint.allow === PUBLIC ? null : endpoint.allow[0]);

describe('Bad input matrix: every route × every class of bad input', () => {
  let world: EndpointWorld;
  let document: OpenApiDocument;
  let checkContract: ReturnType<typeof contractChecker>;
  const totals = { routes: 0, requests: 0 };
  /** Each route's path to a real record, made before the snapshot (some routes make a record to delete). */
  const basePaths = new Map<string, string>();

  const snapshot = () =>
    queryDatabase(
      world.testApp.databaseUrl,
      `SELECT
       (SELECT md5(string_agg(c::text, '|' ORDER BY c.id)) FROM companies c) AS companies,
       (SELECT md5(string_agg(i::text, '|' ORDER BY i.id)) FROM intakes i) AS intakes,
       (SELECT count(*) FROM intake_events) AS intake_events,
       (SELECT md5(string_agg(c::text, '|' ORDER BY c.id)) FROM candidates c) AS candidates,
       (SELECT md5(string_agg(p::text, '|' ORDER BY p.id)) FROM duty_periods p) AS duty_periods,
       (SELECT md5(string_agg(s::text, '|' ORDER BY s.jobcentre_id)) FROM duty_desk_settings s) AS settings,
       (SELECT count(*) FROM api_keys) AS api_keys,
       (SELECT count(*) FROM candidate_consents) AS consents,
       (SELECT md5(string_agg(p::text, '|' ORDER BY p.id)) FROM postings p) AS postings,
       (SELECT md5(string_agg(p::text, '|' ORDER BY p.id)) FROM placements p) AS placements,
       (SELECT md5(string_agg(s::text, '|' ORDER BY s.jobcentre_id)) FROM posting_settings s) AS posting_settings,
       (SELECT md5(string_agg(s::text, '|' ORDER BY s.candidate_id, s.skill_uri)) FROM candidate_skills s) AS skills,
       (SELECT count(*) FROM candidate_ladder_steps) AS ladder_steps,
       (SELECT count(*) FROM candidate_consultant_changes) AS consultant_changes`,
    );
  let before: Record<string, unknown>[];

  beforeAll(async () => {
    world = await seedEndpointWorld();
    document = (await world.testApp.http().get('/docs-json').expect(200)).body;
    checkContract = contractChecker(document as never);
    for (const [route, endpoint] of Object.entries(ENDPOINTS)) {
      basePaths.set(route, await endpoint.path(world.fixture, { testApp: world.testApp, a: world.a, b: world.b }));
    }
    before = await snapshot();
  }, WORLD_SEED_TIMEOUT);
  afterAll(() => world.testApp.close());

  it('covers every route the application serves', () => {
    expect(liveRoutes(world.testApp).filter((route) => !(route in ENDPOINTS))).toEqual([]);
  });

  describe.each(Object.entries(ENDPOINTS))('%s', (route, endpoint) => {
    it('answers every class of bad input with a 4xx naming what is wrong, never a 5xx', async () => {
      const { testApp, fixture, a, b } = world;
      const [methodName, routePath] = route.split(' ');
      const method = methodName.toLowerCase() as Method;
      const operation = document.paths[routePath.replace(/:(\w+)/g, '{$1}')]?.[method];
      expect(operation).toBeDefined();
      const role = roleFor(endpoint);
      let headers =
        role === null
          ? {}
          : role === 'employer'
            ? world.headers.get('employer of the company')!
            : world.headers.get(role)!;
      // A call that could end the session (a logout) must not sign out the callers of the other routes.
      if (endpoint.freshSession && role) headers = (await signIn(testApp, world.emails.get(role)!)).headers;
      const validBody = endpoint.validBody?.(fixture, { testApp, a, b }) as Record<string, unknown> | undefined;
      const basePath = basePaths.get(route)!;
      const takesBody = ['post', 'put', 'patch'].includes(method);
      if (takesBody && operation!.requestBody && !endpoint.csv) expect(validBody).toBeDefined();

      const cases = [
        ...(endpoint.csv
          ? csvCases(endpoint.csv.valid(fixture))
          : validBody
            ? bodyCases(document, operation!, validBody)
            : takesBody
              ? noBodyCases()
              : []),
        ...queryCases(operation!),
        ...pathCases(route, basePath),
      ];
      const failures: string[] = [];
      for (const each of cases) {
        const path = each.path ?? basePath;
        let call = testApp
          .http()
          [method](each.query ? `${path}${path.includes('?') ? '&' : '?'}${each.query}` : path)
          .set(headers);
        if (each.send && 'raw' in each.send) {
          if (each.send.type) call = call.set('Content-Type', each.send.type);
          call = call.send(each.send.raw);
        }
        const response = await call;
        totals.requests++;
        const text = JSON.stringify(response.body ?? response.text);
        const problems: string[] = [];
        if (response.status >= 500 || response.status < 400) problems.push(`answered ${response.status}`);
        if (each.expect === 415 && response.status !== 415) problems.push(`expected 415, got ${response.status}`);
        const mediaType = endpoint.csv ? /text\/csv/ : /application\/json/;
        if (each.expect === 415 && !mediaType.test(response.body?.message ?? ''))
          problems.push(`415 does not name ${endpoint.csv ? 'text/csv' : 'application/json'}`);
        if (each.expect === 'field') {
          const fields: string[] = (response.body?.errors ?? []).map((error: { field: string }) => error.field);
          const named = fields.some((field) => field === each.field || field.startsWith(`${each.field}.`));
          if (response.status !== 400 || !named)
            problems.push(`expected a 400 naming ${each.field}, got ${response.status} ${text.slice(0, 200)}`);
        }
        if (typeof response.body?.message !== 'string' || response.body?.statusCode !== response.status)
          problems.push(`not the common error shape: ${text.slice(0, 200)}`);
        if (LEAKS.test(text)) problems.push(`leaks internals: ${text.slice(0, 300)}`);
        const breach = checkContract(route, response.status, response.body);
        if (breach) problems.push(breach);
        if (problems.length > 0) failures.push(`${each.name}: ${problems.join('; ')}`);
      }
      totals.routes++;
      expect(failures).toEqual([]);
    });
  });

  it('changed nothing that was already stored', async () => {
    expect(await snapshot()).toEqual(before);
    console.log(`Bad input matrix: ${totals.routes} routes, ${totals.requests} bad requests, 0 answered 5xx`);
  });
});
