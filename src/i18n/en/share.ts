/**
 * English: what is printed or shared about the trial (the A4 flyer, the phone poster, the link preview
 * picture, the records for clinicians). Facts only from src/data/trial.ts and the registry listing:
 * ages 5-18, refractory SSc, Phase 1, CD19 CAR-T, investigator-initiated, the hospital in Hangzhou.
 */
export const share = {
  /** The link to the flyer from the home and contact pages. */
  flyerLink: 'Print a flyer or save a poster about this study',
  flyer: {
    title: 'Flyer and poster to share',
    description:
      'A one-page A4 flyer to print and a poster to save on a phone about trial NCT06792344, CD19 CAR-T cells for children with hard-to-treat systemic sclerosis.',
    screenIntro:
      'Print this page to get a one-page A4 flyer, for example for a clinic notice board. On a phone, save the poster further down and share it.',
    qrTitle: 'QR code that opens {url}',
    posterHeading: 'Poster for phones and WeChat',
    posterAlt:
      'Poster about trial {id}: who it is for, what it is, where it takes place, a QR code that opens this site, and how to get in touch.',
    longPress:
      'On a phone, press and hold the picture. In WeChat, choose 保存图片 (Save image) to keep it, or 识别图中二维码 (Extract QR code) to open this site.',
  },
  /** The essentials, the same on the flyer and the poster. */
  essentials: {
    heading: 'A study of CAR-T cells for children with hard-to-treat systemic sclerosis',
    whoForHeading: 'Who it is for',
    whoFor:
      'Children and young people aged {min} to {max} with systemic sclerosis (SSc) that has not responded to treatment.',
    whatHeading: 'What it is',
    // The seed listing: an investigator-initiated Phase 1 trial assessing safety and efficacy.
    what: 'A Phase 1 study of CD19 CAR-T cells. It looks at how safe the treatment is and how well it works. The hospital’s own investigators started it.',
    where: 'It takes place at The Children’s Hospital of Zhejiang University School of Medicine, in Hangzhou, China.',
    registryId: 'Registry number: {id}',
    contactHeading: 'How to get in touch',
    /** Followed by the record's address (the space is this language's). */
    contact: 'The study team’s contact details are on the trial’s registry record: ',
    scan: 'Scan the code to read about the study in plain English:',
    independent:
      'This comes from an independent information site about the trial. It is not the hospital’s own website. Only the study team can decide whether a child can take part.',
  },
  /** The link preview picture (og:image): a few words, large. */
  preview: {
    tagline: 'Phase 1 · ages {min} to {max} · Hangzhou, China',
    alt: 'Trial {id}: CD19 CAR-T cells for children with hard-to-treat systemic sclerosis.',
  },
  /** /eligibility/: the records as data, one sentence each. */
  records: {
    heading: 'For clinicians and registries',
    /** Between a file's name and what it holds. */
    colon: ': ',
    intro: 'The same facts and criteria as files a program can read. The registry record stays authoritative.',
    ctgov: 'in the shape of the ClinicalTrials.gov API (version 2), with the criteria as listed here.',
    fhir: 'a FHIR R5 Bundle: the ResearchStudy, its sponsor, and the criteria as an eligibility Group.',
    criteria: 'the criteria exactly as the pre-screen decides them, with their JSON Schema.',
  },
};
