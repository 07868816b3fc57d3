// Astro integration wrapper: a UI framework's renderer for the build only, without its client entry
// point. This site renders Preact at build time and hydrates its one island itself
// (src/components/checker/hydrate.ts), with no `client:*` directive anywhere (test/site/html.test.ts
// checks that no page has an <astro-island>). Astro still builds every renderer's client entry, and
// Preact's imports @preact/signals: two files no page loads, which imported Preact from the checker's
// chunk (one-checker-chunk.ts) and made it export seven names more, 48 bytes gzip on every checker page.
import type { AstroIntegration } from 'astro';

export default function serverOnly(integration: AstroIntegration): AstroIntegration {
  const setup = integration.hooks['astro:config:setup'];
  if (!setup) return integration;
  return {
    ...integration,
    hooks: {
      ...integration.hooks,
      'astro:config:setup': (options) =>
        setup({
          ...options,
          addRenderer: (renderer) => options.addRenderer({ ...renderer, clientEntrypoint: undefined }),
        }),
    },
  };
}
