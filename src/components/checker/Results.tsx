/** The engine's result, criterion by criterion, with links to the criteria and to missing questions. */
import { CRITERION_TEXT, FACT_LABEL, type Evaluation, type FactId } from '../../criteria';
import { ui } from '../../i18n';

const t = ui().checker;

interface Props {
  result: Evaluation;
  /** How many rows are built so far (the checker builds them in steps), E13 last. */
  rows: number;
  /** Only questions currently asked can be linked to. */
  asked: FactId[];
  eligibilityUrl: string;
  goTo: (fact: FactId) => void;
}

export function MissingLinks({ facts, goTo }: { facts: string[]; goTo: (fact: FactId) => void }) {
  return (
    <>
      {facts.map((fact, i) => (
        <>
          {i > 0 && ', '}
          <a href={`#f-${fact}`} onClick={(e) => { e.preventDefault(); goTo(fact as FactId); }}>
            {FACT_LABEL[fact as FactId]}
          </a>
        </>
      ))}
    </>
  );
}

export default function Results({ result, rows, asked, eligibilityUrl, goTo }: Props) {
  return (
    <ol class="criteria-results">
      {result.criteria.slice(0, rows).map((c) => (
        <li class={`criterion criterion--${c.status}`} data-criterion={c.id} data-status={c.status}>
          <p class="criterion__head">
            <span class="badge">{(c.kind === 'exclusion' ? t.statusExclusion : t.status)[c.status]}</span>{' '}
            <a href={`${eligibilityUrl}#${c.id}`} aria-label={`${c.id}: ${CRITERION_TEXT[c.id]!.summary}`}>{c.id}</a>{' '}
            {CRITERION_TEXT[c.id]!.summary}
          </p>
          <ul class="reasons">{c.reasons.map((r) => <li>{r}</li>)}</ul>
          {c.missing.length > 0 && (
            <p class="missing">{t.missing} <MissingLinks facts={c.missing.filter((f) => asked.includes(f as FactId))} goTo={goTo} /></p>
          )}
        </li>
      ))}
      {rows > result.criteria.length && (
        <li class="criterion criterion--note" data-criterion="E13">
          <p class="criterion__head">
            <a href={`${eligibilityUrl}#E13`} aria-label={`E13: ${CRITERION_TEXT.E13!.summary}`}>E13</a> {t.standingNote}
          </p>
        </li>
      )}
    </ol>
  );
}
