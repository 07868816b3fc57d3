/** English: the checker's frame, results and summary. Questions are in ./questions.ts, the form's other words in ./form.ts. */
export const checker = {
  loadingCalculator: 'Loading the calculator…',
  formLabel: 'Pre-screen questions',
  yes: 'Yes',
  no: 'No',
  unknown: 'Don’t know',
  errorPrefix: 'Error:',
  errorSummary: 'There is a problem',
  numberError: 'Enter {what} from {min} to {max}',
  /** Follows {what} directly (no space is added). */
  wholeNumber: ' as a whole number',
  newQuestion: 'New question: {label}',
  progress: '{answered} of {total} answered',
  resultHeading: 'Result so far',
  resultsHeading: 'Criterion by criterion',
  seeResult: 'See the result',
  /** The verdict in the bar at the bottom of a phone's screen. */
  verdictShort: {
    ineligible: 'Not eligible',
    incomplete: 'More information needed',
    review: 'Needs the study team’s judgement',
    likely_eligible: 'May be eligible',
  },
  /** Announced (politely) when the verdict changes. */
  verdictNow: 'Result now: {verdict}.',
  verdict: {
    ineligible: 'Not eligible',
    incomplete: 'More information needed',
    review: 'Needs the study team’s judgement',
    likely_eligible: 'May be eligible — the study team makes the final decision',
  },
  verdictHelp: {
    ineligible:
      'From these answers, the child is ruled out by {criteria} (see the list below). This is a pre-screen, not a decision: check the answers against the records, and talk to the child’s doctor about other options. The study team can answer questions through the registry record.',
    incomplete: 'Some answers are still needed to decide. Each link below goes to its question.',
    review:
      'From these answers, nothing rules the child out, but {criteria} can only be decided by the study team. Contact them through the registry record to ask.',
    likely_eligible:
      'From these answers, the child may qualify. Only the study team can decide, after its own tests. Contact them through the registry record.',
  },
  nextSteps: 'How to contact the study team',
  registry: 'The registry record',
  status: { pass: 'Met', fail: 'Not met', unknown: 'Not known yet', review: 'Study team decides' },
  statusExclusion: {
    pass: 'Does not apply',
    fail: 'Applies: may rule out',
    unknown: 'Not known yet',
    review: 'Study team decides',
  },
  missing: 'Still needed:',
  /** Before an alternative already decided while the criterion is still not known (I5's dose below 0.5); carries its own space. */
  unmet: { inclusion: 'Not met this way: ', exclusion: 'Does not rule out: ' },
  /** Heads the missing facts grouped by the test or record that gives them (screen, copy and print). */
  askFor: 'Still needed, and where to find it',
  /** Between a label and what follows it. */
  colon: ': ',
  standingNote:
    'Also, the investigators can judge a child unsuitable for any other reason. This pre-screen cannot check that, so it is not part of the result above.',
  /** Under a criterion's row while the fact is still needed: what would settle it. */
  settles: {
    severe_pulmonary_hypertension:
      'What would settle it: the mean pressure (mPAP) from a right heart catheter, or the child’s doctor saying whether there is severe pulmonary hypertension. An echo estimate does not.',
  },
  clear: 'Clear all answers',
  clearConfirm: 'Clear every answer on this page?',
  clearYes: 'Yes, clear all',
  clearNo: 'Cancel',
  cleared: 'All answers cleared.',
  copy: 'Copy summary',
  save: 'Save answers',
  open: 'Open saved answers',
  /** Under the buttons when what they do could not be loaded (the connection gone): the rest are in actions.ts. */
  notLoaded:
    'These buttons cannot work just now: what they need could not be loaded, so the button you pressed did nothing. Check the connection, then press the same button again. If it still does not work, reload the page (this does not clear your answers).',
  savedNote:
    'A saved file holds the child’s answers, which are health information. Anyone who has the file can read them, so keep it safe.',
  print: 'Print',
  printTitle: 'Eligibility pre-screen for trial NCT06792344',
  printNote: 'Pre-screen only, not a medical record. Printed {date}.',
  /** Heads what each calculator was given, in the copied and printed summary. */
  summaryCalculators: 'What the calculators were given',
  summaryAnswers: 'Answers',
  /** One line of the copied summary. */
  summaryLine: '{label}: {text}',
  /** Between two sentences in the copied summary. */
  sentenceGap: ' ',
  summaryResults: 'Results',
  notAsked: 'not asked',
  notAnswered: 'not answered',
  none: 'None of these',
  /** Where to find what is still needed (src/criteria/sources.ts), for a parent to ask the child's doctor. */
  sources: {
    family: 'The child and family',
    treatmentHistory: 'Treatment history',
    rheumatologist: 'The child’s rheumatologist',
    bloodTests: 'Blood tests (eGFR is worked out from creatinine)',
    heartUltrasound: 'Heart ultrasound (echocardiogram)',
    ecg: 'ECG (heart tracing)',
    lungFunction: 'Lung function tests',
    fingerClip: 'Finger clip (oxygen saturation)',
    heartCatheter: 'Right heart catheter, only if it was done',
    pregnancyTests: 'Pregnancy tests',
    medicalRecords: 'The child’s medical records',
  },
};
