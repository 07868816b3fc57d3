/**
 * Facts about trial NCT06792344 that do not depend on the language, each with its source: the
 * registry record (ClinicalTrials.gov, NCT06792344) as captured on a third-party trial listing dated
 * 30 January 2025, and the other public listings named below. Nothing here may be guessed. The pages
 * word these facts in each language (src/i18n/<lang>/site.ts); the JSON-LD uses the registry's English.
 */
export const trial = {
  /** Registry id. */
  id: 'NCT06792344',
  /** Registry record: the authoritative source for everything not stated here. */
  registryUrl: 'https://clinicaltrials.gov/study/NCT06792344',
  /** Brief title (the listing; clinconnect.io/trials/NCT06792344). */
  briefTitle: 'Clinical Study of CD19 CAR-T in the Treatment of Refractory Systemic Sclerosis',
  /** Official title (medifind.com listing 542099353, with the same eligibility text word for word). */
  officialTitle:
    'Clinical Study of CD19 Targeting Chimeric Antigen Receptor T Lymphocytes (CAR-T) in the Treatment of Refractory Systemic Sclerosis',
  /** Ages as listed (5 - 18 years); the eligibility text says "age >= 5 years". */
  minAge: 5,
  maxAge: 18,
  condition: 'Systemic sclerosis (SSc)',
  /** The listing's overview: "anti-CD19 CAR-T cells" (how they are made is not in the sources). */
  intervention: 'Anti-CD19 CAR-T cells',
  /** The listing's overview, in brief: investigator-initiated, Phase 1, safety and efficacy. */
  purpose:
    'An investigator-initiated Phase 1 trial assessing the safety and efficacy of anti-CD19 CAR-T cells in childhood-onset refractory systemic sclerosis.',
  /** Sponsor and only listed site (the listing; the hospital's English site en.zjuch.cn). No street address is verified. */
  sponsor: "The Children's Hospital of Zhejiang University School of Medicine",
  location: 'Hangzhou, Zhejiang, China',
  /** The same place in parts, for the registry-shaped record (/records/). */
  place: { city: 'Hangzhou', state: 'Zhejiang', country: 'China' },
  /** Date shown on the listing; the listing does not say which date it is, so the site calls it "listed". */
  listedDate: '2025-01-30',
  /** The status on the listing dated listedDate, as the registry's API codes it (the pages word it). */
  status: 'RECRUITING',
  /** When this site's text was last checked against the registry listing. */
  lastReviewed: '2026-11-24',
  /**
   * When the trial facts (this file and src/data/registry-text.ts) were last compared with the registry's
   * data: by hand, on this day, against the registry listing dated listedDate (the seed). `npm run registry`
   * compares them with the live record (README, "Keeping up with the registry"); when it reports no
   * difference, set this to the day it ran, and note what it was compared with in `registryCheckedAgainst`.
   */
  registryChecked: '2026-11-24',
  /** What the facts were compared with on registryChecked: the listing (its date), or the registry's API. */
  registryCheckedAgainst: 'listing' as 'listing' | 'api',
} as const;
