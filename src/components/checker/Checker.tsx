/**
 * The private eligibility pre-screen. State lives in this tab only: no network, no storage; answers
 * leave it only in a file the reader saves. The engine (src/criteria) decides; this component asks,
 * shows and explains.
 *
 * The page holds the form and the verdict rendered at build time, and the island hydrates them
 * (src/components/checker/hydrate.ts): at Lighthouse's 4x CPU slowdown, building the form's ~900
 * elements in the browser took 650 ms in one task, or 1.1 s in small steps. What is still needed and
 * the per-criterion list are built after hydration (the rows a few a task); `data-ready` marks the
 * form as working, `data-verdict` appears when the rows are complete.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ALL_CRITERION_IDS, evaluate, type FactId } from '../../criteria';
import { bySource } from '../../criteria/sources';
import { dateIn, fill, listAnd, questionWording } from '../../i18n/format';
import { askedQuestions, GROUPS, isAnswered, numberErrors, readForm, toAnswers, type Group, type Raw } from './form';
import Question, { errorMessage } from './Questions';
import Results, { MissingLinks } from './Results';
import { Strings, useStrings, type IslandStrings } from './strings';
import { openSavedFile, savedFileName, savedFileText, type OpenProblem } from './saved';
import { answerLines, stillNeeded, summaryText } from './summary';
import { copyText, SelectedText } from './copy';
import { isInAppBrowser } from './inapp';

/** What the last action left to say, under the buttons. */
type Notice = '' | 'copied' | 'copyFailed' | 'saved' | 'opened' | OpenProblem;
const PROBLEMS = new Set<Notice>(['copyFailed', 'tooLarge', 'notOurs', 'damaged', 'newerVersion']);

export interface CheckerProps {
  /** /eligibility/ with the base path. */
  eligibilityUrl: string;
  /** /contact/ with the base path. */
  contactUrl: string;
  registryUrl: string;
  /** The Intl locale of dates (src/i18n/languages.ts), so that no table of languages is in the bundle. */
  dateLocale: string;
}

/** Result rows built per task after hydration: each task stays short on a cheap phone. */
const ROWS_PER_TASK = 4;
const ROWS = ALL_CRITERION_IDS.length;

/** Moves focus to the result (its section is focusable) and brings it into view. */
function showResult() {
  const el = document.getElementById('results');
  el?.focus();
  el?.scrollIntoView?.({ block: 'start' });
}

/** Moves focus to a question's first control and brings it into view. */
function goTo(fact: FactId) {
  const el = document.getElementById(`f-${fact}`);
  el?.focus();
  el?.scrollIntoView?.({ block: 'center' });
}

