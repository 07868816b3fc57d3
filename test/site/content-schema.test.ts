// A prose page whose front matter lacks a required field stops the build with a message naming the
// file and the field. Runs `astro sync` on a copy of the project with one `description:` removed.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const PROJECT = resolve('.');
const PAGE = 'src/content/en/pages/faq.mdx';

/** A copy of the project's sources; node_modules is linked entry by entry so Vite's cache stays in the copy. */
function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'content-schema-'));
  for (const item of ['src', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(PROJECT, item), join(dir, item), { recursive: true });
  }
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(join(PROJECT, 'node_modules'))) {
    if (entry === '.vite' || entry === '.astro') continue;
    symlinkSync(join(PROJECT, 'node_modules', entry), join(dir, 'node_modules', entry));
  }
  return dir;
}

/** Removes one key (and its folded continuation lines) from an MDX file's front matter. */
function removeField(source: string, field: string): string {
  const lines = source.split('\n');
  const end = lines.indexOf('---', 1);
  const start = lines.findIndex((line, i) => i < end && line.startsWith(`${field}:`));
  if (start < 0) throw new Error(`No "${field}:" in the front matter`);
  let stop = start + 1;
  while (stop < end && /^\s/.test(lines[stop])) stop++;
  return [...lines.slice(0, start), ...lines.slice(stop)].join('\n');
}

/** Runs `astro sync` in a project with the pinned Node; returns its exit status and output. */
function astroSync(dir: string): { status: number; output: string } {
  try {
    const output = execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'sync'], {
      cwd: dir,
      encoding: 'utf8',
      stdio: 'pipe',
      env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
    });
    return { status: 0, output };
  } catch (error) {
    const { status, stdout, stderr } = error as { status: number; stdout: string; stderr: string };
    return { status, output: `${stdout}\n${stderr}` };
  }
}

describe('content schema', () => {
  const dir = copyProject();
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('accepts the project as it is', () => {
    const { status, output } = astroSync(dir);
    expect(status, output).toBe(0);
  });

  it('fails on a page without a description, naming the file and the field', () => {
    const file = join(dir, PAGE);
    writeFileSync(file, removeField(readFileSync(file, 'utf8'), 'description'));
    const { status, output } = astroSync(dir);
    expect(status).not.toBe(0);
    expect(output).toContain(PAGE);
    expect(output).toMatch(/description\W+(?:Required|Invalid input)/);
  });
});
