/**
 * 2013 ACR/EULAR classification criteria for SSc (van den Hoogen F et al., Ann Rheum Dis
 * 2013;72:1747-1755, Table 1) and the modified Rodnan skin score (Khanna D et al., J Scleroderma Relat
 * Disord 2017;2:11-18), as data with their totals.
 */
import { CLASSIFICATION_THRESHOLD } from './threshold';

/** Items scored by choosing one option; "count only the higher" items are single choices. */
export const ACR_EULAR_ITEMS = [
  {
    id: 'fingers',
    options: [
      ['none', 0],
      ['puffy', 2],
      ['sclerodactyly', 4],
    ],
  },
  {
    id: 'tips',
    options: [
      ['none', 0],
      ['ulcers', 2],
      ['pitting', 3],
    ],
  },
  {
    id: 'telangiectasia',
    options: [
      ['no', 0],
      ['yes', 2],
    ],
  },
  {
    id: 'capillaries',
    options: [
      ['no', 0],
      ['yes', 2],
    ],
  },
  {
    id: 'lung',
    options: [
      ['no', 0],
      ['yes', 2],
    ],
  },
  {
    id: 'raynaud',
    options: [
      ['no', 0],
      ['yes', 3],
    ],
  },
  {
    id: 'antibodies',
    options: [
      ['no', 0],
      ['yes', 3],
    ],
  },
] as const;

/** Skin thickening of the fingers of both hands proximal to the MCP joints: sufficient on its own. */
export const SUFFICIENT_WEIGHT = 9;
/** A total of 9 or more classifies as definite SSc (threshold.ts). */
export { CLASSIFICATION_THRESHOLD };
/** The highest total without the sufficient item: the top weight of each item (19). */
export const ACR_EULAR_MAX_WITHOUT_SUFFICIENT = ACR_EULAR_ITEMS.reduce(
  (sum, item) => sum + Math.max(...item.options.map(([, w]) => w)),
  0,
);

export type AcrEularChoices = { sufficient?: boolean } & Partial<
  Record<(typeof ACR_EULAR_ITEMS)[number]['id'], string>
>;

export function acrEularTotal(choices: AcrEularChoices): number {
  let total = choices.sufficient ? SUFFICIENT_WEIGHT : 0;
  for (const item of ACR_EULAR_ITEMS) {
    const chosen = (item.options as readonly (readonly [string, number])[]).find(([id]) => id === choices[item.id]);
    total += chosen?.[1] ?? 0;
  }
  return total;
}

export type AcrEularDecision = 'met' | 'notMet' | undefined;

/**
 * What the items chosen so far decide (`choices`: the sufficient item `yes`/`no`, each item its
 * option; an item not chosen is not known, never "none"): the total of the chosen items, the points the
 * items not chosen could still add, and the decision: met as soon as the total reaches the threshold,
 * not met only when every item is chosen and the total is below it, otherwise undecided.
 */
export function acrEularStatus(choices: Readonly<Record<string, string | undefined>>): {
  total: number;
  possible: number;
  decided: AcrEularDecision;
} {
  let total = choices.sufficient === 'yes' ? SUFFICIENT_WEIGHT : 0;
  let possible = choices.sufficient === undefined ? SUFFICIENT_WEIGHT : 0;
  for (const item of ACR_EULAR_ITEMS) {
    const options = item.options as readonly (readonly [string, number])[];
    const chosen = options.find(([id]) => id === choices[item.id]);
    if (chosen) total += chosen[1];
    else possible += Math.max(...options.map(([, w]) => w));
  }
  const decided = total >= CLASSIFICATION_THRESHOLD ? 'met' : possible === 0 ? 'notMet' : undefined;
  return { total, possible, decided };
}

/** The 17 mRSS areas: three single, seven scored right and left. */
export const MRSS_SINGLE = ['face', 'chest', 'abdomen'] as const;
export const MRSS_PAIRED = ['fingers', 'hands', 'forearms', 'upperArms', 'thighs', 'lowerLegs', 'feet'] as const;
export const MRSS_AREAS = [...MRSS_SINGLE, ...MRSS_PAIRED.flatMap((a) => [`${a}Right`, `${a}Left`])];

/** Each area is scored 0-3, so the total is 0-51. */
export const MRSS_MAX = MRSS_AREAS.length * 3;

/**
 * Healthy children aged 16 or under scored a mean mRSS of 13.9 (range 4-25) in one study (Foeldvari I et
 * al., PMID 16174648): the checker takes the clinician's score and does not interpret it.
 */
export const HEALTHY_CHILDREN_MRSS = { age: 16, mean: 13.9, low: 4, high: 25 } as const;

/** The areas scored so far, of the 17: a total is given only when every area is scored. */
export const mrssScored = (scores: Readonly<Record<string, unknown>>) =>
  MRSS_AREAS.filter((area) => /^[0-3]$/.test(String(scores[area]))).length;

/** Total of the area scores (each 0-3); areas not scored count 0. Range 0-51. */
export function mrssTotal(scores: Record<string, number>): number {
  return MRSS_AREAS.reduce((sum, area) => sum + Math.min(3, Math.max(0, scores[area] ?? 0)), 0);
}
