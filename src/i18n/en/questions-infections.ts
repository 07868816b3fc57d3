/**
 * English: the checker's questions about infections (tuberculosis, other infections, hepatitis B and C,
 * HIV, syphilis, live vaccines), part of `questions` in ./questions.ts; same conventions.
 */
export const infectionQuestions = {
  active_tuberculosis: {
    label: 'Does the child have active tuberculosis?',
    hint: 'A positive PPD (tuberculin skin test) or T-SPOT on its own is not active tuberculosis: it can be a latent infection (the germ is in the body but is not causing illness). Answer from the doctor’s diagnosis; if you are not sure, answer Don’t know.',
  },
  active_infection: {
    label: 'Does the child have an infection now, active or not under control, that needs systemic treatment?',
    hint: 'Systemic treatment means medicine against the infection (an antibiotic, antiviral or antifungal) by mouth, injection or drip. Only a cream or drops, or cold medicine that only eases the symptoms, does not count. The registry says “active infections or uncontrollable infections that require systemic treatment”: it does not say whether an infection that is not under control but needs no systemic treatment counts. If that is the child’s case, answer Don’t know and ask the study team.',
  },
  hbsag_positive: {
    label: 'Is hepatitis B surface antigen (HBsAg) positive?',
    hint: 'On the hepatitis B panel, the surface antigen (HBsAg) and the surface antibody (anti-HBs, HBsAb) are different tests: do not mix them up. The surface antibody is often positive after hepatitis B vaccination; that is not this one. A hepatitis B “carrier” usually has a positive surface antigen.',
    answers: { no: 'Negative', yes: 'Positive' },
  },
  hbcab_positive: {
    label: 'Is hepatitis B core antibody (HBcAb) positive?',
    hint: '',
    answers: { no: 'Negative', yes: 'Positive' },
  },
  hbv_dna_above_normal: {
    label: 'Is hepatitis B virus DNA in the blood above the normal range?',
    hint: 'Asked because HBsAg or HBcAb is positive or not known.',
    answers: { no: 'Normal, or not detected', yes: 'Above normal' },
  },
  hcv_ab_positive: {
    label: 'Is hepatitis C virus (HCV) antibody positive?',
    hint: '',
    answers: { no: 'Negative', yes: 'Positive' },
  },
  hcv_rna_above_normal: {
    label: 'Is HCV RNA above the normal range?',
    hint: 'Asked because the HCV antibody is positive or not known.',
    answers: { no: 'Normal, or not detected', yes: 'Above normal' },
  },
  hiv_ab_positive: {
    label: 'Is the HIV antibody test positive?',
    hint: '',
    answers: { no: 'Negative', yes: 'Positive' },
  },
  treponema_ab_positive: {
    label: 'Is the Treponema pallidum (syphilis) antibody test positive?',
    hint: '',
    answers: { no: 'Negative', yes: 'Positive' },
  },
  live_vaccine_within_4_weeks: {
    label: 'Has the child had a live vaccine in the last 4 weeks?',
    hint: 'For example measles-mumps-rubella (MMR), chickenpox (varicella), live Japanese encephalitis, live hepatitis A, nasal-spray flu or oral polio vaccine. If you are not sure whether a vaccine was live, look at the vaccination record or ask the clinic that gave it.',
  },
};
