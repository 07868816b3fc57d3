// Named example patients shared by the tests: the data dictionary's "typical eligible patient".
import type { Answers } from '../../src/criteria';
import examples from '../fixtures/examples.json';

const eligiblePatient = examples[0]!.answers as Answers;

/** The eligible patient with some answers changed (undefined removes an answer). */
export function patient(changes: Record<string, unknown> = {}): Record<string, unknown> {
  const out: Record<string, unknown> = { ...eligiblePatient, ...changes };
  for (const [k, v] of Object.entries(changes)) if (v === undefined) delete out[k];
  return out;
}
