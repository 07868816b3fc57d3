// npm run registry: compares the trial's record on ClinicalTrials.gov (API v2) with the site's facts.
// Exit 0: they agree; 1: they differ (printed), or the answer is not a study record; 2: no network.
// `npm run registry -- saved.json` checks a saved API answer instead (the tests do; no network needed).
// REGISTRY_URL overrides the address (default: the API's record of NCT06792344).
import { readFileSync } from 'node:fs';
import { importBundled } from './import-bundled.ts';

const url = process.env.REGISTRY_URL || 'https://clinicaltrials.gov/api/v2/studies/NCT06792344';

async function answer(): Promise<unknown> {
  const file = process.argv[2];
  if (file) return JSON.parse(readFileSync(file, 'utf8'));
  try {
    const response = await fetch(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(30_000) });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return await response.json();
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
    console.error(`No network: could not reach ${url} (${cause}); nothing was compared.`);
    process.exit(2);
  }
}

const registry = await answer();
const { checkRegistry } = await importBundled<typeof import('../src/records/registry-check')>(
  'src/records/registry-check.ts',
);
const result = checkRegistry(registry);
for (const line of result.lines) console.log(line);
if (result.code === 0 && !process.argv[2]) {
  const today = new Date().toISOString().slice(0, 10);
  console.log(`Set registryChecked in src/data/trial.ts to ${today} and registryCheckedAgainst to 'api'.`);
}
process.exit(result.code);
