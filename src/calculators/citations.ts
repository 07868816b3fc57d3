/**
 * The calculators' sources as each shows them under its result ("Source: …"). The numbers they source
 * are beside their own references in ./egfr.ts and ./scores.ts. A module of its own, so that the
 * checker's first bundle (which shares ./scores.ts) carries none of them: they load with the
 * calculators. The dose calculator's sources are in each language's words (formulas.dose), as one of
 * them, the US prescribing information, is named in the reader's language.
 */

/** Bedside Schwartz (./egfr.ts): 0.413 × height / creatinine, ages 1 to 16. */
export const SCHWARTZ_CITATION = 'Schwartz GJ et al., J Am Soc Nephrol 2009;20:629-637.';

/** CKiD U25 (./egfr.ts): K by sex and age, ages 1 to 25. */
export const CKID_CITATION = 'Pierce CB et al., Kidney Int 2021;99:948-956.';

/** The 2013 ACR/EULAR classification criteria (./scores.ts): items, weights, threshold 9. */
export const ACR_EULAR_CITATION = 'van den Hoogen F et al., Ann Rheum Dis 2013;72:1747-1755.';

/** The mRSS method, and the study of healthy children (./scores.ts, HEALTHY_CHILDREN_MRSS). */
export const MRSS_CITATION =
  'Khanna D et al., J Scleroderma Relat Disord 2017;2:11-18; Foeldvari I et al., PMID 16174648.';
