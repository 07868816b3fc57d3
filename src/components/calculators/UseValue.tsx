/** "Use this value": fills the question, then says what it filled until the calculator closes. */
import { useContext, useState } from 'preact/hooks';
import { fill } from '../../i18n/format';
import { Words } from './fields';

export default function UseValue({
  value,
  shown = value,
  offered = true,
  onUse,
}: {
  /** What the question is filled with: the number as shown, or `yes`/`no`. */
  value: string;
  /** How the filled value is named in the words ("Yes" for `yes`). */
  shown?: string;
  /** Whether there is a value to use now; what was filled stays said when there is not. */
  offered?: boolean;
  onUse: (value: string) => void;
}) {
  const t = useContext(Words);
  const [used, setUsed] = useState('');
  return (
    <>
      {offered && (
        <button
          type="button"
          class="button button--secondary"
          onClick={() => {
            onUse(value);
            setUsed(shown);
          }}
        >
          {t.use}
        </button>
      )}
      {used && <p role="status">{fill(t.used, { value: used })}</p>}
    </>
  );
}
