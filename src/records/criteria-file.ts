/** /records/criteria.json: the engine's facts and criteria, language-free (schema: src/criteria/file-schema.ts). */
import { CRITERIA, FACTS } from '../criteria';
import { trial } from '../data/trial';

export function criteriaFile(schemaUrl: string) {
  return {
    $schema: schemaUrl,
    trial: trial.id,
    source: trial.registryUrl,
    facts: FACTS,
    criteria: CRITERIA,
    standingNote: 'E13' as const,
  };
}
