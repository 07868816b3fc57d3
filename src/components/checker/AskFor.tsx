/**
 * What to ask for, grouped by the test or record that gives it (src/criteria/sources.ts), each a link
 * to its question. Built after hydration, with the rows: the page's HTML stays within one round trip.
 */
import { bySource } from '../../criteria/sources';
import { MissingLinks } from './Results';
import { useStrings } from './strings';
import type { Checker } from './useChecker';

export default function AskFor({ checker }: { checker: Checker }) {
  const t = useStrings().checker;
  return (
    <div class="ask-for">
      <h3 class="ask-for__title">{t.askFor}</h3>
      <ul>
        {bySource(checker.missing).map(([source, facts]) => (
          <li class="missing">
            <strong>{t.sources[source]}</strong>
            {t.colon}
            <MissingLinks facts={facts} />
          </li>
        ))}
      </ul>
    </div>
  );
}
