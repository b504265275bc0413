import { DynamicModule, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { SingleBar } from 'cli-progress';
import { createReadStream, statSync } from 'node:fs';
import { userInfo } from 'node:os';
import { Transform, type TransformCallback } from 'node:stream';
import { DataSource } from 'typeorm';
import {
  ConfigValidationError,
  EmbeddedPostgresError,
  PlatformModule,
  resolveRuntime,
  type JobbroRuntime,
} from '@jobbro/platform';
import { ImportsModule } from '../imports.module';
import {
  IMPORT_KINDS,
  ImportService,
  type ImportKind,
  type ImportProgress,
  type ImportReport,
} from '../import.service';

const USAGE = 'Usage: npm run import -- companies|candidates|postings FILE.csv [--jobcentre <code or id>]';

/** Exit codes: all rows imported; nothing imported (bad arguments, file or header); some rows refused. */
export const EXIT = { ok: 0, failed: 1, rowsRejected: 2 } as const;

interface Output {
  write(text: string): void;
  isTTY?: boolean;
}

export interface ImportCliArguments {
  kind: ImportKind;
  file: string;
  jobcentre?: string;
  batchSize?: number;
}

export function parseImportArguments(argv: readonly string[]): ImportCliArguments {
  const positional: string[] = [];
  const options: Record<string, string> = {};
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index];
    if (argument.startsWith('--')) {
      const [name, inline] = argument.slice(2).split('=', 2);
      const value = inline ?? argv[++index];
      if (value === undefined) throw new Error(`--${name} needs a value. ${USAGE}`);
      options[name] = value;
    } else positional.push(argument);
  }
  const [kind, file, ...rest] = positional;
  if (!IMPORT_KINDS.includes(kind as ImportKind) || !file || rest.length > 0) throw new Error(USAGE);
  const unknown = Object.keys(options).filter((name) => !['jobcentre', 'batch-size'].includes(name));
  if (unknown.length > 0) throw new Error(`Unknown option --${unknown[0]}. ${USAGE}`);
  const batchSize = options['batch-size'] === undefined ? undefined : Number(options['batch-size']);
  if (batchSize !== undefined && !(Number.isInteger(batchSize) && batchSize > 0 && batchSize <= 10_000))
    throw new Error('--batch-size must be a whole number from 1 to 10000');
  return { kind: kind as ImportKind, file, jobcentre: options.jobcentre, batchSize };
}

/** What the import needs of Jobbro, without HTTP, queues or workers. */
@Module({})
class ImportCliModule {
  static forRoot(runtime: JobbroRuntime): DynamicModule {
    return { module: ImportCliModule, imports: [PlatformModule.forRoot(runtime), ImportsModule] };
  }
}

/** The jobcentre by code or id; without one, the only jobcentre there is (the embedded default's demo). */
async function findJobcentre(
  dataSource: DataSource,
  wanted: string | undefined,
): Promise<{ id: string; code: string }> {
  const jobcentres: { id: string; code: string }[] = await dataSource.query(
    `SELECT id, code FROM jobcentres ORDER BY code`,
  );
  const found = wanted
    ? jobcentres.find((each) => each.code === wanted || each.id === wanted)
    : jobcentres.length === 1
      ? jobcentres[0]
      : undefined;
  if (found) return found;
  const codes = jobcentres.map((each) => each.code).join(', ') || 'none';
  throw new Error(
    wanted
      ? `No jobcentre ${wanted}; the jobcentres are: ${codes}`
      : `Name the jobcentre with --jobcentre <code>; the jobcentres are: ${codes}`,
  );
}

class ByteCounter extends Transform {
  bytes = 0;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.bytes += chunk.length;
    done(null, chunk);
  }
}

