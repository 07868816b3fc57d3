/**
 * English: the words of the checker's form around its questions (group headings and their hints, the
 * calculators' disclosures, "or", "optional"). Only the page's build renders them: the island leaves the
 * form the page's HTML, so its bundle does not carry these (src/components/checker/CheckerEn.tsx).
 */
export const form = {
  /** The calculators' disclosures (their content loads when opened). */
  openCalculator: {
    acr: 'Work out the 2013 ACR/EULAR score',
    mrss: 'Add up the mRSS from the 17 areas',
    egfr: 'Calculate eGFR from creatinine',
    uln: 'Calculate the multiple of ULN',
    dose: 'Calculate mg/kg/day from the dose and weight',
  },
  /** Follows the question's label directly: carries its own space. */
  optional: ' (optional)',
  or: 'or',
  groups: {
    patient: 'The child',
    disease: 'Disease and treatment',
    organs: 'Heart, lungs, kidneys and liver',
    infections: 'Infections and other exclusions',
  },
  groupHints: {
    patient: '',
    disease: '',
    organs: 'Use the most recent results.',
    infections: 'Answer from test results where you have them.',
  },
};
