/** The engine's result, criterion by criterion, with links to the criteria and to missing questions. */
import { Component } from 'preact';
import type { CriterionResult, Evaluation, FactId } from '../../criteria';
import { notation } from '../../criteria/notation';
import { explainReason } from '../../i18n/format';
import QuestionLink from './QuestionLink';
import { useStrings } from './strings';

interface Props {
  result: Evaluation;
  /** How many rows are built so far (the checker builds them in steps after hydration), E13 last. */
  rows: number;
  /** Only questions currently asked can be linked to. */
  asked: FactId[];
  eligibilityUrl: string;
}

/** Questions by name, each a link to its question: "Age, LVEF and ECG". */
export function MissingLinks({ facts }: { facts: FactId[] }) {
  const { criteria } = useStrings();
  return (
    <>
      {facts.map((fact, i) => (
        <>
          {i > 0 && criteria.separator}
          <QuestionLink fact={fact}>{criteria.factLabel[fact]}</QuestionLink>
        </>
      ))}
    </>
  );
}

interface RowProps {
  criterion: CriterionResult;
  /** The missing facts that are asked, so can be linked to. */
  missing: FactId[];
  eligibilityUrl: string;
}

function Row({ criterion: c, missing, eligibilityUrl }: RowProps) {
  const { checker: t, criteria } = useStrings();
  return (
    <li class={`criterion criterion--${c.status}`} data-criterion={c.id} data-status={c.status}>
      <p class="criterion__head">
        <span class="badge">{(c.kind === 'exclusion' ? t.statusExclusion : t.status)[c.status]}</span>{' '}
        <a href={`${eligibilityUrl}#${c.id}`} aria-label={`${c.id}: ${criteria.summary[c.id]}`}>
          {c.id}
        </a>{' '}
        {criteria.summary[c.id]}
      </p>
      <ul class="reasons">
        {c.unmet.map((r) => (
          <li>
            {t.unmet[c.kind]}
            {explainReason(r, criteria)}
          </li>
        ))}
        {c.why.map((r) => (
          <li>{explainReason(r, criteria)}</li>
        ))}
      </ul>
      {missing.length > 0 && (
        <p class="missing">
          {t.missing} <MissingLinks facts={missing} />
        </p>
      )}
      {missing.map((fact) => fact in t.settles && <p class="settles">{t.settles[fact as keyof typeof t.settles]}</p>)}
    </li>
  );
}

/** What a row shows, in the engine's language-free notation: rows whose text would not change are skipped. */
const rowKey = ({ criterion: c, missing }: RowProps) =>
  `${c.status} ${c.reasons.join('; ')} ${c.unmet.map(notation).join('; ')} ${missing.join()}`;

/**
 * A row renders again only when what it shows changes: typing in one field changes one or two rows,
 * and re-rendering all of them took about a third of a keystroke's time on a cheap phone.
 */
class PureRow extends Component<RowProps> {
  override shouldComponentUpdate(next: RowProps) {
    return rowKey(next) !== rowKey(this.props);
  }

  override render(props: RowProps) {
    return <Row {...props} />;
  }
}

export default function Results({ result, rows, asked, eligibilityUrl }: Props) {
  const { checker: t, criteria } = useStrings();
  return (
    <ol class="criteria-results">
      {result.criteria.slice(0, rows).map((c) => (
        <PureRow
          key={c.id}
          criterion={c}
          missing={c.missing.filter((f) => asked.includes(f))}
          eligibilityUrl={eligibilityUrl}
        />
      ))}
      {rows > result.criteria.length && (
        <li class="criterion criterion--note" data-criterion="E13">
          <p class="criterion__head">
            <a href={`${eligibilityUrl}#E13`} aria-label={`E13: ${criteria.summary.E13}`}>
              E13
            </a>{' '}
            {t.standingNote}
          </p>
        </li>
      )}
    </ol>
  );
}
