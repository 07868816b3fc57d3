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
  /** Under the buttons: what the last copy, save or open did. */
  notice: {
    copied: 'Summary copied. Paste it into a letter or note.',
    copyFailed:
      'Copying did not work. The summary is selected below: copy it yourself (on a phone, press and hold it).',
    saved:
      'Your browser was asked to save the answers as {file}, where it puts downloads. If no file appears there, use Copy summary instead. Open the file on this page later; to use it on another device, send or copy it there yourself.',
    opened: 'Answers saved on {date} opened. Check them against the child’s records.',
    tooLarge:
      'That file is too large (more than 100 KB) to be answers saved by this pre-screen. Your answers on this page have not changed.',
    notOurs: 'That file is not a file of answers saved by this pre-screen. Your answers on this page have not changed.',
    damaged:
      'That file of saved answers cannot be read: it may be damaged or changed. Your answers on this page have not changed.',
    newerVersion:
      'That file was saved by a newer version of this pre-screen, which this page cannot read. Your answers on this page have not changed. Reloading this page may bring the newer version, but it clears the answers on this page: to keep them, save them to a file first. Then reload and open that file again.',
  },
  savedNote:
    'A saved file holds the child’s answers, which are health information. Anyone who has the file can read them, so keep it safe.',
  print: 'Print',
  /** Instead of Print and Save in apps' built-in browsers (WeChat and others), which cannot do either. */
  inApp:
    'This page is open inside an app (such as WeChat), which cannot print or save files. To print or save, open this page in your phone’s browser: in WeChat, tap ··· at the top right, then Open in Browser. Answers typed here do not go with it, so first use Copy summary, which works here.',
  printTitle: 'Eligibility pre-screen for trial NCT06792344',
  printNote: 'Pre-screen only, not a medical record. Printed {date}.',
  /** The same note at the head of the copied summary. */
  copyNote: 'Pre-screen only, not a medical record. Copied {date}.',
  /** Heads what each calculator was given, in the copied and printed summary. */
  summaryCalculators: 'What the calculators were given',
  /** In apps' built-in browsers, beside `inApp`: what Open saved answers needs there. */
  inAppOpen: 'Open saved answers needs a file of answers saved from this page earlier, on this phone.',
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
