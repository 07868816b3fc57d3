/**
 * English wording of the criteria, the facts and the engine's explanations. Criterion text is the
 * registry's (ClinicalTrials.gov, NCT06792344) in clean English, numbers unchanged; the registry's own
 * wording is authoritative. Explanations are templates the formatter (src/i18n/format.ts) fills from
 * the engine's records.
 */
export const criteria = {
  /** Each criterion as the registry states it (`text`, in clean English) and one plain line for families (`summary`). */
  text: {
    I1: {
      text: 'Any sex, aged 5 years or older. The registry lists ages 5 to 18 years.',
      summary: 'Children and young people aged 5 to 18 can be considered.',
    },
    I2: {
      text: 'Meets the 2013 ACR/EULAR classification criteria for systemic sclerosis (SSc).',
      summary: 'The child’s disease meets the standard scoring system doctors use to classify systemic sclerosis.',
    },
    I3: {
      text: 'Positive for any antinuclear antibody or any systemic sclerosis-specific antibody.',
      summary: 'A blood test has found antibodies that go with the disease.',
    },
    I4: {
      text: 'Modified Rodnan skin score (mRSS) of 15 points or more (out of a total of 51).',
      summary: 'The skin is thick enough on a standard skin score.',
    },
    I5: {
      text:
        'Refractory disease: no significant remission for more than 3 months despite glucocorticoids ' +
        '(at least 0.5 mg/kg/day) and cyclophosphamide, plus one or more other immunomodulators, such as ' +
        'antimalarials, azathioprine, mycophenolate, methotrexate, leflunomide, tacrolimus, cyclosporine, ' +
        'or biologics such as rituximab, belimumab or telitacicept. Or: rapid disease progression with ' +
        'routine treatment ineffective, where the investigator judges that the benefits outweigh the risks ' +
        'and the patient or guardian gives full informed consent.',
      summary:
        'The usual strong medicines have not controlled the disease; or it is getting worse quickly despite usual treatment, and the study doctors judge that taking part is worth the risks.',
    },
    I6: {
      text:
        'Major organ function basically normal: left ventricular ejection fraction (LVEF) of 55% or more and ' +
        'no obvious abnormality on the electrocardiogram (ECG); eGFR of 30 mL/min/1.73 m² or more; AST and ALT ' +
        'at most 3.0 × the upper limit of normal (ULN) and total bilirubin at most 2.0 × ULN; SpO2 of 92% or ' +
        'more; DLCO of 40% of predicted or more; FVC of 50% of predicted or more.',
      summary: 'The heart, kidneys, liver and lungs work well enough for the treatment.',
    },
    I7: {
      text:
        'Participants of childbearing age have a negative urine pregnancy test and agree to use effective ' +
        'contraception during the study until 1 year after the infusion.',
      summary:
        'Participants of childbearing age need a negative pregnancy test and must agree to use contraception; the study team explains how this applies to each child, boys included.',
    },
    I8: {
      text:
        'The patient or guardian agrees to take part and signs informed consent, understanding the purpose ' +
        'and procedures of the trial.',
      summary: 'The child, or their parent or guardian, understands the study and agrees to it in writing.',
    },
    E1: {
      text:
        'Severe pulmonary hypertension (mean pulmonary arterial pressure above 45 mmHg) or other severe ' +
        'major organ involvement.',
      summary: 'Very high blood pressure in the lungs, or other severe organ damage.',
    },
    E2: {
      text: 'Previous CAR-T cell therapy, unless the investigators have ruled out the safety risks.',
      summary: 'A child who has had CAR-T before can join only if the study doctors decide it is safe.',
    },
    E3: {
      text:
        'Active central nervous system disease, such as epilepsy, cerebrovascular ischaemia or haemorrhage, ' +
        'dementia or cerebellar disease.',
      summary: 'Active disease of the brain or nerves, such as epilepsy.',
    },
    E4: {
      text:
        'Congenital heart disease; acute myocardial infarction within 6 months before screening; severe ' +
        'arrhythmia (such as frequent multifocal supraventricular tachycardia or ventricular tachycardia); a ' +
        'large pericardial effusion or serious myocarditis; or unstable vital signs needing vasoactive drugs to ' +
        'keep up blood pressure.',
      summary:
        'Any congenital heart disease (a heart condition from birth), a recent heart attack, a serious heart ' +
        'rhythm problem, a lot of fluid around the heart or serious heart inflammation, or needing medicines ' +
        'to keep blood pressure up.',
    },
    E5: { text: 'Active tuberculosis at screening.', summary: 'Active tuberculosis (TB).' },
    E6: {
      text: 'An active or uncontrolled infection needing systemic treatment at screening.',
      summary: 'An infection at screening that needs treatment by mouth or drip.',
    },
    E7: {
      text:
        'A solid organ or haematopoietic stem cell transplant within 3 months before screening, or acute ' +
        'graft-versus-host disease (GVHD) of grade 2 or above within 2 weeks before screening.',
      summary: 'A recent transplant, or a recent transplant reaction.',
    },
    E8: {
      text:
        'Hepatitis B: hepatitis B surface antigen (HBsAg) or hepatitis B core antibody (HBcAb) positive, and ' +
        'in either case hepatitis B virus (HBV) DNA in the blood above the normal range; hepatitis C: hepatitis ' +
        'C virus (HCV) antibody positive and HCV RNA above the normal range; human immunodeficiency virus (HIV) ' +
        'antibody positive; or Treponema pallidum (syphilis) antibody positive.',
      summary: 'Active hepatitis B or C, HIV, or a positive syphilis test.',
    },
    E9: { text: 'A live vaccine within 4 weeks before screening.', summary: 'A live vaccine in the last 4 weeks.' },
    E10: { text: 'A positive blood pregnancy test.', summary: 'Being pregnant.' },
    E11: {
      text: 'A known malignant disease, such as a tumour, before screening.',
      summary: 'Cancer now or in the past.',
    },
    E12: {
      text: 'Took part in another interventional clinical trial within 3 months before enrolment.',
      summary:
        'Another interventional clinical trial (one that gives a treatment or test) in the 3 months before joining.',
    },
    E13: {
      text: 'Any other situation in which the investigators consider taking part inappropriate.',
      summary: 'The study doctors can always decide that the study is not right for a child.',
    },
  },
  /** Short clinical labels for the facts, used in explanations and summaries. */
  factLabel: {
    age_years: 'Age',
    childbearing_potential: 'Of childbearing age',
    ssc_classification_met: '2013 ACR/EULAR classification met',
    autoantibody_positive: 'ANA or SSc-specific antibody positive',
    mrss: 'mRSS',
    max_glucocorticoid_mg_per_kg_day: 'Highest glucocorticoid dose',
    cyclophosphamide_received: 'Cyclophosphamide received',
    other_immunomodulators: 'Other immunomodulators',
    months_without_remission: 'Months without significant remission',
    rapid_progression_refractory: 'Rapid progression despite routine treatment',
    lvef_pct: 'LVEF',
    ecg_normal: 'ECG without obvious abnormality',
    egfr: 'eGFR',
    ast_x_uln: 'AST',
    alt_x_uln: 'ALT',
    bilirubin_x_uln: 'Total bilirubin',
    spo2_pct: 'SpO2',
    dlco_pct_pred: 'DLCO',
    fvc_pct_pred: 'FVC',
    urine_pregnancy_negative: 'Urine pregnancy test negative',
    contraception_agreed: 'Agrees to effective contraception',
    consent_willing: 'Willing to give informed consent',
    mpap_mmhg: 'Mean pulmonary arterial pressure',
    severe_pulmonary_hypertension: 'Severe pulmonary hypertension',
    other_severe_organ_involvement: 'Other severe major organ involvement',
    prior_car_t: 'Previous CAR-T therapy',
    active_cns_disease: 'Active central nervous system disease',
    congenital_heart_disease: 'Congenital heart disease',
    recent_myocardial_infarction: 'Myocardial infarction within 6 months',
    severe_arrhythmia: 'Severe arrhythmia',
    pericardial_or_myocardial_disease: 'Large pericardial effusion or serious myocarditis',
    vasoactive_support: 'Needs vasoactive drugs',
    active_tuberculosis: 'Active tuberculosis',
    active_infection: 'Active or uncontrolled infection',
    transplant_within_3_months: 'Transplant within 3 months',
    acute_gvhd_grade2_within_2_weeks: 'Acute GVHD grade 2 or above within 2 weeks',
    hbsag_positive: 'HBsAg positive',
    hbcab_positive: 'HBcAb positive',
    hbv_dna_above_normal: 'HBV DNA above normal',
    hcv_ab_positive: 'HCV antibody positive',
    hcv_rna_above_normal: 'HCV RNA above normal',
    hiv_ab_positive: 'HIV antibody positive',
    treponema_ab_positive: 'Treponema pallidum antibody positive',
    live_vaccine_within_4_weeks: 'Live vaccine within 4 weeks',
    blood_pregnancy_positive: 'Blood pregnancy test positive',
    known_malignancy: 'Known malignancy',
    other_trial_within_3_months: 'Other interventional trial within 3 months',
  },
  immunomodulator: {
    antimalarial: 'an antimalarial drug',
    azathioprine: 'azathioprine',
    mycophenolate: 'mycophenolate',
    methotrexate: 'methotrexate',
    leflunomide: 'leflunomide',
    tacrolimus: 'tacrolimus',
    cyclosporine: 'cyclosporine',
    rituximab: 'rituximab',
    belimumab: 'belimumab',
    telitacicept: 'telitacicept',
    other_biologic: 'another biologic',
    other_immunomodulator: 'another immunomodulator (not listed)',
  },
  /** Between the items of a list. */
  separator: ', ',
  /** Before the last item of a list: "I1, I4 and E8". */
  and: ' and ',
  /** Units, by code: {n} is the number. */
  units: {
    years: '{n} years',
    points: '{n} points',
    mg_per_kg_day: '{n} mg/kg/day',
    months: '{n} months',
    percent: '{n}%',
    ml_min_173: '{n} mL/min/1.73 m²',
    x_uln: '{n} × ULN',
    percent_predicted: '{n}% predicted',
    mmhg: '{n} mmHg',
  },
  /** The engine's reasons as sentences: "mRSS 14 points: below the minimum of 15 points." */
  explain: {
    ops: {
      '>=': { met: 'at least', unmet: 'below the minimum of' },
      '<=': { met: 'at most', unmet: 'above the maximum of' },
      '>': { met: 'above', unmet: 'not above' },
    },
    threshold: '{label} {value}: {op} {limit}.',
    thresholdUnknown: '{label}: not answered yet (needed: {op} {limit}).',
    answer: '{label}: {answer}.',
    answers: { yes: 'yes', no: 'no', unknown: 'not known yet' },
    list: '{label}: {items}.',
    listNone: '{label}: none received.',
    listUnknown: '{label}: not answered yet.',
    measuredOutranks: 'The measured pressure is used instead of the yes/no answer.',
    review: {
      I5: 'Rapid progression with routine treatment ineffective: the investigators decide whether the benefits outweigh the risks.',
      E2: 'Previous CAR-T therapy: the investigators decide whether the safety risks can be ruled out.',
    },
  },
};