export function summary(report: ImportReport, seconds: number): string {
  const lines = [
    `${report.rows} rows in ${seconds.toFixed(1)} s (${Math.round(report.rows / Math.max(seconds, 0.001))} rows/s): ` +
      `${report.imported} imported, ${report.updated} updated, ${report.unchanged} unchanged, ` +
      `${report.rejectedRows} rejected`,
    ...report.rejected.slice(0, 20).map((each) => `  line ${each.line}: ${each.field}: ${each.message}`),
  ];
  if (report.rejected.length > 20) lines.push(`  … and ${report.rejected.length - 20} more`);
  return `${lines.join('\n')}\n`;
}

/**
 * `npm run import -- companies|candidates|postings FILE.csv`: on DATABASE_URL when it is set, otherwise on the embedded
 * default's PostgreSQL (its data directory, started for the import; refused while a running Jobbro holds it).
 */
export async function runImportCli(
  argv: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
  output: { stdout: Output; stderr: Output } = { stdout: process.stdout, stderr: process.stderr },
  /** Called after each batch; the benchmark samples memory with it. */
  onProgress?: (progress: ImportProgress) => void,
): Promise<{ code: number; report?: ImportReport }> {
  let args: ImportCliArguments;
  try {
    args = parseImportArguments(argv);
    statSync(args.file);
  } catch (error) {
    output.stderr.write(`${(error as Error).message}\n`);
    return { code: EXIT.failed };
  }
  const cliEnv: NodeJS.ProcessEnv = { ...env, LOG_LEVEL: env.LOG_LEVEL ?? 'warn' };
  let resolved: Awaited<ReturnType<typeof resolveRuntime>>;
  try {
    resolved = await resolveRuntime(cliEnv.DATABASE_URL ? 'worker' : 'all', cliEnv);
  } catch (error) {
    const known = error instanceof ConfigValidationError || error instanceof EmbeddedPostgresError;
    output.stderr.write(`${known ? (error as Error).message : String(error)}\n`);
    return { code: EXIT.failed };
  }
  const app = await NestFactory.createApplicationContext(ImportCliModule.forRoot(resolved.runtime), {
    logger: ['error'],
  });
  let bar: SingleBar | null = null;
  try {
    const jobcentre = await findJobcentre(app.get(DataSource), args.jobcentre);
    const size = statSync(args.file).size;
    const counter = new ByteCounter();
    const started = Date.now();
    if (output.stdout.isTTY) {
      bar = new SingleBar({
        format: '{bar} {percentage}% | {rows} rows | {speed} rows/s | {bad} bad rows',
        hideCursor: true,
        stream: output.stdout as NodeJS.WriteStream,
      });
      bar.start(size, 0, { rows: 0, speed: 0, bad: 0 });
    }
    const report = await app
      .get(ImportService)
      .run(
        args.kind,
        { jobcentreId: jobcentre.id, actor: null, companyCvrNumbers: [] },
        createReadStream(args.file).pipe(counter),
        {
          batchSize: args.batchSize,
          actor: {
            staffId: null,
            name: `npm run import (${userInfo().username})`,
            role: 'system',
            endpoint: `npm run import -- ${args.kind}`,
          },
          onProgress: (progress) => {
            onProgress?.(progress);
            bar?.update(counter.bytes, {
              rows: progress.rows,
              speed: Math.round(progress.rows / Math.max((Date.now() - started) / 1000, 0.001)),
              bad: progress.rejectedRows,
            });
          },
        },
      );
    bar?.stop();
    output.stdout.write(`Jobcentre ${jobcentre.code}: ${summary(report, (Date.now() - started) / 1000)}`);
    return { code: report.rejectedRows > 0 ? EXIT.rowsRejected : EXIT.ok, report };
  } catch (error) {
    bar?.stop();
    const fields = (
      error as { getResponse?: () => { errors?: { field: string; messages: string[] }[] } }
    ).getResponse?.()?.errors;
    output.stderr.write(
      fields
        ? `${fields.map((each) => `${each.field}: ${each.messages.join('; ')}`).join('\n')}\n`
        : `${(error as Error).message}\n`,
    );
    return { code: EXIT.failed };
  } finally {
    await app.close();
    await resolved.embeddedPostgres?.stop();
  }
}
