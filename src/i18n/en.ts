/**
 * Every UI string of the English edition. The Chinese edition adds `zh.ts` with the same keys
 * (the type `UiStrings` makes a missing key a type error). Prose lives in `src/content/<lang>/`.
 */
export const en = {
  siteName: 'CD19 CAR-T for childhood systemic sclerosis',
  siteTagline: 'Trial NCT06792344: information for families and clinicians',
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
  searchLabel: 'Search this site',
  search: {
    button: 'Search',
    hint: 'For example: pregnancy, mRSS, side effects',
    noScript: 'Search needs JavaScript. Turn on JavaScript in your browser, or use the menu to find a page.',
    loading: 'Searching…',
    empty: 'Type a word or phrase to search.',
    one: '1 result for “{query}”',
    many: '{count} results for “{query}”',
    none: 'No results for “{query}”. Check the spelling, or try another word.',
    unavailable: 'Search works on the built site: run npm start',
    failed: 'Search is not working right now. Use the menu to find a page.',
    resultsLabel: 'Search results',
    sectionsLabel: 'Sections of this page',
  },
  footer: {
    disclaimerHeading: 'Medical disclaimer',
    disclaimer:
      'This site gives information, not medical advice. Only the study team can decide whether a child can take part. Talk to your child’s doctor before making any decision about treatment.',
    notHospital:
      'This is an independent information site about a public registry record. It is not the hospital’s own website.',
    about: 'About this site',
    lastReviewed: 'Last reviewed',
    registryRecord: 'Registry record',
  },
  externalLink: '(opens the registry website)',
} as const;

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type UiStrings = Widen<typeof en>;
