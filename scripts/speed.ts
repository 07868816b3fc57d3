// The machine's speed and how busy it is, printed by `npm run bench` beside what it measures, and
// evaluate()'s time a call.
import { availableParallelism, loadavg } from 'node:os';
import { importBundled } from './import-bundled.ts';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * A fixed task, the same on every machine, in plain JavaScript as the site's scripts and the build
 * are: sorting 300,000 pseudo-random numbers (fixed seed) with a comparator, median of five, in ms.
 * Lower is faster; compare it between runs to see how much of a change is the machine.
 */
export function cpuMilliseconds(): number {
  const times: number[] = [];
  for (let run = 0; run < 5; run++) {
    let seed = 42;
    const numbers = Array.from({ length: 300_000 }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31));
    const start = performance.now();
    numbers.sort((a, b) => a - b);
    times.push(performance.now() - start);
  }
  return median(times);
}

/** Cores, load average and the fixed task, as one line. */
export function machine(): string {
  const load = loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');
  return `${availableParallelism()} cores, load ${load} (1, 5, 15 min); fixed CPU task (sorting 300,000 numbers) ${cpuMilliseconds().toFixed(0)} ms`;
}

/**
 * evaluate()'s median µs a call (scripts/measure-evaluate.ts). Bundled first: src/ imports its modules
 * without extensions, as Vite resolves them and Node does not.
 */
export async function evaluateMicroseconds(): Promise<number> {
  const { measureEvaluate } =
    await importBundled<typeof import('./measure-evaluate.ts')>('scripts/measure-evaluate.ts');
  return measureEvaluate();
}
