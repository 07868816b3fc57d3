/** Where the records are published (src/pages/records/), at the public origin, base path included. */
import { asset } from '../lib/paths';

export const RECORD_PATHS = {
  ctgov: '/records/NCT06792344.json',
  fhir: '/records/NCT06792344.fhir.json',
  criteria: '/records/criteria.json',
  criteriaSchema: '/records/criteria.schema.json',
} as const;

export function recordUrls(site: URL | undefined) {
  if (!site) throw new Error('site is not set in astro.config.mjs');
  const at = (path: string) => new URL(asset(path), site).href;
  return {
    ctgov: at(RECORD_PATHS.ctgov),
    fhir: at(RECORD_PATHS.fhir),
    criteria: at(RECORD_PATHS.criteria),
    criteriaSchema: at(RECORD_PATHS.criteriaSchema),
  };
}
