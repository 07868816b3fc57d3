/**
 * The checker's state, apart from its view: the answers, which questions are asked, the engine's
 * result, the number errors, progress, what is still needed, the notices, and the result rows built a
 * few per task after hydration. Returns one object: what the view shows (CheckerView) and what it can
 * do (CheckerActions). One object rather than two keeps the island's bundle a little smaller.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ALL_CRITERION_IDS, evaluate, screenAnswers, type FactId } from '../../criteria';
import { dayIn, fill, listAnd, questionWording } from '../../i18n/format';
import { askedQuestions, isAnswered, numberErrors, toAnswers, type Raw } from './form';
import { isInAppBrowser } from './inapp';
import { goTo } from './QuestionLink';
import { useStrings } from './strings';
import { stillNeeded } from './summary';
import { useAnswers, useDescribed } from './useAnswers';
import { useRequested } from './useRequested';
import type { Checker, Notice } from './view';

/**
 * Result rows built per task after hydration: each task stays short on a cheap phone. Each task's render
 * waits for a frame (hydrate.ts), so fewer, larger tasks finish sooner: 7 rather than 4 (three tasks for
 * the 21 rows, not six) had the list complete 80-110 ms sooner at 4x CPU slowdown.
 */
const ROWS_PER_TASK = 7;
const ROWS = ALL_CRITERION_IDS.length;

export type { Checker, CheckerActions, CheckerView, Notice } from './view';

/** `form` is the rendered form, read once at hydration for anything chosen before the script ran. */
export function useChecker(form: { current: HTMLFormElement | null }): Checker {
  const strings = useStrings();
  const t = strings.checker;
  const [touched, setTouched] = useState<Set<FactId>>(new Set());
  // Answers that came back count as typed and left: their errors and flags show.
  const { raw, setRaw, calc, input, openCalcs, toggle, confirmed, setConfirmed, confirm, reset } = useAnswers(
    form,
    (facts) => setTouched(new Set(facts)),
  );
  const [announcement, setAnnouncement] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState<Notice>('');
  const [detail, setDetail] = useState('');
  const [inApp, setInApp] = useState(false);
  const [rows, setRows] = useState(0);
  const requested = useRequested(strings.loadActions);

  // After hydration (useAnswers has restored what this tab kept and anything chosen or typed before the
  // script ran), in a task of its own so that hydration's stays short on a cheap phone, the first rows
  // and what depends on the browser. Then the next rows, a task each, until all are built.
  useLayoutEffect(() => {
    const timer = setTimeout(() => {
      const inApp = isInAppBrowser(navigator.userAgent);
      setInApp(inApp);
      // The page's words outside the island that point to Print or Save hide in an app (checker.css).
      if (inApp) {
        document.documentElement.dataset.inApp = '';
        requested.prepare(); // the notes that replace Print and Save are among its words
      }
      setRows(ROWS_PER_TASK);
    });
    return () => clearTimeout(timer);
  }, []);

  const described = useDescribed(calc, strings);
  useEffect(() => {
    if (rows === 0 || rows >= ROWS) return;
    const timer = setTimeout(() => setRows((n) => n + ROWS_PER_TASK));
    return () => clearTimeout(timer);
  }, [rows]);

  const asked = useMemo(() => askedQuestions(raw), [raw]);
  // A flagged value the reader has not confirmed is not known yet (src/criteria/guards.ts).
  const { answers, flags } = useMemo(() => screenAnswers(toAnswers(raw, asked), confirmed), [raw, asked, confirmed]);
  const result = useMemo(() => evaluate(answers), [answers]);

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

  const set = useCallback((fact: FactId, value: string | string[]) => {
    setRaw((r) => ({ ...r, [fact]: value }));
    setNotice('');
  }, []);
  const touch = useCallback((fact: FactId) => setTouched((s) => (s.has(fact) ? s : new Set(s).add(fact))), []);

  const summary = () => {
    const done = requested.loaded.current;
    return done ? done.code.summaryText(raw, asked, result, new Date(), strings, done.words, described) : '';
  };
  const failed = () => setNotice('notLoaded');
  // The criteria the verdict rests on: those not met when it is "not eligible", else those the team decides.
  const named = result.verdict === 'ineligible' ? 'fail' : 'review';
  return {
    set,
    touch,
    confirm,
    input,
    toggle,
    confirmClear: setConfirming,
    clear() {
      reset();
      setTouched(new Set());
      setConfirming(false);
      setNotice('');
      setAnnouncement(t.cleared);
      goTo('age_years');
    },
    prepare: requested.prepare,
    copy() {
      requested.run(async ({ code }) => setNotice((await code.copyText(summary())) ? 'copied' : 'copyFailed'), failed);
    },
    save() {
      requested.run(({ code }) => {
        setDetail(code.downloadSavedFile(raw, new Date(), confirmed));
        setNotice('saved');
      }, failed);
    },
    open(file) {
      if (!file) return;
      requested.run(async ({ code }) => {
        const opened = await code.openSavedFile(file);
        if (!opened.ok) return setNotice(opened.problem);
        setRaw(opened.raw);
        setConfirmed(opened.confirmed);
        setDetail(dayIn(opened.saved, strings.dates));
        setTouched(new Set(Object.keys(opened.raw) as FactId[])); // as if typed and left: flags show
        setConfirming(false);
        setNotice('opened');
      }, failed);
    },
    summary,
    raw,
    confirmed,
    calc,
    openCalcs,
    described,
    asked,
    flags: Object.fromEntries(Object.entries(flags).filter(([fact]) => touched.has(fact as FactId))),
    result,
    errors: numberErrors(raw, asked, touched),
    progress: fill(t.progress, { answered: asked.filter((fact) => isAnswered(fact, raw)).length, total: asked.length }),
    help: fill(t.verdictHelp[result.verdict], {
      criteria: listAnd(
        result.criteria.filter((c) => c.status === named).map((c) => c.id),
        strings.criteria,
      ),
    }),
    missing: stillNeeded(result, asked),
    rows,
    complete: rows >= ROWS,
    inApp,
    requested: requested.ready,
    confirming,
    notice,
    detail,
    announcement,
  };
}
