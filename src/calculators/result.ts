/** A calculator's answer: a number, or a code saying what to enter instead (each language words it). */
export type Problem =
  'height' | 'creatinine' | 'schwartzAge' | 'sex' | 'age' | 'ckidAge' | 'value' | 'uln' | 'dose' | 'weight';

export type Result = { ok: true; value: number } | { ok: false; problem: Problem };
