/**
 * Facts about trial NCT06792344, each with its source. The overview page, its JSON-LD and the footer
 * all read from here, so the page and the structured data cannot drift apart.
 * Sources: the registry listing (../shared/seed) and TRIAL-FACTS.md. Nothing here may be guessed.
 */
export const trial = {
  /** Registry id (seed). */
  id: 'NCT06792344',
  /** Registry record: the authoritative source for everything not stated here. */
  registryUrl: 'https://clinicaltrials.gov/study/NCT06792344',
  /** Brief title (seed; clinconnect.io listing). */
  briefTitle: 'Clinical Study of CD19 CAR-T in the Treatment of Refractory Systemic Sclerosis',
  /** Official title (medifind listing 542099353, per TRIAL-FACTS.md). */
  officialTitle:
    'Clinical Study of CD19 Targeting Chimeric Antigen Receptor T Lymphocytes (CAR-T) in the Treatment of Refractory Systemic Sclerosis',
  /** Investigator-initiated, interventional, Phase 1 (seed). */
  phase: 'Phase 1',
  studyType: 'Interventional',
  initiatedBy: 'Investigator-initiated',
  /** Status as listed (seed). */
  status: 'Recruiting',
  /** Ages as listed (seed); the eligibility text says "age >= 5 years". */
  minAge: 5,
  maxAge: 18,
  /** "Both" in the listing (seed). */
  sex: 'All',
  condition: 'Systemic sclerosis (SSc)',
  /** The listing's overview, in brief (seed). */
  purpose:
    'An investigator-initiated Phase 1 trial assessing the safety and efficacy of anti-CD19 CAR-T cells in childhood-onset refractory systemic sclerosis.',
  /** Autologous (the patient's own cells), single arm: secondary, AI-annotated source (cytotargetdb.ca). */
  intervention: 'CD19 CAR-T cells',
  /** Sponsor and only listed site (seed; hospital's English site en.zjuch.cn). No street address is verified. */
  sponsor: "The Children's Hospital of Zhejiang University School of Medicine",
  location: 'Hangzhou, Zhejiang, China',
  /** Date shown on the listing; the seed does not say which date it is, so the site calls it "listed". */
  listedDate: '2025-01-30',
  /** When this site's text was last checked against the registry listing. */
  lastReviewed: '2026-11-24',
} as const;

export type Trial = typeof trial;
