/**
 * The registry's eligibility criteria (ClinicalTrials.gov, NCT06792344) in clean English, numbers
 * unchanged; the registry's own wording is authoritative. For the eligibility page (and its printed
 * checklist): the checker's island shows the plain summaries in ./criteria.ts and leaves these out of
 * its bundle.
 */
export const criterionText = {
  I1: 'Any sex, aged 5 years or older. The registry lists ages 5 to 18 years.',
  I2: 'Meets the 2013 ACR/EULAR classification criteria for systemic sclerosis (SSc).',
  I3: 'Positive for any antinuclear antibody or any systemic sclerosis-specific antibody.',
  I4: 'Modified Rodnan skin score (mRSS) of 15 points or more (out of a total of 51).',
  I5:
    'Refractory disease: no significant remission for more than 3 months despite glucocorticoids ' +
    '(at least 0.5 mg/kg/day) and cyclophosphamide, plus one or more other immunomodulators, such as ' +
    'antimalarials, azathioprine, mycophenolate, methotrexate, leflunomide, tacrolimus, cyclosporine, ' +
    'or biologics such as rituximab, belimumab or telitacicept. Or: rapid disease progression with ' +
    'routine treatment ineffective, where the investigator judges that the benefits outweigh the risks ' +
    'and the patient or guardian gives full informed consent.',
  I6:
    'Major organ function basically normal, meaning all of the following: left ventricular ejection fraction ' +
    '(LVEF) of 55% or more and no obvious abnormality on the electrocardiogram (ECG); eGFR of 30 mL/min/1.73 m² ' +
    'or more; AST and ALT at most 3.0 × the upper limit of normal (ULN) and total bilirubin at most 2.0 × ULN; ' +
    'SpO2 of 92% or more; DLCO of 40% of predicted or more; FVC of 50% of predicted or more.',
  I7:
    'Participants of childbearing age have a negative urine pregnancy test and agree to use effective ' +
    'contraception during the study until 1 year after the infusion.',
  I8:
    'The patient or guardian agrees to take part and signs informed consent, understanding the purpose ' +
    'and procedures of the trial.',
  E1:
    'Severe pulmonary hypertension (mean pulmonary arterial pressure above 45 mmHg) or other severe ' +
    'major organ involvement.',
  E2: 'Previous CAR-T cell therapy, unless the investigators have ruled out the safety risks.',
  E3:
    'Active central nervous system disease, such as epilepsy, cerebrovascular ischaemia or haemorrhage, ' +
    'dementia or cerebellar disease.',
  E4:
    'Congenital heart disease; acute myocardial infarction within 6 months before screening; severe ' +
    'arrhythmia (such as frequent multifocal supraventricular tachycardia or ventricular tachycardia); a ' +
    'large pericardial effusion or serious myocarditis; or unstable vital signs needing vasoactive drugs to ' +
    'keep up blood pressure.',
  E5: 'Active tuberculosis at screening.',
  E6: 'Active infections or uncontrollable infections that require systemic treatment, at screening.',
  E7:
    'A solid organ or haematopoietic stem cell transplant within 3 months before screening, or acute ' +
    'graft-versus-host disease (GVHD) of grade 2 or above within 2 weeks before screening.',
  E8:
    'Hepatitis B: hepatitis B surface antigen (HBsAg) or hepatitis B core antibody (HBcAb) positive, and ' +
    'in either case hepatitis B virus (HBV) DNA in the blood above the normal range; hepatitis C: hepatitis ' +
    'C virus (HCV) antibody positive and HCV RNA above the normal range; human immunodeficiency virus (HIV) ' +
    'antibody positive; or Treponema pallidum (syphilis) antibody positive.',
  E9: 'A live vaccine within 4 weeks before screening.',
  E10: 'A positive blood pregnancy test.',
  E11: 'A known malignant disease, such as a malignant tumour, before screening.',
  E12: 'Took part in another interventional clinical trial within 3 months before enrolment.',
  E13: 'Any other situation in which the investigators consider taking part inappropriate.',
};
