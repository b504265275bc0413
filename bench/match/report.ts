import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface Figure {
  /** What was measured, as printed. */
  name: string;
  value: number | null;
  unit: string;
  /** The target in words, e.g. "≤ 25"; empty when the figure is for information. */
  target: string;
  /** PASS, MISS, or null when there is no target (or nothing was measured). */
  pass: boolean | null;
  note?: string;
}

export const atMost = (name: string, value: number | null, limit: number, unit: string, note?: string): Figure => ({
  name,
  value,
  unit,
  target: `≤ ${limit}`,
  pass: value === null ? null : value <= limit,
  note,
});

export const atLeast = (name: string, value: number | null, limit: number, unit: string, note?: string): Figure => ({
  name,
  value,
  unit,
  target: `≥ ${limit}`,
  pass: value === null ? null : value >= limit,
  note,
});

export const info = (name: string, value: number | null, unit: string, note?: string): Figure => ({
  name,
  value,
  unit,
  target: '',
  pass: null,
  note,
});

const shown = (value: number | null) =>
  value === null ? '—' : Math.abs(value) >= 100 ? value.toFixed(0) : value.toFixed(value % 1 === 0 ? 0 : 1);

/** The closing table: each figure next to its target with PASS or MISS. */
export function printTable(figures: readonly Figure[]): void {
  const width = Math.max(...figures.map((figure) => figure.name.length));
  console.log(`\n${'Figure'.padEnd(width)}  ${'value'.padStart(10)}  ${'target'.padEnd(12)}  result`);
  console.log('-'.repeat(width + 36));
  for (const figure of figures) {
    const value = `${shown(figure.value)} ${figure.unit}`.trim();
    const target = figure.target ? `${figure.target} ${figure.unit}`.trim() : '';
    const result =
      figure.pass === null ? (figure.target && figure.value === null ? 'not run' : '') : figure.pass ? 'PASS' : 'MISS';
    console.log(
      `${figure.name.padEnd(width)}  ${value.padStart(10)}  ${target.padEnd(12)}  ${result}` +
        (figure.note ? `  (${figure.note})` : ''),
    );
  }
}

export function writeJson(file: string, summary: unknown): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(summary, null, 2)}\n`);
}
