// Astro integration: no preload helper in the browser. Vite wraps every dynamic import in its helper,
// `__vitePreload(() => import('./x.js'), deps)`, which preloads the imported chunk's own imports while
// importing it; the helper is a chunk of its own (880 bytes gzip, one more request on the checker and
// search pages). Here it has nothing to gain: the chunks loaded on demand with imports of their own (the
// calculators, a flag's view, what the result's buttons do) import only the checker's chunk, Preact
// included (one-checker-chunk.ts), which is already loaded with the checker; Pagefind loads its own
// files. So after the build each file's import of the helper becomes a one-line function that just
// imports, and the helper's chunk is deleted.
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const HELPER_FILE = /^preload-helper\.[\w-]+\.js$/;
/** How Vite's minified chunks import it: `import{t as n}from"./preload-helper.DygEbaNj.js";`. */
const HELPER_IMPORT = /import\{t(?: as ([\w$]+))?\}from"\.\/preload-helper\.[\w-]+\.js";?/g;

/** Vite's table of each dynamic import's dependencies, and its uses as the helper's second argument. */
const MAP_DEPS =
  /const __vite__mapDeps=\(i,m=__vite__mapDeps,d=\(m\.f\|\|\(m\.f=\[[^\]]*\]\)\)\)=>i\.map\(i=>d\[i\]\);\n?/;
const MAP_DEPS_ARG = /,__vite__mapDeps\(\[[\d,]*\]\)/g;

/** `code` with the helper replaced by `(load) => load()`. Throws if the helper is named in any other way. */
export function withoutPreloadHelper(code: string, file: string): string {
  const replaced = code.replace(HELPER_IMPORT, (_, name: string | undefined) => `const ${name ?? 't'}=load=>load();`);
  // The list of each import's dependencies was only for the helper (it may name the helper's own file):
  // without it, dropped (about 100 bytes gzip of the checker's chunk), unless it is used in some other way.
  const noDeps = replaced.replace(MAP_DEPS, '').replace(MAP_DEPS_ARG, '');
  if (noDeps.includes('preload-helper')) throw new Error(`${file}: names the preload helper in an unknown way`);
  if (replaced === code) return code;
  return noDeps.includes('__vite__mapDeps') ? replaced : noDeps;
}

export default function noPreloadHelper(): AstroIntegration {
  return {
    name: 'no-preload-helper',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const folder = join(fileURLToPath(dir), '_astro');
        const files = (await readdir(folder)).filter((name) => name.endsWith('.js'));
        let changed = 0;
        for (const name of files.filter((n) => !HELPER_FILE.test(n))) {
          const code = await readFile(join(folder, name), 'utf8');
          const without = withoutPreloadHelper(code, name);
          if (without === code) continue;
          await writeFile(join(folder, name), without);
          changed++;
        }
        for (const name of files.filter((n) => HELPER_FILE.test(n))) await rm(join(folder, name));
        logger.info(`the preload helper replaced by a plain import in ${changed} file(s), and removed`);
      },
    },
  };
}
