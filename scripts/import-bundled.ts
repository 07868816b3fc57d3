// Imports a TypeScript module under src/ from a script: src/ imports its modules without extensions, as
// Vite resolves them and Node does not, so the module is bundled by esbuild first and imported from memory.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** `path` is relative to the project's root (e.g. 'src/records/registry-check.ts'), from any folder. */
export async function importBundled<T>(path: string): Promise<T> {
  const { outputFiles } = await build({
    entryPoints: [fileURLToPath(new URL(`../${path}`, import.meta.url))],
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'error',
  });
  return (await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0]!.text).toString('base64')}`)) as T;
}
