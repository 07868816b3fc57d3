import { render, waitFor } from '@testing-library/preact';
import CheckerEn from '../../src/components/checker/CheckerEn';

/** Renders the English checker as the page first shows it. */
export const renderCheckerStart = () =>
  render(<CheckerEn eligibilityUrl="/eligibility/" contactUrl="/contact/" registryUrl="https://clinicaltrials.gov/study/NCT06792344" />);

/** Renders the checker and waits until all its questions and the results are on the page (they arrive in steps). */
export async function renderChecker() {
  const view = renderCheckerStart();
  await waitFor(() => {
    if (!view.container.querySelector('[data-criterion="E13"]')) throw new Error('the checker is still being built');
  });
  return view;
}