/** The checker in one language: each language's entry (CheckerEn.tsx, CheckerZh.tsx) binds its strings. */
export function checkerIn(strings: Omit<IslandStrings, 'dateLocale'>) {
  return function LanguageChecker(props: CheckerProps) {
    return (
      <Strings.Provider value={{ ...strings, dateLocale: props.dateLocale }}>
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
  const [notice, setNotice] = useState<Notice>('');
  /** What the notice names: the saved file's name, or the day the opened file was saved. */
  const [detail, setDetail] = useState('');
  /** In an app's built-in browser (WeChat...), which cannot print or download: known after hydration. */
  const [inApp, setInApp] = useState(false);
  // 0 until hydrated (the build renders no rows); then the rows are built a few per task.
  const [rows, setRows] = useState(0);
  const form = useRef<HTMLFormElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  // Right after hydration, in the same task (not after the next paint as useEffect would).
  useLayoutEffect(() => {
    // Anything chosen or typed before the script ran is kept.
    const before = form.current ? readForm(form.current) : {};
    if (Object.keys(before).length) setRaw(before);
    setInApp(isInAppBrowser(navigator.userAgent));
    setRows(ROWS_PER_TASK);
  }, []);
  useEffect(() => {
    if (rows === 0 || rows >= ROWS) return;
    const timer = setTimeout(() => setRows((n) => n + ROWS_PER_TASK));
    return () => clearTimeout(timer);
  }, [rows]);
  const complete = rows >= ROWS;

  const asked = useMemo(() => askedQuestions(raw), [raw]);
  const result = useMemo(() => evaluate(toAnswers(raw, asked)), [raw, asked]);
  const errors = numberErrors(raw, asked, touched);
  const answered = asked.filter((fact) => isAnswered(fact, raw)).length;

  // Announce, politely and once, questions that appear because of an answer and a change of verdict.
  const previous = useRef({ asked, verdict: result.verdict });
  useEffect(() => {
    const added = asked.filter((fact) => !previous.current.asked.includes(fact));
    const verdictChanged = result.verdict !== previous.current.verdict;
    previous.current = { asked, verdict: result.verdict };
    const parts = added.map((fact) => fill(t.newQuestion, { label: questionWording(fact, strings.questions).label }));
    if (verdictChanged) parts.push(fill(t.verdictNow, { verdict: t.verdict[result.verdict] }));
    if (parts.length) setAnnouncement(parts.join(' '));
  }, [asked, result.verdict]);

  // Stable across renders, so that questions whose answers did not change are not rendered again.
  const set = useCallback((fact: FactId, value: string | string[]) => {
    setRaw((r) => ({ ...r, [fact]: value }));
    setNotice('');
  }, []);
  const touch = useCallback((fact: FactId) => setTouched((s) => (s.has(fact) ? s : new Set(s).add(fact))), []);

  const clearAll = () => {
    setRaw({});
    setTouched(new Set());
    setConfirming(false);
    setNotice('');
    setAnnouncement(t.cleared);
    goTo('age_years');
  };

  const summary = () => summaryText(raw, asked, result, new Date(), strings);
  const copy = async () => setNotice((await copyText(summary())) ? 'copied' : 'copyFailed');

  const save = () => {
    const now = new Date();
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([savedFileText(raw, now)], { type: 'application/json' }));
    link.download = savedFileName(now);
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href));
    setDetail(link.download);
    setNotice('saved');
  };
  const open = async (file: File | undefined) => {
    if (!file) return;
    const opened = await openSavedFile(file);
    if (!opened.ok) return setNotice(opened.problem);
    setRaw(opened.raw);
    setDetail(dateIn(opened.saved, strings.dateLocale));
    setTouched(new Set());
    setConfirming(false);
    setNotice('opened');
  };

  const failing = result.criteria.filter((c) => c.status === 'fail').map((c) => c.id);
  const reviewing = result.criteria.filter((c) => c.status === 'review').map((c) => c.id);
  const missing = stillNeeded(result, asked);
  const help = fill(t.verdictHelp[result.verdict], {
    criteria: listAnd(result.verdict === 'ineligible' ? failing : reviewing, strings.criteria),
  });
  const progress = fill(t.progress, { answered, total: asked.length });

  return (
    <div class="checker" data-ready={rows > 0 ? '' : undefined}>
      <p class="print-only">
        <strong>{fill(t.printNote, { date: dateIn(new Date(), strings.dateLocale) })}</strong>
      </p>
      <p class="checker-bar no-print">
        <strong class="checker-bar__verdict">{t.verdictShort[result.verdict]}</strong>{' '}
        <span class="checker-bar__progress">{progress}</span> <a href="#results">{t.seeResult}</a>
      </p>
      <p class="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>

      <form
        ref={form}
        class="checker-form no-print"
        noValidate
        aria-label={t.formLabel}
        onSubmit={(e) => {
          // Nothing is sent: "submitting" (the button below, or Enter in a field) goes to the result.
          e.preventDefault();
          showResult();
        }}
      >
        {(Object.keys(GROUPS) as Group[]).map((group) => (
          <section class="question-group" aria-labelledby={`g-${group}`}>
            <h2 id={`g-${group}`}>{t.groups[group]}</h2>
            {t.groupHints[group] && <p class="hint">{t.groupHints[group]}</p>}
            {GROUPS[group]
              .filter((fact) => asked.includes(fact))
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
        <button type="submit" class="button">
          {t.seeResult}
        </button>
      </form>

      <section class="results checker-panel" id="results" aria-labelledby="results-title" tabIndex={-1}>
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
          <p class="verdict__title">{t.verdict[result.verdict]}</p>
          <p>{help}</p>
          <p class="verdict__progress">{progress}</p>
          {result.verdict !== 'incomplete' && (
            <p class="no-print">
              <a href={contactUrl}>{t.nextSteps}</a> ·{' '}
              <a href={registryUrl} rel="external noopener noreferrer">
                {t.registry}
              </a>
            </p>
          )}
        </div>

        <div class="checker-actions no-print">
          <button type="button" class="button" onClick={copy}>
            {t.copy}
          </button>
          {!inApp && (
            <>
              <button type="button" class="button button--secondary" onClick={() => window.print()}>
                {t.print}
              </button>
              <button type="button" class="button button--secondary" onClick={save}>
                {t.save}
              </button>
            </>
          )}
          <button type="button" class="button button--secondary" onClick={() => fileInput.current?.click()}>
            {t.open}
          </button>
          <input
            ref={fileInput}
            type="file"
            accept=".json,application/json"
            hidden
            aria-label={t.open}
            onChange={(e) => {
              void open(e.currentTarget.files?.[0]);
              e.currentTarget.value = '';
            }}
          />
          <button
            type="button"
            class="button button--secondary"
            onClick={() => setConfirming(true)}
            aria-expanded={confirming}
          >
            {t.clear}
          </button>
        </div>
        {inApp && (
          <p class="checker-in-app no-print" id="in-app">
            {t.inApp}
          </p>
        )}
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
        <p class={`checker-notice no-print${PROBLEMS.has(notice) ? ' checker-notice--problem' : ''}`} role="status">
          {notice && fill(t.notice[notice], { date: detail, file: detail })}
        </p>
        {notice === 'copyFailed' && <SelectedText text={summary()} label={t.copy} />}
        {/* Built after hydration, with the rows: the page's HTML stays within one round trip (14 KB). */}
        {rows > 0 && result.verdict === 'incomplete' && (
          <div class="ask-for">
            <h3 class="ask-for__title">{t.askFor}</h3>
            <ul>
              {bySource(missing).map(([source, facts]) => (
                <li class="missing">
                  <strong>{t.sources[source]}</strong>
                  {t.colon}
                  <MissingLinks facts={facts} goTo={goTo} />
                </li>
              ))}
            </ul>
          </div>
        )}
        <p class="checker-saved-note no-print">{t.savedNote}</p>
      </section>

      <section class="criteria-all" aria-labelledby="criteria-title">
        <h2 id="criteria-title">{t.resultsHeading}</h2>
        <Results result={result} rows={rows} asked={asked} eligibilityUrl={eligibilityUrl} goTo={goTo} />
      </section>

      {complete && (
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
      )}
    </div>
  );
}
