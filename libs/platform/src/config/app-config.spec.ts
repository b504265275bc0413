import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIG_VARIABLES, ConfigValidationError, loadAppConfig, type ConfigVariable } from './app-config';
import { parseDuration } from './duration';

describe('loadAppConfig', () => {
  it('defaults to the embedded PostgreSQL and the PostgreSQL queue backend', () => {
    const config = loadAppConfig({});
    expect(config.databaseUrl).toBeNull();
    expect(config.redisUrl).toBeNull();
    expect(config.http.port).toBe(3000);
    expect(config.embeddedPostgres).toEqual({ dataDir: './.data/postgres', port: 54329 });
    expect(config.dutyDesk.reminderBeforeMs).toBe(4 * 3_600_000);
    expect(config.demoSeed).toBe('auto');
  });

  it('reads the configured values', () => {
    const config = loadAppConfig({
      PORT: '8080',
      DATABASE_URL: 'postgres://jobbro:secret@db:5432/jobbro',
      REDIS_URL: 'redis://cache:6379',
      DUTY_DESK_REMINDER_BEFORE: '2s',
      LOG_LEVEL: 'warn',
    });
    expect(config.http.port).toBe(8080);
    expect(config.databaseUrl).toBe('postgres://jobbro:secret@db:5432/jobbro');
    expect(config.redisUrl).toBe('redis://cache:6379');
    expect(config.dutyDesk.reminderBeforeMs).toBe(2000);
    expect(config.logLevel).toBe('warn');
  });

  it('keeps e-mail in the outbox without SMTP_URL, and reads the mail server, sender and retries when given', () => {
    expect(loadAppConfig({}).mail).toEqual({
      smtpUrl: null,
      from: 'Jobbro <jobbro@localhost>',
      publicUrl: 'http://localhost:3000',
      maxAttempts: 8,
      retryAfterMs: 30_000,
      sweepIntervalMs: 5_000,
    });
    const mail = loadAppConfig({
      SMTP_URL: 'smtps://jobbro:hemmeligt-kodeord@mail.kommune.dk:465',
      MAIL_FROM: 'jobbro@hedensted.dk',
      PUBLIC_URL: 'https://jobbro.hedensted.dk',
      MAIL_MAX_ATTEMPTS: '3',
      MAIL_RETRY_AFTER: '1s',
    }).mail;
    expect(mail).toMatchObject({ smtpUrl: 'smtps://jobbro:hemmeligt-kodeord@mail.kommune.dk:465', maxAttempts: 3 });
    let message = '';
    try {
      loadAppConfig({ SMTP_URL: 'http://jobbro:hemmeligt-kodeord@mail', MAIL_FROM: 'Jobbro', PUBLIC_URL: 'ftp://x' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/SMTP_URL \(value hidden\): must start with smtp:\/\/ or smtps:\/\//);
    expect(message).toMatch(/MAIL_FROM="Jobbro": must be an address/);
    expect(message).toMatch(/PUBLIC_URL="ftp:\/\/x"/);
    expect(message).not.toContain('hemmeligt-kodeord');
  });

  it('names every bad variable in one error', () => {
    let error: unknown;
    try {
      loadAppConfig({
        PORT: 'eighty',
        DATABASE_URL: 'mysql://x',
        REDIS_URL: 'not a url',
        DUTY_DESK_REMINDER_BEFORE: 'soon',
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigValidationError);
    const problems = (error as ConfigValidationError).problems;
    expect(problems).toHaveLength(4);
    expect(problems[0]).toMatch(/^PORT="eighty": must be a whole number/);
    expect(problems[1]).toMatch(/^DATABASE_URL \(value hidden\): must start with postgres:\/\/ or postgresql:\/\//);
    expect(problems[2]).toMatch(/^REDIS_URL \(value hidden\): is not a URL/);
    expect(problems[3]).toMatch(/^DUTY_DESK_REMINDER_BEFORE="soon": "soon" is not a duration/);
  });

  it('validates the access settings', () => {
    const config = loadAppConfig({
      AUTH_JWT_SECRET: 'x'.repeat(32),
      AUTH_ACCESS_TOKEN_TTL: '5m',
      CORS_ORIGINS: 'https://a.example.dk, http://localhost:5173',
    });
    expect(config.auth).toMatchObject({
      jwtSecret: 'x'.repeat(32),
      accessTokenTtlMs: 300_000,
      loginRequestsPerMinute: 10,
    });
    expect(config.corsOrigins).toEqual(['https://a.example.dk', 'http://localhost:5173']);
    expect(() => loadAppConfig({ AUTH_JWT_SECRET: 'short', CORS_ORIGINS: '*' })).toThrow(
      /AUTH_JWT_SECRET \(value hidden\): must be at least 32 characters[\s\S]*CORS_ORIGINS=.*not an origin/,
    );
  });
});

describe('parseDuration', () => {
  it.each([
    ['1500ms', 1500],
    ['1500', 1500],
    ['30s', 30_000],
    ['15m', 900_000],
    ['4h', 14_400_000],
    ['0.5h', 1_800_000],
    ['2d', 172_800_000],
  ])('%s is %d ms', (value, expected) => {
    expect(parseDuration(value)).toBe(expected);
  });

  it('rejects words and negative numbers', () => {
    expect(() => parseDuration('four hours')).toThrow(RangeError);
    expect(() => parseDuration('-1s')).toThrow(RangeError);
  });
});

describe('the configuration variables', () => {
  const ROOT = join(__dirname, '../../../..');
  const names = Object.keys(CONFIG_VARIABLES);

  it('each have a description, and secrets and URLs with passwords are marked sensitive', () => {
    const variables = Object.entries(CONFIG_VARIABLES as Record<string, ConfigVariable>);
    expect(variables.filter(([, variable]) => variable.description.trim().length < 10).map(([name]) => name)).toEqual(
      [],
    );
    const sensitive = variables.filter(([, variable]) => variable.sensitive).map(([name]) => name);
    expect(sensitive).toEqual(['DATABASE_URL', 'REDIS_URL', 'AUTH_JWT_SECRET', 'SMTP_URL']);
  });

  it('never print a sensitive value, even in the error about it', () => {
    const secrets = {
      DATABASE_URL: 'mysql://jobbro:hemmeligt-kodeord@db/jobbro',
      REDIS_URL: 'redis//:hemmeligt-kodeord@cache',
      AUTH_JWT_SECRET: 'hemmeligt-kodeord',
    };
    let message = '';
    try {
      loadAppConfig(secrets);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/DATABASE_URL[\s\S]*REDIS_URL[\s\S]*AUTH_JWT_SECRET/);
    expect(message).not.toContain('hemmeligt-kodeord');
  });

  it("are exactly those listed in the README's configuration table", () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const table = readme.slice(
      readme.indexOf('## Configuration'),
      readme.indexOf('\n## ', readme.indexOf('## Configuration') + 1),
    );
    const listed = [...table.matchAll(/^\| (.+?) \|/gm)].flatMap(([, cell]) =>
      [...cell.matchAll(/`([A-Z][A-Z0-9_]+)`/g)].map(([, name]) => name),
    );
    expect([...listed].sort()).toEqual([...names].sort());
  });

  it('are the only environment variables the code reads', () => {
    const sourceFiles = (directory: string): string[] =>
      readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
        const path = join(directory, entry.name);
        if (entry.isDirectory()) return sourceFiles(path);
        return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
      });
    const read = [...sourceFiles(join(ROOT, 'libs')), ...sourceFiles(join(ROOT, 'apps'))].flatMap((file) =>
      [
        ...readFileSync(file, 'utf8').matchAll(/process\.env(?:\.([A-Z][A-Z0-9_]*)|\[['"]([A-Z][A-Z0-9_]*)['"]\])/g),
      ].map(([, dotted, quoted]) => dotted ?? quoted),
    );
    expect(read.filter((name) => !names.includes(name))).toEqual([]);
  });
});
