/** A calculator's answer: a number, or a code saying what to enter instead (each language words it). */
export type Problem =
  | 'height'
  | 'creatinine'
  | 'unit'
  | 'creatinineUnit'
  | 'schwartzAge'
  | 'sex'
  | 'age'
  | 'ckidAge'
  | 'value'
  | 'uln'
  | 'dose'
  | 'weight'
  | 'drug';

export type Result = { ok: true; value: number } | { ok: false; problem: Problem };
