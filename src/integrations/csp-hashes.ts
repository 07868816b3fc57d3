// Astro integration: each page's Content-Security-Policy <meta> allows the inline scripts and styles
// that page has, and no others. Astro lists the hashes of every inline script and style it knows of on
// every page (its island runtime, other pages' styles): on /zh/check/ 15 of the 17 were for nothing
// on the page, about 600 bytes of base64 that gzip cannot shrink, in the first round trip. Runs after
// paint-first.ts, whose loader's hash it keeps like any other.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cspHash, htmlFiles } from './built';

const META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;
/** Inline scripts that run (JSON-LD is data, which the CSP does not govern), and inline styles. */
const INLINE = {
  'script-src': /<script(?![^>]*\ssrc=)(?![^>]*type="application\/ld\+json")[^>]*>([\s\S]*?)<\/script>/g,
  'style-src': /<style[^>]*>([\s\S]*?)<\/style>/g,
} as const;

/** `html` with each hash in its CSP's script-src and style-src kept only if the page has that inline code. */
export function pruneHashes(html: string): string {
  return html.replace(META, (_, open: string, policy: string, close: string) => {
    const directives = policy.split(';').map((directive) => {
      const [name, ...sources] = directive.trim().split(/\s+/);
      if (name !== 'script-src' && name !== 'style-src') return directive;
      const present = new Set([...html.matchAll(INLINE[name])].map((m) => cspHash(m[1]!)));
      return [name, ...sources.filter((s) => !s.startsWith("'sha256-") || present.has(s))].join(' ');
    });
    return open + directives.join(';') + close;
  });
}

export default function cspHashes(): AstroIntegration {
  return {
    name: 'csp-hashes',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        let removed = 0;
        for await (const file of htmlFiles(fileURLToPath(dir))) {
          const html = await readFile(file, 'utf8');
          const pruned = pruneHashes(html);
          removed += (html.match(/'sha256-/g)?.length ?? 0) - (pruned.match(/'sha256-/g)?.length ?? 0);
          if (pruned !== html) await writeFile(file, pruned);
        }
        logger.info(`${removed} hashes of inline code not on their page removed from the pages' CSP`);
      },
    },
  };
}
