// A reader of a FHIR R5 EvidenceVariable with the core specification's semantics only, written without
// the engine (it imports nothing from src/): characteristics combine as definitionByCombination says
// (all-of, any-of, at-least, at-most); `exclude` means "not matching the definition meets it"; a leaf
// (definitionByTypeAndValue) matches a patient's datum of the same coded type by valueBoolean,
// valueQuantity (its comparator), valueRange (inclusive) or valueCodeableConcept; timeFromEvent limits
// when it happened; a characteristic with no definition (a description only) cannot be computed. What
// is not known is unknown (null), with Kleene's three-valued logic, so an unknown never rules anyone out.
import type { EvidenceVariableCharacteristic as Characteristic, Quantity, Range } from 'fhir/r5';

export type Tri = boolean | null;

/** What is known of a patient, keyed by "system|code" of the type; a type that is absent is not known. */
export interface Datum {
  /** A yes/no (for an event: it happened), a number in `unit`, or the codes ("system|code") recorded. */
  value: boolean | number | string[];
  /** The number's unit as UCUM code (or the unit's text where UCUM has none). */
  unit?: string;
  /** For an event: days from the reference event (negative: before it). */
  days?: number;
}
export type PatientData = ReadonlyMap<string, Datum>;

const and = (v: Tri[]): Tri => (v.includes(false) ? false : v.includes(null) ? null : true);
const or = (v: Tri[]): Tri => (v.includes(true) ? true : v.includes(null) ? null : false);
const not = (v: Tri): Tri => (v === null ? null : !v);

/** UCUM's definitions of the time units a window may use, in days. */
const DAYS: Record<string, number> = { d: 1, wk: 7, mo: 30.4375, a: 365.25 };

function compare(datum: Datum, q: Quantity): Tri {
  if (typeof datum.value !== 'number' || q.value === undefined) return null;
  if ((q.code ?? q.unit) !== datum.unit) return null; // another unit: not comparable here
  const [x, y] = [datum.value, q.value];
  switch (q.comparator ?? '=') {
    case '<':
      return x < y;
    case '<=':
      return x <= y;
    case '>=':
      return x >= y;
    case '>':
      return x > y;
    case '=':
      return x === y;
    default:
      throw new Error(`comparator ${q.comparator} is not read`);
  }
}

const inRange = (datum: Datum, r: Range): Tri =>
  and([
    r.low ? compare(datum, { ...r.low, comparator: '>=' }) : true,
    r.high ? compare(datum, { ...r.high, comparator: '<=' }) : true,
  ]);

function days(q: Quantity | undefined): number | undefined {
  if (!q || q.value === undefined) return undefined;
  const per = DAYS[q.code ?? ''];
  if (per === undefined) throw new Error(`time unit ${q.code} is not read`);
  return q.value * per;
}

/** Whether an event's time falls in a timeFromEvent window (range or single quantity). */
function inWindow(datum: Datum, window: NonNullable<Characteristic['timeFromEvent']>[number]): Tri {
  if (datum.days === undefined) return null;
  if (window.range) {
    const [low, high] = [days(window.range.low), days(window.range.high)];
    return (low === undefined || datum.days >= low) && (high === undefined || datum.days <= high);
  }
  const at = days(window.quantity);
  return at === undefined ? null : datum.days === at;
}

function byTypeAndValue(c: Characteristic, patient: PatientData): Tri {
  const d = c.definitionByTypeAndValue!;
  const datum = (d.type.coding ?? []).map((k) => patient.get(`${k.system}|${k.code}`)).find((x) => x !== undefined);
  if (!datum) return null;
  let value: Tri;
  if (d.valueBoolean !== undefined) value = typeof datum.value === 'boolean' ? datum.value === d.valueBoolean : null;
  else if (d.valueQuantity) value = compare(datum, d.valueQuantity);
  else if (d.valueRange) value = inRange(datum, d.valueRange);
  else if (d.valueCodeableConcept) {
    const recorded = datum.value;
    value = Array.isArray(recorded)
      ? (d.valueCodeableConcept.coding ?? []).some((k) => recorded.includes(`${k.system}|${k.code}`))
      : null;
  } else throw new Error('a definitionByTypeAndValue value this reader does not read');
  // A window narrows a match: the event must have happened within it.
  if (value === true && c.timeFromEvent) value = and(c.timeFromEvent.map((w) => inWindow(datum, w)));
  return value;
}

/** Whether the patient matches the characteristic's definition, before `exclude`. */
function definition(c: Characteristic, patient: PatientData): Tri {
  const combination = c.definitionByCombination;
  if (combination) {
    const values = combination.characteristic.map((child) => read(child, patient));
    const yes = values.filter((v) => v === true).length;
    const maybe = values.filter((v) => v === null).length;
    const n = combination.threshold ?? 1;
    switch (combination.code) {
      case 'all-of':
        return and(values);
      case 'any-of':
        return or(values);
      case 'at-least':
        return yes >= n ? true : yes + maybe < n ? false : null;
      case 'at-most':
        return yes + maybe <= n ? true : yes > n ? false : null;
      default:
        throw new Error(`combination ${combination.code} is not read`);
    }
  }
  if (c.definitionByTypeAndValue) return byTypeAndValue(c, patient);
  if (c.definitionReference || c.definitionCanonical || c.definitionCodeableConcept || c.definitionId) {
    throw new Error('a definition this reader does not read');
  }
  return null; // a description only: nobody can compute it
}

/** Whether the patient meets the characteristic. */
export function read(c: Characteristic, patient: PatientData): Tri {
  const value = definition(c, patient);
  return c.exclude ? not(value) : value;
}
