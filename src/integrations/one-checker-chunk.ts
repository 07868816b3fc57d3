// Astro integration: the code every language's checker script loads is one chunk, Checker. Rolldown
// files a module by the entries that reach it, the chunks loaded on demand among them; with a third such
// chunk that uses the engine (the buttons' work, beside the calculators and a flag's view), it split the
// engine and its formatter out of the checker's chunk into a chunk of their own, though every checker
// page loads both: one request and about 500 bytes gzip more (rolldown 1.2, December 2026). Here each
// module that two or more languages' scripts import, directly or not, without a dynamic import on the
// way, is put in Checker by name (the `codeSplitting` group of the client build).
import type { AstroIntegration } from 'astro';

/** The module of a language's checker script: src/components/checker/client-<lang>.ts. */
const CHECKER_SCRIPT = /[\\/]components[\\/]checker[\\/]client-[\w-]+\.ts$/;

interface Graph {
  getModuleInfo(id: string): { importers: readonly string[] } | null;
}

/** The checker scripts that import `id` statically, directly or not. */
function scriptsImporting(id: string, graph: Graph, seen = new Set<string>()): Set<string> {
  const found = new Set<string>();
  if (seen.has(id)) return found;
  seen.add(id);
  if (CHECKER_SCRIPT.test(id)) return found.add(id);
  for (const importer of graph.getModuleInfo(id)?.importers ?? [])
    for (const script of scriptsImporting(importer, graph, seen)) found.add(script);
  return found;
}

/** 'Checker' for a module that more than one language's checker script imports statically. */
export function checkerChunkName(id: string, graph: Graph): string | null {
  return !id.startsWith('\0') && scriptsImporting(id, graph).size > 1 ? 'Checker' : null;
}

export default function oneCheckerChunk(): AstroIntegration {
  return {
    name: 'one-checker-chunk',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        // Vite's preload helper stays a chunk of its own, which no-preload-helper.ts replaces.
        const helper = { name: 'preload-helper', test: /^\0vite\/preload-helper/, priority: 1 };
        const output = { codeSplitting: { groups: [helper, { name: checkerChunkName }] } };
        const rolldownOptions = { output };
        updateConfig({ vite: { environments: { client: { build: { rolldownOptions } } } } });
      },
    },
  };
}
