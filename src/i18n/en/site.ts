/** English: the site's frame and its small pages (header, footer, overview facts, 404, glossary). */
export const site = {
  siteName: 'CD19 CAR-T for childhood systemic sclerosis',
  skipLink: 'Skip to main content',
  navLabel: 'Main',
  nav: {
    home: 'Overview',
    ssc: 'About SSc',
    eligibility: 'Eligibility',
    check: 'Check eligibility',
    faq: 'Questions',
    glossary: 'Glossary',
    contact: 'Contact',
  },
  searchLink: 'Search',
  footer: {
    disclaimerHeading: 'Medical disclaimer',
    disclaimer:
      'This site gives information, not medical advice. Only the study team can decide whether a child can take part. Talk to your child’s doctor before making any decision about treatment.',
    notHospital:
      'This is an independent information site about a public registry record. It is not the hospital’s own website. ',
    about: 'About this site',
    /** Each label runs straight into its link or date: it carries its own punctuation and space. */
    lastReviewed: 'Last reviewed: ',
    registryRecord: 'Registry record, the authoritative source: ',
    /** Ends a footer sentence that closes with a link or a date. */
    stop: '. ',
  },
  /** Link text for the registry record. */
  registryLink: '{id} on ClinicalTrials.gov',
  /** The study at a glance (overview page). */
  facts: {
    registryId: 'Registry id',
    status: 'Status',
    statusValue: 'Recruiting on the listing dated {date}. See the registry record for the current status.',
    phase: 'Phase',
    phaseValue: 'Phase 1, interventional, investigator-initiated',
    whoFor: 'Who for',
    whoForValue: 'Children and young people aged {min} to {max}, any sex, with refractory systemic sclerosis',
    treatment: 'Treatment studied',
    treatmentValue: 'CD19 CAR-T cells',
    sponsor: 'Sponsor and site',
    sponsorValue: "The Children's Hospital of Zhejiang University School of Medicine, Hangzhou, Zhejiang, China",
    listed: 'Listed',
    /** Follows the date directly: carries its own space. */
    listedNote: ' (the date on the registry listing)',
    registryChecked: 'Checked against the registry',
    /** When the trial facts were last compared with the registry's data, and with what (src/data/trial.ts). */
    registryCheckedValue: {
      listing: '{date}, against the registry listing dated {listed}',
      api: '{date}, against the registry record',
    },
    whoCanTakePart: 'Who can take part',
    allCriteria: 'All the eligibility criteria',
  },
  eligibility: {
    inclusionHeading: 'Inclusion criteria',
    exclusionHeading: 'Exclusion criteria',
  },
  notFound: {
    title: 'Page not found',
    description: 'The page you asked for is not on this site. Go to the overview or search the site.',
    help: 'If you typed the web address, check it is correct. If you followed a link, the page may have moved.',
    home: 'Go to the study overview',
    search: 'Search this site',
  },
  glossary: { source: 'Source: {source}.', aliases: 'Also called: {aliases}.' },
  /** The line a page opened from the browser's offline copy shows once a newer build of the site is out. */
  offline: {
    update: 'This page came from the copy your browser keeps for offline reading, and the site has changed since. ',
    reload: 'Reload for the new version',
  },
};
