/** English: the calculators beside the checker's questions (loaded with them, when one is opened). */
export const calculators = {
  use: 'Use this value',
  used: 'Filled in: {value}. You can still change it.',
  /** Asked before "Use this value" replaces a different answer; {old} is the answer now. */
  replaces: 'This replaces your answer {old} with {value}.',
  replaceYes: 'Replace it',
  replaceNo: 'Keep my answer',
  /** Between the parts of what a calculator was given, in the copied and printed summary. */
  gap: '; ',
  source: 'Source:',
  /** How each result is worked out, beside its source. */
  formulas: {
    uln: 'result ÷ the lab’s own upper limit of normal.',
    dose: 'daily dose as prednisone (mg) ÷ weight (kg); equal doses: {equivalents}. US prescribing information for prednisolone tablets; Liu D et al., Allergy Asthma Clin Immunol 2013;9:30.',
    schwartz: '0.413 × height (cm) ÷ creatinine (mg/dL; µmol/L ÷ 88.4 first).',
    ckid: 'K × height (m) ÷ creatinine (mg/dL; µmol/L ÷ 88.4 first), K by sex and age.',
  },
  /** What to enter when a calculator cannot give a result, by problem code (src/calculators). */
  problems: {
    height: 'Enter height in centimetres, more than 0',
    creatinine: 'Enter creatinine as a number more than 0',
    unit: 'Choose the unit printed on the report for creatinine',
    creatinineUnit: 'Check the creatinine unit above first',
    schwartzAge: 'Bedside Schwartz was derived at ages {min} to {max}: use CKiD U25 for this age',
    sex: 'Choose the sex, which CKiD U25 needs',
    age: 'Enter age in years, which CKiD U25 needs',
    ckidAge: 'CKiD U25 is for ages {min} to {max}',
    value: 'Enter the result as a number, 0 or more',
    uln: "Enter the lab's upper limit of normal, more than 0",
    dose: 'Enter the daily dose in mg, 0 or more',
    weight: 'Enter weight in kg, more than 0',
    drug: 'Choose which glucocorticoid was given',
  },
  /** {value} is the number with its unit, as the criteria write it (criteria.units). */
  result: 'Result: {value}',
  value: 'Result from the lab',
  uln: 'Upper limit of normal for this test, from the same lab',
  drug: 'Which glucocorticoid was given?',
  /** The choices; their radio values are the keys (the automation contract). */
  drugs: {
    prednisone: 'Prednisone',
    prednisolone: 'Prednisolone',
    methylprednisolone: 'Methylprednisolone',
    hydrocortisone: 'Hydrocortisone',
    dexamethasone: 'Dexamethasone',
  },
  drugDose: '{drug} {mg} mg',
  doseEquivalent: '{drug} {dose} mg = prednisone {prednisone} mg.',
  doseMg: 'Highest daily dose of that medicine, mg',
  weightKg: 'Weight, kg',
  heightCm: 'Height, cm',
  creatinine: 'Serum creatinine',
  unit: 'Unit of creatinine, as printed on the report',
  /** The unit the eGFR calculator starts in ('' = none: the reader chooses the unit on the report). */
  creatinineDefault: '',
  unitCheck:
    '{value} {unit} would be very unusual for a child (about {umolLow} to {umolHigh} µmol/L, or {mgLow} to {mgHigh} mg/dL): it is probably in {likely}. Check the unit on the report and choose it above.',
  unitConfirm: 'Checked: the report gives {value} {unit}',
  sex: 'Sex (for CKiD U25)',
  male: 'Male',
  female: 'Female',
  ageYears: 'Age in years, decimals allowed (for CKiD U25)',
  schwartz: 'Bedside Schwartz',
  ckid: 'CKiD U25',
  schwartzAbout: 'The 2009 bedside formula (Schwartz is its first author): height and creatinine only.',
  ckidAbout:
    'From the CKiD (Chronic Kidney Disease in Children) study, 2021; U25: under 25. For ages {min} to {max}: height, creatinine, sex and age.',
  /** Under the two eGFR results; {limit} is criterion I6's (30). */
  egfrWhich:
    'The registry names no formula: if the two results fall on both sides of {limit} (criterion I6), the study team decides.',
  egfrSplit:
    'The two results fall on both sides of {limit}: leave the eGFR question unanswered and give the study team both (Copy summary lists them).',
  enterNumbers: 'Enter the values above to see the result.',
  acrSufficient:
    'Skin thickening of the fingers of both hands extending proximal to the MCP joints ({weight}, enough on its own)',
  acrTotal: 'Total: {total} of a possible {max} without the sufficient item. {met}',
  acrMet: 'Reaches {threshold}: classified as systemic sclerosis.',
  acrNotMet: 'Below {threshold}: not classified.',
  /** While items are still unchosen and the chosen ones do not reach the threshold: nothing decided. */
  acrOpen:
    'Chosen so far: {total} points; the items not chosen could add up to {possible} more. Choose an answer for every item to decide.',
  acrCaveat:
    'Not for skin thickening that spares the fingers, or where a scleroderma-like disorder better explains the findings.',
  acrItems: {
    fingers: 'Skin thickening of the fingers (count only the higher)',
    tips: 'Fingertip lesions (count only the higher)',
    telangiectasia: 'Telangiectasia',
    capillaries: 'Abnormal nailfold capillaries',
    lung: 'Pulmonary arterial hypertension and/or interstitial lung disease',
    raynaud: "Raynaud's phenomenon",
    antibodies:
      'SSc-related autoantibodies (anticentromere, anti-topoisomerase I (anti-Scl-70), anti-RNA polymerase III)',
  },
  /** An option with its weight: "Puffy fingers (2)". */
  acrOption: '{label} ({weight})',
  acrOptions: {
    none: 'None',
    puffy: 'Puffy fingers',
    sclerodactyly: 'Sclerodactyly (distal to MCP, proximal to PIP)',
    ulcers: 'Digital tip ulcers',
    pitting: 'Fingertip pitting scars',
    no: 'No',
    yes: 'Yes',
  },
  mrssScale:
    '0 normal; 1 mild thickening (skin folds easily between two fingers); 2 moderate; 3 severe (cannot pinch).',
  mrssCaution:
    'Enter the score the child’s doctor recorded: the pre-screen only compares it with the trial’s threshold. In one study, healthy children aged {age} or under scored a mean mRSS of {mean} (range {low} to {high}): that is not a normal range for a child with systemic sclerosis.',
  mrssTotal: 'Total: {total} of {max}',
  /** An area not scored yet (the first choice of each area). */
  unscored: '–',
  mrssPartial: '{scored} of {areas} areas scored: score every area to see the total.',
  area: 'Area',
  right: 'Right',
  left: 'Left',
  areas: {
    face: 'Face',
    chest: 'Anterior chest',
    abdomen: 'Abdomen',
    fingers: 'Fingers',
    hands: 'Hands (back)',
    forearms: 'Forearms',
    upperArms: 'Upper arms',
    thighs: 'Thighs',
    lowerLegs: 'Lower legs',
    feet: 'Feet (back)',
  },
};
