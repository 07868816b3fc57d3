/**
 * The private eligibility pre-screen. State lives in this tab only: no network, no storage.
 * The engine (src/criteria) decides; this component asks, shows and explains.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ALL_CRITERION_IDS, evaluate, type FactId } from '../../criteria';
import { bySource } from '../../criteria/sources';
import { fill, listAnd, questionWording } from '../../i18n/format';
import {
  askedQuestions,
  GROUPS,
  isAnswered,
  numberErrors,
  QUESTION_ORDER,
  toAnswers,
  type Group,
  type Raw,
} from './form';
import Question, { errorMessage } from './Questions';
import Results, { MissingLinks } from './Results';
import { Strings, useStrings, type IslandStrings } from './strings';
import { answerLines, stillNeeded, summaryText } from './summary';

export interface CheckerProps {
  /** /eligibility/ with the base path. */
  eligibilityUrl: string;
  /** /contact/ with the base path. */
  contactUrl: string;
  registryUrl: string;
}

/** Moves focus to a question's first control and brings it into view. */
function goTo(fact: FactId) {
  const el = document.getElementById(`f-${fact}`);
  el?.focus();
  el?.scrollIntoView?.({ block: 'center' });
}

/**
 * The form is put on the page two items at a time, one task each: the questions in order, then the
 * result rows; `data-verdict` appears once everything is built. Built in one go, its ~900 elements held
 * the main thread for ~250 ms at Lighthouse's 4x CPU slowdown (a cheap phone); in steps of two the
 * longest task is ~115 ms and Lighthouse's total blocking time fell from 160-410 ms to 13-55 ms. The
 * whole form is there within about half a second.
 */
const STEP = 2;
const ITEMS = QUESTION_ORDER.length + ALL_CRITERION_IDS.length;

/** The checker in one language: each language's entry (CheckerEn.tsx, CheckerZh.tsx) binds its strings. */
export function checkerIn(strings: IslandStrings) {
  return function LanguageChecker(props: CheckerProps) {
    return (
      <Strings.Provider value={strings}>
        <CheckerForm {...props} />
      </Strings.Provider>
    );
  };
}

