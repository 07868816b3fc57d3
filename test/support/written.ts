// A JSON file that one process writes for another: written whole, then renamed, so that a reader never
// sees half of it; read once it exists, looked for every 200 ms (a check, not a fixed wait).
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

export function writeWhole(file: string, value: object) {
  writeFileSync(`${file}.part`, JSON.stringify(value));
  renameSync(`${file}.part`, file);
}

export async function whenWritten<T>(file: string): Promise<T> {
  while (!existsSync(file)) await sleep(200);
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}
