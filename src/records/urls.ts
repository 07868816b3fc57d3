/** Where the records are published (src/pages/records/), at the public origin, base path included. */
import { asset } from '../lib/paths';

export const RECORD_PATHS = {
  ctgov: '/records/NCT06792344.json',
  fhir: '/records/NCT06792344.fhir.json',
  criteria: '/records/criteria.json',
  criteriaSchema: '/records/criteria.schema.json',
} as const;

/**
 * The public origin, only when SITE_URL gives one. Without it the records hold no absolute URL of this
 * site (never localhost): criteria.json names its schema by a relative URL, the FHIR Bundle leaves out its
 * link to criteria.json, and the FHIR entries are `urn:uuid:` in every build.
 */
export function publishedSite(siteUrl = process.env.SITE_URL): URL | undefined {
  return siteUrl ? new URL(siteUrl) : undefined;
}

/** The records' absolute URLs at a public origin. */
export function recordUrls(site: URL) {
  const at = (path: string) => new URL(asset(path), site).href;
  return {
    ctgov: at(RECORD_PATHS.ctgov),
    fhir: at(RECORD_PATHS.fhir),
    criteria: at(RECORD_PATHS.criteria),
    criteriaSchema: at(RECORD_PATHS.criteriaSchema),
  };
}
