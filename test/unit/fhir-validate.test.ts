// The FHIR Bundle validated as the standards' own tools validate it, from the npm package hl7.fhir.r5.core
// 5.0.0: its R5 JSON schema (ajv; the schema's decimal pattern needs unicodeRegExp: false), every invariant
// of the resources and data types it uses (their FHIRPath, evaluated by the fhirpath package with the R5
// model), every required binding against the package's ValueSets and CodeSystems, and each HL7 code's
// display as its CodeSystem gives it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import draft6 from 'ajv/dist/refs/json-schema-draft-06.json' with { type: 'json' };
import fhirpath from 'fhirpath';
import r5 from 'fhirpath/fhir-context/r5';
import { beforeAll, describe, expect, it } from 'vitest';
import { fhirBundle } from '../../src/records/fhir';

/** fhirpath.evaluate, synchronous (no async functions are used here). */
const fp = (
  data: unknown,
  expression: string | { base: string; expression: string },
  env: object,
  model: typeof r5,
  options = {},
) => fhirpath.evaluate(data, expression, env as never, model, options) as unknown[];

const CORE = join(import.meta.dirname, '../../node_modules/hl7.fhir.r5.core');
const load = (file: string) => JSON.parse(readFileSync(join(CORE, file), 'utf8'));
type Json = Record<string, unknown>;
interface Element {
  path: string;
  constraint?: { key: string; severity: string; expression?: string }[];
  binding?: { strength: string; valueSet?: string };
}
interface StructureDefinition {
  type: string;
  kind: string;
  snapshot: { element: Element[] };
}

const bundle = JSON.parse(
  JSON.stringify(
    fhirBundle({
      assembled: new Date('2026-12-06T12:00:00Z'),
      criteriaUrl: 'https://example.org/records/criteria.json',
    }),
  ),
);
const resources: Json[] = bundle.entry.map((e: { resource: Json }) => e.resource);

/** The complex data types of R5 (Quantity, Range, Narrative...), whose invariants apply wherever they are used. */
const DATA_TYPES: StructureDefinition[] = readdirSync(CORE)
  .filter((f) => f.startsWith('StructureDefinition-') && f.endsWith('.json'))
  .map(load)
  .filter((sd) => sd.kind === 'complex-type' && sd.derivation === 'specialization' && sd.abstract === false);

/** The FHIRPath of an element path's nodes, the recursive EvidenceVariable.characteristic at every depth. */
function nodesPath(path: string): string {
  const nested = 'EvidenceVariable.characteristic';
  const expression = path.startsWith(nested)
    ? `(${nested} | ${nested}.repeat(definitionByCombination.characteristic))${path.slice(nested.length)}`
    : path;
  return expression.replace(/\[x\]/g, '');
}
const nodesAt = (resource: Json, path: string): unknown[] => fp(resource, nodesPath(path), {}, r5);

/**
 * fhirpath 5.2.2 does not implement lowBoundary()/highBoundary() on a Quantity, which rng-2 uses. Its
 * stand-in is stricter: low <= high implies lowBoundary(low) <= low <= high <= highBoundary(high). A test
 * below fails once fhirpath evaluates the original, so the stand-in goes when it is no longer needed.
 */
const STANDINS: Record<string, string> = {
  'rng-2': 'low.value.empty() or high.value.empty() or low.comparable(high).not() or (low <= high)',
};
const quiet = { traceFn: () => {} };

