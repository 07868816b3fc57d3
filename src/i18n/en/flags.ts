/**
 * English: what a number that looks like another field's says at its question (src/criteria/guards.ts
 * has each range and its source). Loaded when the first one shows, so the checker's bundle does not
 * carry it. {value} is what was typed; {low} and {high} the guard's range.
 */
export const flags = {
  mistakes: {
    resultNotMultiple:
      '{value} times the upper limit of normal would be rare: this looks like the result itself, not a multiple of the upper limit (ULN). Divide the result by the upper limit printed on the report, or use the calculator below.',
    mgNotPerKg:
      'More than {low} mg/kg/day is above the usual highest daily dose by mouth. Check that this is mg per kg of body weight per day, not the dose in mg: the calculator below works it out from the dose and the weight. Intravenous pulses can be higher.',
    shorteningNotEjection:
      '{value}% is in the usual range of fractional shortening (FS, {low}% to {high}%), which echo reports print beside the ejection fraction. Enter the ejection fraction (EF), not FS.',
    fractionNotPercent: '{value} looks like a fraction: enter a percentage (0.62 is 62%).',
    pulseNotSaturation:
      '{value}% is very low for an oxygen saturation: check that it is the SpO2, not the pulse rate that the finger clip also shows.',
    measuredNotPredicted:
      '{value}% of predicted would be very low: this looks like the measured or the predicted value, not the percentage. Lung function reports list the measured value, the predicted value and measured as a % of predicted: enter that %.',
    creatinineNotEgfr:
      'An eGFR of {value} looks like a creatinine in mg/dL, not an eGFR: use the calculator below to work out the eGFR.',
    yearsNotMonths:
      'Check that this is in months: the trial needs more than {high} months. If the report gives years, multiply by 12.',
    longerThanAge: 'That is more months than the child has been alive: check the number of months.',
    nominalAge:
      'Is this the age in completed years? Counted the traditional Chinese way (1 at birth), age is 1 or 2 years more. Enter completed years.',
  },
  /** Under the message: until when the value is left out. */
  pending: 'Until you change it or tick the box, this value does not count towards the result.',
  pendingImpossible: 'Until you change it, this value does not count towards the result.',
  /** The checkbox: `input[name="<fact id>-confirmed"]`. */
  confirm: 'The report does say {value}',
};
