/**
 * "Use this value": fills the question. When the question already holds a different answer, it first
 * says what would change ("This replaces your answer Yes with No") and asks; the reader can keep theirs.
 * "Filled in" is said while the question still holds what was filled.
 */
import { useContext, useState } from 'preact/hooks';
import { fill } from '../../i18n/format';
import { useStrings } from '../checker/strings';
import { Question, Words } from './fields';

export default function UseValue({
  value,
  shown = value,
  offered = true,
}: {
  /** What the question is filled with: the number as shown, or `yes`/`no`. */
  value: string;
  /** How the filled value is named in the words ("Yes" for `yes`). */
  shown?: string;
  /** Whether there is a value to use now; what was filled stays said when there is not. */
  offered?: boolean;
}) {
  const t = useContext(Words);
  const { checker } = useStrings();
  const { current, onUse } = useContext(Question);
  const [used, setUsed] = useState<[string, string] | null>(null);
  const [asking, setAsking] = useState(false);
  const had = current.trim();
  const use = () => {
    onUse(value);
    setUsed([value, shown]);
    setAsking(false);
  };
  // Yes, No, Don't know as the question's own options say them; a number as typed.
  const named = (answer: string) => (/^(yes|no|unknown)$/.test(answer) ? checker[answer as 'yes'] : answer);
  return (
    <>
      {offered && (
        <button
          type="button"
          class="button button--secondary"
          onClick={() => (had && had !== value ? setAsking(true) : use())}
        >
          {t.use}
        </button>
      )}
      {offered && asking && had !== value && (
        <div class="calc-confirm" role="group" aria-label={t.use}>
          <p role="alert">{fill(t.replaces, { old: named(had), value: shown })}</p>
          <button type="button" class="button button--secondary" onClick={use}>
            {t.replaceYes}
          </button>{' '}
          <button type="button" class="button button--secondary" onClick={() => setAsking(false)}>
            {t.replaceNo}
          </button>
        </div>
      )}
      {used && current === used[0] && <p role="status">{fill(t.used, { value: used[1] })}</p>}
    </>
  );
}
