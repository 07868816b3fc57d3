import '@testing-library/jest-dom/vitest';
import { cleanup, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderChecker } from './render-checker';
import examples from '../fixtures/examples.json';

afterEach(cleanup);

async function setup() {
  const user = userEvent.setup();
  const view = await renderChecker();
  const question = (fact: string) => within(view.container.querySelector(`#q-${fact}`) as HTMLElement);
  const open = async (fact: string, summary: RegExp) => {
    await user.click(question(fact).getByText(summary));
    return question(fact);
  };
  const field = (name: string) => view.container.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
  const status = (id: string) => view.container.querySelector(`[data-criterion="${id}"]`)!.getAttribute('data-status');
  return { user, view, open, field, status };
}

describe('the calculators beside the questions', () => {
  it('are closed and not loaded until opened', async () => {
    const { view } = await setup();
    const details = view.container.querySelectorAll('details.calculator');
    expect(details).toHaveLength(7);
    for (const d of details) expect(d).not.toHaveAttribute('open');
    expect(screen.queryByText(/Use this value/)).toBeNull();
  });

  it('fill eGFR from creatinine in µmol/L, and the verdict follows', async () => {
    const { user, open, field, status } = await setup();
    const calc = await open('egfr', /Calculate eGFR/);
    await user.type(await calc.findByLabelText('Height, cm'), '120');
    await user.type(calc.getByLabelText('Serum creatinine'), '79,56');
    await user.click(calc.getByLabelText('µmol/L'));
    expect(calc.getByText(/Result: 55.1 mL\/min\/1.73 m²/)).toBeInTheDocument();
    expect(calc.getByText('Choose the sex, which CKiD U25 needs')).toBeInTheDocument();
    await user.click(calc.getAllByRole('button', { name: 'Use this value' })[0]!);
    expect(field('egfr')).toHaveValue('55.1');
    expect(status('I6')).toBe('unknown');
    expect(calc.getByText(/Filled in: 55.1/)).toBeInTheDocument();
  });

  it('say what to enter and fill nothing on bad input', async () => {
    const { user, open, field } = await setup();
    const calc = await open('ast_x_uln', /multiple of ULN/);
    await user.type(await calc.findByLabelText('Result from the lab'), '100');
    await user.type(calc.getByLabelText(/Upper limit of normal/), '0');
    expect(calc.getByText("Enter the lab's upper limit of normal, more than 0")).toBeInTheDocument();
    expect(calc.queryByRole('button', { name: 'Use this value' })).toBeNull();
    expect(field('ast_x_uln')).toHaveValue('');
  });

  it('turn a dose and weight into mg/kg/day that passes I5 with the other answers', async () => {
    const { user, open, field, status } = await setup();
    const answers = examples[0]!.answers as Record<string, unknown>;
    for (const fact of ['cyclophosphamide_received', 'rapid_progression_refractory']) {
      await user.click(document.querySelector(`input[name="${fact}"][value="${answers[fact] ? 'yes' : 'no'}"]`)!);
    }
    await user.click(document.querySelector('input[name="other_immunomodulators"][value="mycophenolate"]')!);
    await user.type(field('months_without_remission'), '6');
    const calc = await open('max_glucocorticoid_mg_per_kg_day', /^Calculate mg\/kg\/day/);
    await user.click(await calc.findByLabelText('Prednisone'));
    await user.type(calc.getByLabelText(/Highest daily dose/), '20');
    await user.type(calc.getByLabelText('Weight, kg'), '32');
    await user.click(calc.getByRole('button', { name: 'Use this value' }));
    expect(field('max_glucocorticoid_mg_per_kg_day')).toHaveValue('0.63');
    expect(status('I5')).toBe('pass');
  });

  it('add up the mRSS only when all 17 areas are scored, then fill it', async () => {
    const { user, open, field, status } = await setup();
    const calc = await open('mrss', /Add up the mRSS/);
    const selects = await calc.findAllByRole('combobox');
    expect(selects).toHaveLength(17);
    for (const select of selects) expect(select).toHaveValue('');
    await user.selectOptions(calc.getByLabelText('Face'), '3');
    await user.selectOptions(calc.getByLabelText('Fingers, Right'), '3');
    await user.selectOptions(calc.getByLabelText('Fingers, Left'), '3');
    expect(calc.getByText('3 of 17 areas scored: score every area to see the total.')).toBeInTheDocument();
    expect(calc.queryByText(/^Total/)).toBeNull();
    expect(calc.queryByRole('button', { name: 'Use this value' })).toBeNull();
    for (const select of calc.getAllByRole('combobox'))
      if (!(select as HTMLSelectElement).value) await user.selectOptions(select, '0');
    expect(calc.getByText('Total: 9 of 51')).toBeInTheDocument();
    await user.click(calc.getByRole('button', { name: 'Use this value' }));
    expect(field('mrss')).toHaveValue('9');
    expect(status('I4')).toBe('fail');
  });

  it('score ACR/EULAR from unchosen items: undecided until 9 is reached or every item is chosen', async () => {
    const { user, open, status } = await setup();
    const calc = await open('ssc_classification_met', /^Work out the 2013/);
    await calc.findByText(/Telangiectasia/);
    const radios = () => [...document.querySelectorAll<HTMLInputElement>('input[name^="c-ssc_classification_met-"]')];
    expect(radios().length).toBeGreaterThan(0);
    expect(radios().filter((r) => r.checked)).toHaveLength(0);
    const choose = (item: string, option: string) =>
      user.click(document.querySelector(`input[name="c-ssc_classification_met-${item}"][value="${option}"]`)!);
    // Only the antibodies known: 3 points, and up to 25 more possible (9 + 4 + 3 + 2 + 2 + 2 + 3).
    await choose('antibodies', 'yes');
    expect(calc.getByText(/Chosen so far: 3 points/)).toHaveTextContent('could add up to 25 more');
    expect(calc.queryByRole('button', { name: 'Use this value' })).toBeNull();
    await choose('fingers', 'sclerodactyly');
    await choose('capillaries', 'yes');
    expect(calc.getByText(/Total: 9 of a possible 19/)).toHaveTextContent('Reaches 9');
    await user.click(calc.getByRole('button', { name: 'Use this value' }));
    expect(document.querySelector<HTMLInputElement>('input[name="ssc_classification_met"][value="yes"]')).toBeChecked();
    expect(status('I2')).toBe('pass');
  });

  it('say "not classified" only when every ACR/EULAR item is chosen and the total is below 9', async () => {
    const { user, open } = await setup();
    const calc = await open('ssc_classification_met', /^Work out the 2013/);
    await calc.findByText(/Telangiectasia/);
    const choose = (item: string, option: string) =>
      user.click(document.querySelector(`input[name="c-ssc_classification_met-${item}"][value="${option}"]`)!);
    await choose('sufficient', 'no');
    for (const item of ['fingers', 'tips']) await choose(item, 'none');
    for (const item of ['telangiectasia', 'capillaries', 'lung', 'raynaud']) await choose(item, 'no');
    expect(calc.getByText(/Chosen so far: 0 points/)).toHaveTextContent('could add up to 3 more');
    expect(calc.queryByRole('button', { name: 'Use this value' })).toBeNull();
    await choose('antibodies', 'yes');
    expect(calc.getByText(/Total: 3 of a possible 19/)).toHaveTextContent('Below 9: not classified');
    await user.click(calc.getByRole('button', { name: 'Use this value' }));
    expect(document.querySelector<HTMLInputElement>('input[name="ssc_classification_met"][value="no"]')).toBeChecked();
  });
});
