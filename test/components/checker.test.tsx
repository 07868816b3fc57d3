import '@testing-library/jest-dom/vitest';
import { cleanup, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { askedQuestions } from '../../src/components/checker/form';
import { built, pageBuilt, renderChecker, startScript, until } from './render-checker';
import examples from '../fixtures/examples.json';

afterEach(cleanup);

async function setup() {
  const user = userEvent.setup();
  const view = await renderChecker();
  const verdict = () => view.container.querySelector('[data-verdict]')!.getAttribute('data-verdict');
  const status = (id: string) => view.container.querySelector(`[data-criterion="${id}"]`)!.getAttribute('data-status');
  const field = (name: string) => view.container.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
  const radio = (name: string, value: string) =>
    view.container.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`)!;
  return { user, view, verdict, status, field, radio };
}

describe('the checker', () => {
  it('starts on the form the page was built with: questions left as HTML, then the rows a few at a time', async () => {
    // As on the page: the build renders the checker to HTML, the page's script starts the island.
    const container = pageBuilt();
    const shown = () => container.querySelectorAll('.question:not([hidden])').length;
    // Every question is on the page; those asked at the start (all 47 facts but the three pregnancy
    // questions) are shown, no rows yet.
    expect(container.querySelectorAll('.question')).toHaveLength(47);
    expect(shown()).toBe(askedQuestions({}).length);
    expect(shown()).toBe(44);
    expect(container.querySelector('[data-criterion]')).toBeNull();
    // Chosen before the script ran: kept, not lost when the island starts.
    const chosen = container.querySelector<HTMLInputElement>('input[name="consent_willing"][value="no"]')!;
    chosen.checked = true;
    const age = container.querySelector('#q-age_years');
    startScript();
    // Not unticked for a moment while the island reads it (the form is ahead of the state at first).
    expect(chosen.checked).toBe(true);
    await until(container, '[data-ready]');
    expect(container.querySelectorAll('[data-criterion]').length).toBeLessThan(10);
    // The island did not render the questions again: the same elements, the choice still made.
    expect(container.querySelector('#q-age_years')).toBe(age);
    expect(chosen.checked).toBe(true);
    await built(container);
    expect(container.querySelector('[data-verdict]')).toHaveAttribute('data-verdict', 'ineligible');
    expect(container.querySelector('[data-criterion="I8"]')).toHaveAttribute('data-status', 'fail');
  });

  it('starts with nothing answered and nothing preselected', async () => {
    const { view, verdict } = await setup();
    expect(verdict()).toBe('incomplete');
    expect(view.container.querySelectorAll('input:checked')).toHaveLength(0);
    expect(screen.getAllByText(/0 of 44 answered/).length).toBeGreaterThan(0);
  });

  it('asks numbers as text inputs with a decimal keyboard', async () => {
    const { field } = await setup();
    expect(field('lvef_pct')).toHaveAttribute('type', 'text');
    expect(field('lvef_pct')).toHaveAttribute('inputmode', 'decimal');
    expect(field('lvef_pct')).toHaveAccessibleDescription(/Percentage, 0 to 100/);
  });

  it('reads a decimal comma and surrounding spaces', async () => {
    const { user, field, status } = await setup();
    await user.type(field('mrss'), ' 15 ');
    expect(status('I4')).toBe('pass');
    await user.type(field('max_glucocorticoid_mg_per_kg_day'), '0,4');
    await user.click(field('lvef_pct'));
    expect(field('max_glucocorticoid_mg_per_kg_day')).not.toHaveAttribute('aria-invalid');
  });

  it('explains bad input beside the field as soon as it cannot be right, and never counts it', async () => {
    const { user, field, status } = await setup();
    await user.type(field('lvef_pct'), '6');
    expect(screen.queryByText(/There is a problem/)).toBeNull();
    await user.type(field('lvef_pct'), 'o');
    expect(field('lvef_pct')).toHaveAttribute('aria-invalid', 'true');
    expect(field('lvef_pct')).toHaveAccessibleDescription(/Error: Enter LVEF as a percentage from 0 to 100/);
    expect(screen.getByRole('alert')).toHaveTextContent('There is a problem');
    expect(status('I6')).toBe('unknown');
    await user.clear(field('lvef_pct'));
    await user.type(field('lvef_pct'), '101');
    expect(status('I6')).toBe('unknown');
    expect(field('mrss')).not.toHaveAttribute('aria-invalid');
  });

  it('waits for more than a lone decimal point, and rejects a decimal for a whole-number question', async () => {
    const { user, field } = await setup();
    await user.type(field('mrss'), ',');
    expect(field('mrss')).not.toHaveAttribute('aria-invalid');
    await user.tab();
    expect(field('mrss')).toHaveAttribute('aria-invalid', 'true');
    await user.clear(field('mrss'));
    await user.type(field('mrss'), '15.');
    expect(field('mrss')).not.toHaveAttribute('aria-invalid');
    await user.type(field('mrss'), '5');
    expect(field('mrss')).toHaveAccessibleDescription(/Enter the mRSS as a whole number from 0 to 51/);
  });

  it('asks the pregnancy questions only with childbearing potential, and announces them', async () => {
    const { user, field, radio } = await setup();
    expect(field('urine_pregnancy_negative')).not.toBeVisible();
    await user.click(radio('childbearing_potential', 'yes'));
    expect(radio('urine_pregnancy_negative', 'yes')).toBeVisible();
    expect(radio('blood_pregnancy_positive', 'yes')).toBeVisible();
    expect(screen.getByText(/New question: What was the urine pregnancy test result\?/)).toBeInTheDocument();
    expect(screen.getAllByText(/of 47 answered/).length).toBeGreaterThan(0);
    await user.click(radio('childbearing_potential', 'no'));
    expect(field('urine_pregnancy_negative')).not.toBeVisible();
  });

  it('asks about hepatitis B DNA unless both HBsAg and HBcAb are negative, and HCV RNA unless the antibody is', async () => {
    const { user, radio, field } = await setup();
    expect(field('hbv_dna_above_normal')).toBeVisible();
    await user.click(radio('hbsag_positive', 'no'));
    expect(field('hbv_dna_above_normal')).toBeVisible();
    await user.click(radio('hbcab_positive', 'no'));
    expect(field('hbv_dna_above_normal')).not.toBeVisible();
    await user.click(radio('hbcab_positive', 'unknown'));
    expect(field('hbv_dna_above_normal')).toBeVisible();
    await user.click(radio('hcv_ab_positive', 'no'));
    expect(field('hcv_rna_above_normal')).not.toBeVisible();
  });

  it('updates the verdict live and says ineligibility as an outcome with next steps', async () => {
    const { user, field, verdict, view } = await setup();
    await user.type(field('age_years'), '4');
    expect(verdict()).toBe('ineligible');
    const box = view.container.querySelector('[data-verdict]') as HTMLElement;
    expect(box).toHaveTextContent('Not eligible');
    expect(box).toHaveTextContent('ruled out by I1');
    expect(within(box).getByRole('link', { name: 'How to contact the study team' })).toHaveAttribute(
      'href',
      '/contact/',
    );
    expect(view.container.querySelector('[aria-live="polite"]')).not.toBeNull();
  });

  it('treats "none" and the medicines as exclusive choices', async () => {
    const { user, radio } = await setup();
    await user.click(radio('other_immunomodulators', 'mycophenolate'));
    await user.click(radio('other_immunomodulators', 'none'));
    expect(radio('other_immunomodulators', 'mycophenolate')).not.toBeChecked();
    await user.click(radio('other_immunomodulators', 'rituximab'));
    expect(radio('other_immunomodulators', 'none')).not.toBeChecked();
  });

  it('moves focus to the question a missing-fact link names', async () => {
    const { user, view, field } = await setup();
    const link = within(view.container.querySelector('[data-criterion="I4"]') as HTMLElement).getByRole('link', {
      name: 'mRSS',
    });
    await user.click(link);
    expect(field('mrss')).toHaveFocus();
  });

  it('reaches "may be eligible" (likely_eligible) for the typical patient and clears everything on confirmation', async () => {
    const { user, field, radio, verdict, view } = await setup();
    for (const [fact, value] of Object.entries(examples[0]!.answers)) {
      if (typeof value === 'boolean') await user.click(radio(fact, value ? 'yes' : 'no'));
      else if (Array.isArray(value)) for (const v of value) await user.click(radio(fact, v));
      else await user.type(field(fact), String(value));
    }
    expect(verdict()).toBe('likely_eligible');
    expect(view.container.querySelector('[data-verdict]')).toHaveTextContent(
      'May be eligible — the study team makes the final decision',
    );
    await user.click(screen.getByRole('button', { name: 'Clear all answers' }));
    expect(verdict()).toBe('likely_eligible');
    await user.click(screen.getByRole('button', { name: 'Yes, clear all' }));
    expect(verdict()).toBe('incomplete');
    expect(view.container.querySelectorAll('input:checked')).toHaveLength(0);
    expect(field('age_years')).toHaveValue('');
    expect(field('age_years')).toHaveFocus();
  });

  it('copies a plain-text summary of answers and results for a referral letter', async () => {
    const { user, field } = await setup();
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.type(field('mrss'), '14');
    await user.click(screen.getByRole('button', { name: 'Copy summary' }));
    const text = (writeText.mock.calls[0] as unknown as [string])[0];
    expect(text).toContain('Pre-screen only, not a medical record');
    expect(text).toContain('- mRSS: 14');
    expect(text).toContain('- I4 Not met: mRSS 14 points: below the minimum of 15 points.');
    expect(text).toContain('Result so far: Not eligible');
    expect(await screen.findByText(/Summary copied/)).toBeInTheDocument();
  });

  it('says what is still needed, grouped by the test or record that gives it, on screen and in the summary', async () => {
    const { user, field } = await setup();
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.type(field('lvef_pct'), '62');
    const groups = [...document.querySelectorAll('.ask-for li')].map((li) => li.textContent);
    expect(groups.some((g) => g!.startsWith('Heart ultrasound'))).toBe(false);
    expect(groups).toContain('Lung function tests: DLCO, FVC');
    expect(groups.find((g) => g!.startsWith('Blood tests (eGFR is worked out from creatinine): '))).toMatch(
      /eGFR, AST, ALT, Total bilirubin/,
    );
    await user.click(screen.getByRole('button', { name: 'Copy summary' }));
    const text = (writeText.mock.calls[0] as unknown as [string])[0];
    expect(text).toContain('Still needed, and where to find it:');
    expect(text).toContain('- Lung function tests: DLCO, FVC');
    expect(text).not.toContain('- Heart ultrasound (echocardiogram):');
  });
});
