import { render } from '@testing-library/preact';
import CheckerEn from '../../src/components/checker/CheckerEn';

/** The English checker with the links the page gives it. */
export const CheckerStart = () => (
  <CheckerEn
    eligibilityUrl="/eligibility/"
    contactUrl="/contact/"
    registryUrl="https://clinicaltrials.gov/study/NCT06792344"
  />
);

/** Renders the English checker as the page first shows it. */
export const renderCheckerStart = () => render(<CheckerStart />);

/**
 * Resolves when the questions and every result row are on the page: the checker adds the rows a few at
 * a time, one timer each. Watches the DOM with no deadline of its own (the test's timeout is the limit):
 * waitFor's 1 s guessed the machine's speed, and failed with two test runs sharing two cores.
 */
export function built(container: Element): Promise<void> {
  const done = () => container.querySelector('[data-criterion="E13"]') !== null;
  if (done()) return Promise.resolve();
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!done()) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(container, { childList: true, subtree: true, attributes: true });
  });
}

/** Renders the checker and waits until all its questions and the results are on the page. */
export async function renderChecker() {
  const view = renderCheckerStart();
  await built(view.container);
  return view;
}
