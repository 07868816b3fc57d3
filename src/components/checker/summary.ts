/** Plain-text summary of the answers and results, for a referral letter (Copy summary) and for print. */
import { CRITERION_TEXT, FACT_LABEL, IMMUNOMODULATOR_LABEL, type Evaluation, type FactId } from '../../criteria';
import { fill, ui } from '../../i18n';
import { QUESTION_ORDER, isAsked, type Raw } from './form';

const t = ui().checker;

/** One "Label: answer" line per question, in question order. */
export function answerLines(raw: Raw): [string, string][] {
  return QUESTION_ORDER.map((fact: FactId) => {
    const value = raw[fact];
    let text: string;
    if (!isAsked(fact, raw)) text = t.notAsked;
    else if (value === undefined || value === '' || (Array.isArray(value) && !value.length)) text = t.notAnswered;
    else if (Array.isArray(value)) text = value.map((v) => (v === 'none' ? t.none : IMMUNOMODULATOR_LABEL[v] ?? v)).join(', ');
    else if (value === 'yes' || value === 'no' || value === 'unknown') text = t[value];
    else text = value.trim();
    return [FACT_LABEL[fact], text];
  });
}

export function summaryText(raw: Raw, result: Evaluation, date: Date): string {
  const status = (kind: string, s: keyof typeof t.status) => (kind === 'exclusion' ? t.statusExclusion : t.status)[s];
  return [
    t.printTitle,
    fill(t.printNote, { date: date.toISOString().slice(0, 10) }),
    '',
    `${t.resultHeading}: ${t.verdict[result.verdict]}`,
    '',
    `${t.summaryAnswers}:`,
    ...answerLines(raw).map(([label, text]) => `- ${label}: ${text}`),
    '',
    `${t.summaryResults}:`,
    ...result.criteria.map((c) => `- ${c.id} ${status(c.kind, c.status)}: ${c.reasons.join(' ')}`),
    `- E13: ${CRITERION_TEXT.E13!.text}`,
  ].join('\n');
}
