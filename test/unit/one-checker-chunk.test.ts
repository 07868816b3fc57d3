// src/integrations/one-checker-chunk.ts: which modules go into the checker's one chunk.
import { describe, expect, it } from 'vitest';
import { checkerChunkName } from '../../src/integrations/one-checker-chunk';

/** A module graph by static importers, as Rolldown's getModuleInfo gives it. */
const graph = (importers: Record<string, string[]>) => ({
  getModuleInfo: (id: string) => (id in importers ? { importers: importers[id]! } : null),
});

const EN = '/site/src/components/checker/client-en.ts';
const ZH = '/site/src/components/checker/client-zh.ts';
const modules = graph({
  [EN]: ['/site/src/pages/[...lang]/check.astro?astro&type=script&index=1&lang.ts'],
  [ZH]: ['/site/src/pages/[...lang]/check.astro?astro&type=script&index=0&lang.ts'],
  '/site/src/components/checker/island-en.ts': [EN],
  '/site/src/components/checker/island-zh.ts': [ZH],
  '/site/src/components/checker/Checker.tsx': [
    '/site/src/components/checker/island-en.ts',
    '/site/src/components/checker/island-zh.ts',
  ],
  '/site/src/criteria/index.ts': ['/site/src/components/checker/Checker.tsx', '/site/src/criteria/facts.ts'],
  '/site/src/criteria/facts.ts': ['/site/src/criteria/index.ts'],
  '/site/src/i18n/zh/checker.ts': ['/site/src/components/checker/island-zh.ts'],
  // Imported only by a chunk loaded on demand, whose import() is not a static importer.
  '/site/src/components/checker/saved.ts': ['/site/src/components/checker/requested.ts'],
  '/site/src/components/checker/requested.ts': [],
  '\0vite/preload-helper.js': ['/site/src/components/checker/Checker.tsx'],
  '/site/src/lib/numbers.ts': ['/site/src/components/checker/Checker.tsx'],
  '/site/src/components/search-ui.ts': ['/site/src/components/SearchForm.astro?astro&type=script&index=0&lang.ts'],
});

describe('checkerChunkName', () => {
  it('puts in Checker what every language’s script imports, directly or not, import cycles included', () => {
    for (const id of [
      '/site/src/components/checker/Checker.tsx',
      '/site/src/criteria/index.ts',
      '/site/src/criteria/facts.ts',
    ])
      expect(checkerChunkName(id, modules)).toBe('Checker');
  });

  it('leaves to Rolldown what one language imports, what loads on demand, and other pages’ code', () => {
    for (const id of [
      ZH,
      '/site/src/components/checker/island-zh.ts',
      '/site/src/i18n/zh/checker.ts',
      '/site/src/components/checker/saved.ts',
      '/site/src/components/search-ui.ts',
      '/site/src/unknown.ts',
    ])
      expect(checkerChunkName(id, modules)).toBeNull();
  });

  it('leaves virtual modules out (Vite’s preload helper), though the checker imports them', () => {
    expect(checkerChunkName('\0vite/preload-helper.js', modules)).toBeNull();
    expect(checkerChunkName('/site/src/lib/numbers.ts', modules)).toBe('Checker');
  });
});
