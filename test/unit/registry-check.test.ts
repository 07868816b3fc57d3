// `npm run registry`: the registry's answer (ClinicalTrials.gov API v2) against the site's facts. Tested on
// a saved answer made from the registry listing the site's facts come from (test/fixtures/
// registry-listing.txt, shaped as the API returns a study: src/records/ctgov-schema.ts; the location's
// city is the hospital's, as in src/data/trial.ts) and on changed copies of it. No network is used.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { checkRegistry, registryDifferences } from '../../src/records/registry-check';
import saved from '../fixtures/ctgov-api-NCT06792344.json';

const run = promisify(execFile);

/** The saved answer with some changes, as the registry might make them. */
function changed() {
  const copy = structuredClone(saved) as typeof saved & Record<string, unknown>;
  const p = copy.protocolSection;
  p.statusModule = { overallStatus: 'ACTIVE_NOT_RECRUITING', statusVerifiedDate: '2026-10' } as typeof p.statusModule;
  p.eligibilityModule.maximumAge = '17 Years';
  p.eligibilityModule.eligibilityCriteria = p.eligibilityModule.eligibilityCriteria.replace('≥15 points', '≥20 points');
  p.contactsLocationsModule.locations.push({
    facility: 'Another hospital',
    city: 'Shanghai',
    state: 'Shanghai',
    country: 'China',
  });
  return copy;
}

describe('the registry check', () => {
  it('finds nothing to report on the saved answer, whose extra fields (as the API has them) it lets through', () => {
    expect(checkRegistry(saved)).toEqual({ code: 0, lines: ['The registry and the site’s facts agree.'] });
    expect(checkRegistry({ ...saved, hasResults: false, derivedSection: {} }).code).toBe(0);
  });

  it('names each difference of a changed copy: status, dates, ages, criteria text, locations', () => {
    const differences = registryDifferences(changed().protocolSection as never);
    expect(differences.map((d) => d.field)).toEqual([
      'status',
      'status verified date',
      'maximum age',
      'eligibility criteria',
      'locations',
    ]);
    expect(differences[0]).toEqual({ field: 'status', site: 'RECRUITING', registry: 'ACTIVE_NOT_RECRUITING' });
    expect(differences[1]).toEqual({ field: 'status verified date', site: '(none)', registry: '2026-10' });
    expect(differences[3]!.registry).toContain('≥20 points');
    expect(checkRegistry(changed()).code).toBe(1);
  });

  it('refuses an answer that is not a study record', () => {
    const result = checkRegistry({ protocolSection: { statusModule: { overallStatus: 'OPEN' } } });
    expect(result.code).toBe(1);
    expect(result.lines.join('\n')).toMatch(/identificationModule|overallStatus/);
  });
});

describe('npm run registry (scripts/registry.ts)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'registry-'));
  const script = join(import.meta.dirname, '../../scripts/registry.ts');
  const exec = (args: string[], env: Record<string, string> = {}) =>
    run(process.execPath, [script, ...args], { env: { ...process.env, ...env } }).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
    );

  it('exits 0 on the saved answer and 1, listing what differs, on a changed copy', async () => {
    const file = join(dir, 'changed.json');
    writeFileSync(file, JSON.stringify(changed()));
    const same = await exec([join(import.meta.dirname, '../fixtures/ctgov-api-NCT06792344.json')]);
    expect(same.code).toBe(0);
    const differs = await exec([file]);
    expect(differs.code).toBe(1);
    expect(differs.stdout).toContain('5 difference(s)');
    expect(differs.stdout).toContain('registry: ACTIVE_NOT_RECRUITING');
  });

  it('without network says so in one line and exits 2', async () => {
    const result = await exec([], { REGISTRY_URL: 'http://127.0.0.1:9/api/v2/studies/NCT06792344' });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^No network: could not reach http:\/\/127\.0\.0\.1:9\//);
  });
});