/** Every failed invariant of a resource or the Bundle: "key at path". Each is evaluated on every node it applies to. */
function failedInvariants(resource: Json): string[] {
  const failed: string[] = [];
  const env = { resource, rootResource: resource };
  const check = (nodes: string, c: { key: string; expression?: string }, path: string) => {
    const expression = STANDINS[c.key] ?? c.expression!;
    const result = fp(resource, `${nodes}.all(${expression})`, env, r5, quiet);
    if (!(result.length === 1 && result[0] === true)) failed.push(`${c.key} at ${path}`);
  };
  const own: StructureDefinition = load(`StructureDefinition-${resource.resourceType}.json`);
  for (const e of own.snapshot.element) {
    for (const c of e.constraint ?? []) if (c.expression) check(nodesPath(e.path), c, e.path);
  }
  for (const type of DATA_TYPES) {
    // Only the types the resource uses (ElementDefinition's eld-11 and eld-19 do not even parse as FHIRPath).
    if (fp(resource, `descendants().ofType(${type.type}).exists()`, {}, r5)[0] !== true) continue;
    for (const c of type.snapshot.element[0]!.constraint ?? []) {
      if (c.expression) check(`descendants().ofType(${type.type})`, c, type.type);
    }
  }
  return failed;
}

// ValueSets and CodeSystems of the package, by canonical URL.
const byUrl = (prefix: string) =>
  new Map<string, Json>(
    readdirSync(CORE)
      .filter((f) => f.startsWith(prefix))
      .map((f) => load(f))
      .map((r) => [r.url as string, r]),
  );
let valueSets: Map<string, Json>;
let codeSystems: Map<string, Json>;
beforeAll(() => {
  valueSets = byUrl('ValueSet-');
  codeSystems = byUrl('CodeSystem-');
});

type Concept = { code: string; display?: string; concept?: Concept[] };
const flatten = (cs: Concept[]): Concept[] => cs.flatMap((c) => [c, ...flatten(c.concept ?? [])]);

/** A ValueSet's codes as "system|code", from its compose (whole CodeSystems or listed concepts). */
function expand(url: string): Set<string> {
  const vs = valueSets.get(url.split('|')[0]!) as { compose?: { include: Json[] } } | undefined;
  if (!vs?.compose) throw new Error(`cannot expand ${url}`);
  const out = new Set<string>();
  for (const include of vs.compose.include as {
    system?: string;
    concept?: Concept[];
    filter?: unknown;
    valueSet?: string[];
  }[]) {
    if (include.filter || include.valueSet || !include.system) throw new Error(`cannot expand ${url}`);
    const concepts = include.concept ?? flatten((codeSystems.get(include.system)?.concept as Concept[]) ?? []);
    if (concepts.length === 0) throw new Error(`${include.system} is not in the package`);
    for (const c of concepts) out.add(`${include.system}|${c.code}`);
  }
  return out;
}

/** Every value at a required binding that is not in its ValueSet. */
function bindingErrors(resource: Json): string[] {
  const errors: string[] = [];
  const checkValues = (values: unknown[], url: string, where: string) => {
    if (values.length === 0) return;
    const allowed = expand(url);
    const codes = [...allowed].map((k) => k.split('|').slice(1).join('|'));
    for (const v of values) {
      const ok =
        typeof v === 'string'
          ? codes.includes(v)
          : ((v as Json).coding ? ((v as Json).coding as Json[]) : [v as Json]).some((c) =>
              allowed.has(`${c.system}|${c.code}`),
            );
      if (!ok) errors.push(`${where}: ${JSON.stringify(v)} not in ${url}`);
    }
  };
  const own: StructureDefinition = load(`StructureDefinition-${resource.resourceType}.json`);
  for (const e of own.snapshot.element) {
    if (e.binding?.strength === 'required' && e.binding.valueSet)
      checkValues(nodesAt(resource, e.path), e.binding.valueSet, e.path);
  }
  for (const type of DATA_TYPES) {
    for (const e of type.snapshot.element.slice(1)) {
      if (e.binding?.strength !== 'required' || !e.binding.valueSet) continue;
      const rest = e.path.slice(type.type.length + 1).replace(/\[x\]/g, '');
      const values = fp(resource, `descendants().ofType(${type.type}).${rest}`, {}, r5);
      checkValues(values, e.binding.valueSet, e.path);
    }
  }
  return errors;
}

