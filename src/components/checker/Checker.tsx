/**
 * The private eligibility pre-screen. State lives in this tab only: no network, no storage but the tab's
 * own history entry (for Back and reload: tabState.ts); answers leave it only in a file the reader saves. The engine (src/criteria) decides; this component asks,
 * shows and explains. Its state is useChecker.ts; the parts of its view are one file each.
 *
 * The page holds the form and the verdict rendered at build time, and the island hydrates them
 * (src/components/checker/hydrate.ts) once the page has painted: at Lighthouse's 4x CPU slowdown,
 * building the form's ~900 elements in the browser took 650 ms in one task, or 1.1 s in small steps.
 * What is still needed and the per-criterion list are built in the tasks after hydration (the rows a
 * few a task); `data-ready` marks the form as working, `data-verdict` appears when the rows are complete.
 */
import { useRef } from 'preact/hooks';
import { GROUPS, type Group } from './form';
import Panel from './Panel';
import PrintAnswers from './PrintAnswers';
import Question from './Questions';
import Results from './Results';
import { Strings, useStrings, type IslandStrings } from './strings';
import { printNote } from './summary';
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
  const form = useRef<HTMLFormElement>(null);
  const checker = useChecker(form);
  const { raw, asked, errors } = checker;

  return (
    <div class="checker" data-ready={checker.rows > 0 ? '' : undefined}>
      <p class="print-only">
        <strong>{printNote(new Date(), strings)}</strong>
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
                  set={checker.set}
                  touch={checker.touch}
                  flag={checker.flags[fact]}
                  confirmed={checker.confirmed[fact]}
                  confirm={checker.confirm}
                  calc={checker.calc[fact]}
                  calcOpen={checker.openCalcs.includes(fact)}
                  input={checker.input}
                  toggle={checker.toggle}
                />
              ))}
          </section>
        ))}
        <button type="submit" class="button">
          {t.seeResult}
        </button>
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
