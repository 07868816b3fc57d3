/** /records/criteria.json: the engine's facts and criteria, language-free (schema: src/criteria/file-schema.ts). */
import { CRITERIA, FACTS } from '../criteria';
import { trial } from '../data/trial';
import { FACT_SYSTEM } from './fhir-codes';

/** `schemaUrl`: absolute with SITE_URL, else relative to criteria.json itself. */
export function criteriaFile(schemaUrl: string) {
  return {
    $schema: schemaUrl,
    trial: trial.id,
    source: trial.registryUrl,
    /** The code system the FHIR records name these fact ids in. */
    codeSystem: FACT_SYSTEM,
    facts: FACTS,
    criteria: CRITERIA,
    standingNote: 'E13' as const,
  };
}
