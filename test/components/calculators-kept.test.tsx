// The calculators never replace an answer silently, their inputs are the checker's state (kept in this
// tab's history entry with the answers, and described in the summary), and eGFR says which result to use.
import '@testing-library/jest-dom/vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderChecker } from './render-checker';

afterEach(cleanup);

async function setup() {
  const user = userEvent.setup();
  const view = await renderChecker();
  const question = (fact: string) => within(view.container.querySelector(`#q-${fact}`) as HTMLElement);
  const open = async (fact: string) => {
    await user.click(view.container.querySelector(`#q-${fact} details.calculator summary`)!);
    await waitFor(() => expect(view.container.querySelector(`#q-${fact} .calc`)).not.toBeNull());
    return question(fact);
  };
  const field = (name: string) => view.container.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
  const radio = (name: string, value: string) =>
    view.container.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`)!;
  return { user, view, open, field, radio };
}

/** Scores every mRSS area `score`. */
async function scoreAll(user: ReturnType<typeof userEvent.setup>, calc: ReturnType<typeof within>, score: string) {
  for (const select of calc.getAllByRole('combobox')) await user.selectOptions(select, score);
}

describe('"Use this value" over an answer', () => {
  it('asks before replacing a different number, can be declined, and its note goes when the answer changes', async () => {
    const { user, open, field } = await setup();
    await user.type(field('mrss'), '24');
    const calc = await open('mrss');
    await scoreAll(user, calc, '0');
    await user.click(calc.getByRole('button', { name: 'Use this value' }));
    expect(calc.getByRole('alert')).toHaveTextContent('This replaces your answer 24 with 0.');
    expect(field('mrss')).toHaveValue('24');
    await user.click(calc.getByRole('button', { name: 'Keep my answer' }));
    expect(calc.queryByRole('alert')).toBeNull();
    expect(field('mrss')).toHaveValue('24');
    expect(calc.queryByText(/Filled in/)).toBeNull();

    await user.click(calc.getByRole('button', { name: 'Use this value' }));
    await user.click(calc.getByRole('button', { name: 'Replace it' }));
    expect(field('mrss')).toHaveValue('0');
    expect(calc.getByText('Filled in: 0. You can still change it.')).toBeInTheDocument();
    await user.type(field('mrss'), '5');
    expect(field('mrss')).toHaveValue('05');
    expect(calc.queryByText(/Filled in/)).toBeNull();
  });

  it('names a yes/no answer it would replace: a doctor-confirmed Yes is not turned into No unasked', async () => {
    const { user, open, radio } = await setup();
    await user.click(radio('ssc_classification_met', 'yes'));
    const calc = await open('ssc_classification_met');
    for (const [item, option] of [
      ['sufficient', 'no'],
      ['fingers', 'none'],
      ['tips', 'none'],
      ['telangiectasia', 'no'],
      ['capillaries', 'no'],
      ['lung', 'no'],
      ['raynaud', 'no'],
      ['antibodies', 'yes'],
    ])
      await user.click(radio(`c-ssc_classification_met-${item}`, option!));
    await user.click(calc.getByRole('button', { name: 'Use this value' }));
    expect(calc.getByRole('alert')).toHaveTextContent('This replaces your answer Yes with No.');
    await user.click(calc.getByRole('button', { name: 'Keep my answer' }));
    expect(radio('ssc_classification_met', 'yes')).toBeChecked();
  });

  it('fills at once when the question is empty or already holds the same value', async () => {
    const { user, open, field } = await setup();
    const calc = await open('ast_x_uln');
    await user.type(calc.getByLabelText('Result from the lab'), '35');
    await user.type(calc.getByLabelText(/Upper limit of normal/), '40');
    await user.click(calc.getByRole('button', { name: 'Use this value' }));
    expect(field('ast_x_uln')).toHaveValue('0.88');
    await user.click(calc.getByRole('button', { name: 'Use this value' }));
    expect(calc.queryByRole('alert')).toBeNull();
  });
});

describe('eGFR: which of the two results', () => {
  it('offers neither when they fall on both sides of 30, and says the study team decides', async () => {
    const { user, open, radio, field } = await setup();
    const calc = await open('egfr');
    await user.type(calc.getByLabelText('Height, cm'), '120');
    await user.type(calc.getByLabelText('Serum creatinine'), '1.6');
    await user.click(radio('c-egfr-unit', 'mg/dL'));
    expect(calc.getAllByRole('button', { name: 'Use this value' })).toHaveLength(1);
    expect(calc.getByText(/The registry names no formula/)).toBeInTheDocument();
    await user.click(radio('c-egfr-sex', 'male'));
    await user.type(calc.getByLabelText(/Age in years/), '11');
    // Bedside Schwartz 31 (0.413 × 120 ÷ 1.6), CKiD U25 29 (38.7 × 1.2 ÷ 1.6).
    expect(calc.getByText('Result: 31 mL/min/1.73 m²')).toBeInTheDocument();
    expect(calc.getByText('Result: 29 mL/min/1.73 m²')).toBeInTheDocument();
    expect(calc.getByRole('alert')).toHaveTextContent('leave the eGFR question unanswered');
    expect(calc.queryByRole('button', { name: 'Use this value' })).toBeNull();
    expect(field('egfr')).toHaveValue('');
  });
});

describe('the calculators’ inputs as the checker’s state', () => {
  it('come back, with the answers and the open calculator, when the page is loaded again in this tab', async () => {
    const first = await setup();
    await first.user.click(first.radio('ecg_normal', 'yes'));
    await first.user.type(first.field('lvef_pct'), '62');
    const calc = await first.open('max_glucocorticoid_mg_per_kg_day');
    await first.user.click(first.radio('c-max_glucocorticoid_mg_per_kg_day-drug', 'methylprednisolone'));
    await first.user.type(calc.getByLabelText(/Highest daily dose/), '10');
    await first.user.type(calc.getByLabelText('Weight, kg'), '24');
    // Written to this tab's history entry a moment after the last change.
    await waitFor(() => expect(JSON.stringify(history.state)).toContain('"weightKg":"24"'));
    expect(localStorage.length + sessionStorage.length).toBe(0);
    cleanup();

    const again = await setup();
    expect(again.radio('ecg_normal', 'yes')).toBeChecked();
    expect(again.field('lvef_pct')).toHaveValue('62');
    const details = again.view.container.querySelector('#q-max_glucocorticoid_mg_per_kg_day details')!;
    expect(details).toHaveAttribute('open');
    const restored = within(details as HTMLElement);
    expect(await restored.findByLabelText('Weight, kg')).toHaveValue('24');
    expect(again.radio('c-max_glucocorticoid_mg_per_kg_day-drug', 'methylprednisolone')).toBeChecked();
    expect(restored.getByText(/Result: 0.52 mg\/kg\/day/)).toBeInTheDocument();

    // Clear all answers empties this tab's history entry too.
    await again.user.click(screen.getByRole('button', { name: 'Clear all answers' }));
    await again.user.click(screen.getByRole('button', { name: 'Yes, clear all' }));
    expect(JSON.stringify(history.state)).not.toContain('24');
    expect(again.field('lvef_pct')).toHaveValue('');
  });

  it('are in the copied summary with every number’s unit, and it says "copied", not "printed"', async () => {
    const { user, open, field, radio } = await setup();
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.type(field('age_years'), '9');
    const dose = await open('max_glucocorticoid_mg_per_kg_day');
    await user.click(radio('c-max_glucocorticoid_mg_per_kg_day-drug', 'methylprednisolone'));
    await user.type(dose.getByLabelText(/Highest daily dose/), '10');
    await user.type(dose.getByLabelText('Weight, kg'), '24');
    await user.click(dose.getByRole('button', { name: 'Use this value' }));
    const egfr = await open('egfr');
    await user.type(egfr.getByLabelText('Height, cm'), '121');
    await user.type(egfr.getByLabelText('Serum creatinine'), '62');
    await user.click(radio('c-egfr-unit', 'umol/L'));
    const ratio = await open('ast_x_uln');
    await user.type(ratio.getByLabelText('Result from the lab'), '35');
    await user.type(ratio.getByLabelText(/Upper limit of normal/), '40');
    await user.click(screen.getByRole('button', { name: 'Copy summary' }));
    const text = (writeText.mock.calls[0] as unknown as [string])[0];
    expect(text).toMatch(/Copied \d/);
    expect(text).not.toContain('Printed');
    expect(text).toContain('- Age: 9 years');
    expect(text).toContain('- Highest glucocorticoid dose: 0.52 mg/kg/day');
    expect(text).toContain('What the calculators were given:');
    expect(text).toContain(
      '- Highest glucocorticoid dose: Which glucocorticoid was given: Methylprednisolone; Highest daily dose of that medicine, mg: 10; Weight, kg: 24; Methylprednisolone 10 mg = prednisone 12.5 mg.; Result: 0.52 mg/kg/day',
    );
    expect(text).toContain(
      'Height, cm: 121; Serum creatinine: 62; Unit of creatinine, as printed on the report: µmol/L',
    );
    expect(text).toContain('Bedside Schwartz: Result: ');
    expect(text).toContain(
      'Result from the lab: 35; Upper limit of normal for this test, from the same lab: 40; Result: 0.88 × ULN',
    );
  });
});
