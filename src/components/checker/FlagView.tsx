/**
 * Under a number that looks like another field's (src/criteria/guards.ts): what it looks like, that it
 * does not count yet, and, unless no such value can be right, the checkbox "the report does say this"
 * (`input[name="<fact id>-confirmed"]`). Loaded with its words when the first flag shows (./Flag.tsx).
 */
import type { FactId, Guard } from '../../criteria';
import { fill } from '../../i18n/format';
import type { FlagStrings } from '../../i18n/types';
import { parseNumber } from '../../lib/numbers';

export interface FlagProps {
  fact: FactId;
  guard: Guard;
  /** What was typed. */
  text: string;
  /** The value the reader confirmed, if any. */
  confirmed: number | undefined;
  confirm: (fact: FactId, value: number | undefined) => void;
}

export default function FlagView({ fact, guard, text, confirmed, confirm, t }: FlagProps & { t: FlagStrings }) {
  const value = text.trim();
  const number = parseNumber(text);
  const low = guard.from ?? (typeof guard.above === 'number' ? guard.above : '');
  return (
    <div class="calc-flag" id={`flag-${fact}`} role="alert">
      <p>
        <strong>{fill(t.mistakes[guard.mistake], { value, low, high: guard.to ?? '' })}</strong>
      </p>
      <p>{guard.impossible ? t.pendingImpossible : t.pending}</p>
      {!guard.impossible && (
        <label class="choice">
          <input
            type="checkbox"
            name={`${fact}-confirmed`}
            checked={confirmed !== undefined && confirmed === number}
            onChange={(e) => confirm(fact, e.currentTarget.checked ? number : undefined)}
          />{' '}
          {fill(t.confirm, { value })}
        </label>
      )}
    </div>
  );
}