describe('the FHIR R5 Bundle, validated with hl7.fhir.r5.core 5.0.0', () => {
  it('passes the R5 JSON schema (each entry against its resource’s definition), which refuses a misspelt element', () => {
    const schema = load('openapi/fhir.schema.json');
    // Only the resources the Bundle holds are listed as entries, which keeps the compile to seconds.
    const types = [...new Set(resources.map((r) => r.resourceType as string))];
    const definitions = {
      ...schema.definitions,
      ResourceList: { oneOf: types.map((t) => ({ $ref: `#/definitions/${t}` })) },
    };
    const ajv = new Ajv({ strict: false, unicodeRegExp: false, allErrors: true });
    ajv.addMetaSchema(draft6);
    const validate = ajv.compile({
      $schema: schema.$schema,
      $id: schema.id,
      $ref: '#/definitions/Bundle',
      definitions,
    });
    expect(validate(bundle), JSON.stringify(validate.errors)).toBe(true);
    const broken = structuredClone(bundle);
    broken.entry[2].resource.characteristic[0].definitionByCombination.characteristic[0].valueRange = {};
    expect(validate(broken)).toBe(false);
  });

  it.each(['Bundle', ...resources.map((r) => r.resourceType as string)])('%s: meets every R5 invariant', (type) => {
    const resource = type === 'Bundle' ? bundle : resources.find((r) => r.resourceType === type)!;
    expect(failedInvariants(resource)).toEqual([]);
  });

  it('fails an invariant when one is broken (evv-1: two definitions on one characteristic)', () => {
    const broken = structuredClone(resources.find((r) => r.resourceType === 'EvidenceVariable')!) as Json & {
      characteristic: Json[];
    };
    broken.characteristic[0]!.definitionCodeableConcept = { text: 'x' };
    expect(failedInvariants(broken).some((f) => f.startsWith('evv-1'))).toBe(true);
  });

  it('needs the stand-in for rng-2 only while fhirpath cannot take a Quantity’s boundaries', () => {
    const definition = resources.find((r) => r.resourceType === 'EvidenceVariable')!;
    const rng2 = DATA_TYPES.find((t) => t.type === 'Range')!.snapshot.element[0]!.constraint!.find(
      (c) => c.key === 'rng-2',
    )!;
    const on = (resource: Json, expression: string) =>
      fp(resource, `descendants().ofType(Range).all(${expression})`, {}, r5);
    expect(() => on(definition, rng2.expression!)).toThrow(/Decimal/);
    expect(on(definition, STANDINS['rng-2']!)).toEqual([true]);
    const swapped = JSON.parse(JSON.stringify(definition).replace('"low":{"value":5', '"low":{"value":50'));
    expect(on(swapped, STANDINS['rng-2']!)).toEqual([false]);
  });

  it.each(['Bundle', ...resources.map((r) => r.resourceType as string)])('%s: every required binding holds', (type) => {
    const resource = type === 'Bundle' ? bundle : resources.find((r) => r.resourceType === type)!;
    expect(bindingErrors(resource)).toEqual([]);
    const broken = structuredClone(resource);
    if (type === 'Bundle') broken.type = 'pile';
    else if (type === 'Organization') broken.contact[0].address.use = 'postal-ish';
    else broken.status = 'live';
    expect(bindingErrors(broken).length).toBeGreaterThan(0);
  });

  it('gives every code of an HL7 CodeSystem with the display that CodeSystem gives it', () => {
    const codings = fp(bundle, 'descendants().ofType(Coding)', {}, r5) as Json[];
    const checked = codings.filter((c) => codeSystems.has(c.system as string));
    expect(checked.length).toBeGreaterThanOrEqual(5);
    for (const c of checked) {
      const concept = flatten(codeSystems.get(c.system as string)!.concept as Concept[]).find((k) => k.code === c.code);
      expect(concept, `${c.system}|${c.code}`).toBeDefined();
      if (c.display !== undefined) expect(c.display, `${c.system}|${c.code}`).toBe(concept!.display);
    }
  });
});
