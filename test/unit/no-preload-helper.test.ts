// src/integrations/no-preload-helper.ts: Vite's preload helper becomes a plain import.
import { describe, expect, it } from 'vitest';
import { withoutPreloadHelper } from '../../src/integrations/no-preload-helper';

describe('withoutPreloadHelper', () => {
  it('replaces the import of the helper with a function that just imports', async () => {
    const code =
      'import{t as n}from"./preload-helper.DygEbaNj.js";import{a as t}from"./preact.module.DQhU9Bmi.js";' +
      'var r=()=>n(()=>import(`./calculators.DWScpZhK.js`).then(e=>e.calculators),[]);';
    const without = withoutPreloadHelper(code, 'entry.js');
    expect(without).toBe(
      'const n=load=>load();import{a as t}from"./preact.module.DQhU9Bmi.js";' +
        'var r=()=>n(()=>import(`./calculators.DWScpZhK.js`).then(e=>e.calculators),[]);',
    );
    // What the wrapper now does: call the loader and return its promise, whatever the dependencies.
    const n = new Function(`${without.slice(0, without.indexOf(';') + 1)} return n;`)() as (
      load: () => Promise<string>,
      deps: string[],
    ) => Promise<string>;
    await expect(n(async () => 'module', ['_astro/x.js'])).resolves.toBe('module');
  });

  it('leaves a file that does not use the helper as it is', () => {
    const code = 'import{a as t}from"./preact.module.DQhU9Bmi.js";t();';
    expect(withoutPreloadHelper(code, 'x.js')).toBe(code);
  });

  it('refuses a file that names the helper in a way it does not know', () => {
    expect(() => withoutPreloadHelper('import*as p from"./preload-helper.DygEbaNj.js";', 'x.js')).toThrow(
      /unknown way/,
    );
  });
});
