/**
 * English: the checker's questions about infections (tuberculosis, other infections, hepatitis B and C,
 * HIV, syphilis, live vaccines), part of `questions` in ./questions.ts; same conventions.
 */
export const infectionQuestions = {
  active_tuberculosis: {
    label: 'Does the child have active tuberculosis?',
    hint: 'A positive PPD (skin test) or T-SPOT alone is not active TB: it can be a latent infection.',
  },
  active_infection: {
    label: 'Does the child have an infection now, active or not under control, that needs systemic treatment?',
    hint: 'Antibiotics or other anti-infective medicine by mouth, injection or drip; not only a cream, drops or cold medicine. The registry does not say whether an uncontrolled infection that needs no systemic treatment counts: if so, answer Don’t know and ask the study team.',
  },
  hbsag_positive: {
    label: 'Is hepatitis B surface antigen (HBsAg) positive?',
    hint: 'Not the surface antibody (anti-HBs) on the same panel, which is often positive after hepatitis B vaccination.',
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
    hint: 'For example MMR, chickenpox, live Japanese encephalitis, live hepatitis A, nasal-spray flu, oral polio drops. Look at the vaccination record: only vaccines named as live count; inactivated ones and flu jabs do not. The registry counts the 4 weeks before screening at the hospital: if the vaccine was some weeks ago, ask the study team.',
  },
};