function CheckerForm({ eligibilityUrl, contactUrl, registryUrl }: CheckerProps) {
  const strings = useStrings();
  const t = strings.checker;
  const [raw, setRaw] = useState<Raw>({});
  const [touched, setTouched] = useState<Set<FactId>>(new Set());
  const [announcement, setAnnouncement] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [copyState, setCopyState] = useState<'' | 'copied' | 'failed'>('');
  const [built, setBuilt] = useState(STEP);
  const complete = built >= ITEMS;
  const isBuilt = (fact: FactId) => QUESTION_ORDER.indexOf(fact) < built;
  const rowsBuilt = built - QUESTION_ORDER.length;
  useEffect(() => {
    if (complete) return;
    const timer = setTimeout(() => setBuilt((n) => n + STEP));
    return () => clearTimeout(timer);
  }, [built]);

  const asked = useMemo(() => askedQuestions(raw), [raw]);
  const result = useMemo(() => evaluate(toAnswers(raw, asked)), [raw, asked]);
  const errors = numberErrors(raw, asked, touched);
  const answered = asked.filter((fact) => isAnswered(fact, raw)).length;

  // Announce questions that appear because of an answer.
  const previous = useRef(asked);
  useEffect(() => {
    const added = asked.filter((fact) => !previous.current.includes(fact));
    previous.current = asked;
    if (added.length)
      setAnnouncement(
        added.map((fact) => fill(t.newQuestion, { label: questionWording(fact, strings.questions).label })).join(' '),
      );
  }, [asked]);

  // Stable across renders, so that questions whose answers did not change are not rendered again.
  const set = useCallback((fact: FactId, value: string | string[]) => {
    setRaw((r) => ({ ...r, [fact]: value }));
    setCopyState('');
  }, []);
  const touch = useCallback((fact: FactId) => setTouched((s) => (s.has(fact) ? s : new Set(s).add(fact))), []);

  const clearAll = () => {
    setRaw({});
    setTouched(new Set());
    setConfirming(false);
    setAnnouncement(t.cleared);
    goTo('age_years');
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(summaryText(raw, asked, result, new Date(), strings));
      setCopyState('copied');
    } catch {
      setCopyState('failed');
    }
  };

  const failing = result.criteria.filter((c) => c.status === 'fail').map((c) => c.id);
  const reviewing = result.criteria.filter((c) => c.status === 'review').map((c) => c.id);
  const missing = stillNeeded(result, asked);
  const help = fill(t.verdictHelp[result.verdict], {
    criteria: listAnd(result.verdict === 'ineligible' ? failing : reviewing, strings.lang),
  });
  const progress = fill(t.progress, { answered, total: asked.length });

  return (
    <div class="checker">
      <p class="print-only">
        <strong>{fill(t.printNote, { date: new Date().toISOString().slice(0, 10) })}</strong>
      </p>
      <p class="checker-bar no-print">
        {progress} · <a href="#results">{t.seeResults}</a>
      </p>
      <p class="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>

      <form class="checker-form no-print" noValidate aria-label={t.formLabel} onSubmit={(e) => e.preventDefault()}>
        {(Object.keys(GROUPS) as Group[])
          .filter((group) => isBuilt(GROUPS[group][0]!))
          .map((group) => (
            <section class="question-group" aria-labelledby={`g-${group}`}>
              <h2 id={`g-${group}`}>{t.groups[group]}</h2>
              {t.groupHints[group] && <p class="hint">{t.groupHints[group]}</p>}
              {GROUPS[group]
                .filter((fact) => asked.includes(fact) && isBuilt(fact))
                .map((fact) => (
                  <Question
                    key={fact}
                    fact={fact}
                    value={raw[fact]}
                    error={errors.includes(fact)}
                    set={set}
                    touch={touch}
                  />
                ))}
            </section>
          ))}
      </form>

      {rowsBuilt > 0 && (
        <>
          <section class="results" id="results" aria-labelledby="results-title" tabIndex={-1}>
            <h2 id="results-title">{t.resultHeading}</h2>
            {errors.length > 0 && (
              <div class="error-summary" role="alert" aria-labelledby="error-summary-title">
                <h3 id="error-summary-title">{t.errorSummary}</h3>
                <ul>
                  {errors.map((fact) => (
                    <li>
                      <a
                        href={`#f-${fact}`}
                        onClick={(e) => {
                          e.preventDefault();
                          goTo(fact);
                        }}
                      >
                        {errorMessage(fact, strings)}
                      </a>
                    </li>
                  ))}
                </ul>
              </div>
            )}

            <div class={`verdict verdict--${result.verdict}`} data-verdict={complete ? result.verdict : undefined}>
              <p class="verdict__title" aria-live="polite">
                {t.verdict[result.verdict]}
              </p>
              <p>{help}</p>
              {result.verdict === 'incomplete' && (
                <div class="ask-for">
                  <p class="ask-for__title">{t.askFor}</p>
                  <ul>
                    {bySource(missing).map(([source, facts]) => (
                      <li class="missing">
                        {t.sources[source]}
                        {t.colon}
                        <MissingLinks facts={facts} goTo={goTo} />
                      </li>
                    ))}
                  </ul>
                </div>
              )}
              {result.verdict !== 'incomplete' && (
                <p class="no-print">
                  <a href={contactUrl}>{t.nextSteps}</a> ·{' '}
                  <a href={registryUrl} rel="external noopener noreferrer">
                    {t.registry}
                  </a>
                </p>
              )}
              <p class="verdict__progress">{progress}</p>
            </div>

            <div class="checker-actions no-print">
              <button type="button" class="button" onClick={copy}>
                {t.copy}
              </button>
              <button type="button" class="button button--secondary" onClick={() => window.print()}>
                {t.print}
              </button>
              <button
                type="button"
                class="button button--secondary"
                onClick={() => setConfirming(true)}
                aria-expanded={confirming}
              >
                {t.clear}
              </button>
            </div>
            {confirming && (
              <div class="confirm no-print" role="group" aria-label={t.clearConfirm}>
                <p>{t.clearConfirm}</p>
                <button type="button" class="button button--warning" onClick={clearAll}>
                  {t.clearYes}
                </button>{' '}
                <button type="button" class="button button--secondary" onClick={() => setConfirming(false)}>
                  {t.clearNo}
                </button>
              </div>
            )}
            <p class="no-print" role="status">
              {copyState === 'copied' ? t.copied : copyState === 'failed' ? t.copyFailed : ''}
            </p>
            {copyState === 'failed' && (
              <textarea
                class="copy-fallback"
                readOnly
                rows={8}
                aria-label={t.copy}
                value={summaryText(raw, asked, result, new Date(), strings)}
              />
            )}

            <h3>{t.resultsHeading}</h3>
            <Results result={result} rows={rowsBuilt} asked={asked} eligibilityUrl={eligibilityUrl} goTo={goTo} />
          </section>

          <section class="print-only" aria-hidden="true">
            <h2>{t.summaryAnswers}</h2>
            <dl class="print-answers">
              {answerLines(raw, asked, strings).map(([label, text]) => (
                <>
                  <dt>{label}</dt>
                  <dd>{text}</dd>
                </>
              ))}
            </dl>
          </section>
        </>
      )}
    </div>
  );
}
