import { Presets, SingleBar } from 'cli-progress';

export interface Progress {
  update(done: number): void;
  stop(): void;
}

/**
 * A bench's progress bars, their task names padded to `labelWidth`: on a terminal a live bar, in a log a line every
 * ten seconds.
 */
export function progressBars(labelWidth: number): (task: string, total: number) => Progress {
  return (task, total) => {
    const bar = new SingleBar(
      {
        format: `  ${task.padEnd(labelWidth)} [{bar}] {value}/{total} | {duration}s`,
        hideCursor: true,
        noTTYOutput: true,
        notTTYSchedule: 10_000,
      },
      Presets.shades_classic,
    );
    bar.start(total, 0);
    return { update: (done: number) => bar.update(done), stop: () => bar.stop() };
  };
}
