/**
 * The private eligibility pre-screen. State lives in this tab only: no network, no storage but the tab's
 * own history entry (for Back and reload: tabState.ts); answers leave it only in a file the reader saves. The engine (src/criteria) decides; this component asks,
 * shows and explains. Its state is useChecker.ts; the parts of its view are one file each.
 *
 * The page holds the form and the verdict rendered at build time. The island hydrates the verdict, the
 * panel and the result list once the page has painted (hydrate.ts), but not the questions: they stay
 * the page's HTML (formDom.ts, questionParts.tsx). What is still needed and the per-criterion list are
 * built in the tasks after hydration (the rows a few a task). `data-ready` marks the form as working
 * (questionParts.tsx, as soon as it listens), `data-verdict` appears when the rows are complete.
 */
import type { ComponentType } from 'preact';
import { useRef } from 'preact/hooks';
import Panel from './Panel';
import PrintAnswers from './PrintAnswers';
import { useQuestionParts } from './questionParts';
import Results from './Results';
import { Strings, useStrings, type IslandStrings } from './strings';
import { datedNote } from './summary';
import { useChecker } from './useChecker';
import VerdictBar from './VerdictBar';

export interface CheckerProps {
  /** /eligibility/ with the base path. */
  eligibilityUrl: string;
  /** /contact/ with the base path. */
  contactUrl: string;
  registryUrl: string;
}

/** Moves focus to the result (its section is focusable) and brings it into view. */
function showResult() {
  const el = document.getElementById('results');
  el?.focus();
  el?.scrollIntoView?.({ block: 'start' });
}

/**
 * The checker in one language: each language's entry binds its strings. The page's build gives the
 * questions' view too (CheckerEn.tsx, CheckerZh.tsx); the browser's island has none and leaves the
 * questions the page's HTML (formDom.ts, questionParts.tsx), so its script does not carry them.
 */
export function checkerIn(strings: IslandStrings, Questions?: ComponentType) {
  return function LanguageChecker(props: CheckerProps) {
    return (
      <Strings.Provider value={strings}>
        <CheckerForm {...props} Questions={Questions} />
      </Strings.Provider>
    );
  };
}

/** Left to the page's HTML in the browser: Preact neither hydrates nor renders what is inside. */
const KEEP_HTML = { dangerouslySetInnerHTML: { __html: '' } };

type FormProps = CheckerProps & { Questions?: ComponentType | undefined };

function CheckerForm({ eligibilityUrl, contactUrl, registryUrl, Questions }: FormProps) {
  const strings = useStrings();
  const t = strings.checker;
  const form = useRef<HTMLFormElement>(null);
  const checker = useChecker(form);
  const { asked } = checker;
  useQuestionParts(form, checker, strings);

  return (
    <div class="checker">
      <p class="print-only">
        <strong>{datedNote(strings.checker.printNote, new Date(), strings)}</strong>
      </p>
      <VerdictBar checker={checker} />
      <p class="visually-hidden" role="status" aria-live="polite">
        {checker.announcement}
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
        {...(!Questions && KEEP_HTML)}
      >
        {Questions && <Questions />}
      </form>

      <Panel checker={checker} contactUrl={contactUrl} registryUrl={registryUrl} />

      <section class="criteria-all" aria-labelledby="criteria-title">
        <h2 id="criteria-title">{t.resultsHeading}</h2>
        <Results result={checker.result} rows={checker.rows} asked={asked} eligibilityUrl={eligibilityUrl} />
      </section>

      {checker.complete && <PrintAnswers checker={checker} />}
    </div>
  );
}
