/**
 * A compact, language-free notation of a reason, for logs, tests and the engine's string contract
 * (`reasons: string[]`): "mrss 14 >= 15: false", "active_tuberculosis = false", "egfr ? >= 30: unknown".
 * Sentences for readers come from each language's formatter (src/i18n/explain.ts).
 */
import type { Reason } from './types';

const shown = (value: unknown): string =>
  value === undefined ? '?' : Array.isArray(value) ? `[${value.join(', ')}]` : String(value);

export function notation(reason: Reason): string {
  switch (reason.kind) {
    case 'threshold':
      return `${reason.fact} ${shown(reason.value)} ${reason.op} ${reason.limit}: ${reason.met ?? 'unknown'}`;
    case 'answer':
    case 'list':
      return `${reason.fact} = ${shown(reason.value)}`;
    case 'measuredOutranks':
      return `${reason.measured} outranks ${reason.answer}`;
    case 'review':
      return `${reason.criterion}: review`;
  }
}
