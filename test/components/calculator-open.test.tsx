// A calculator the reader opens stays open: the disclosure is the page's own (formDom.ts), and the
// island hears of it a task later (`toggle`), so a render in between must not close it. CI once met
// that render between a click on a summary and its `toggle` event, and the calculator never opened.
import '@testing-library/jest-dom/vitest';
import { cleanup, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { built, pageBuilt, renderChecker, startScript } from './render-checker';

afterEach(cleanup);

const calculatorOf = (container: Element, fact: string) =>
  container.querySelector<HTMLDetailsElement>(`#q-${fact} details.calculator`)!;

describe('an opened calculator', () => {
  it('stays open through a render that comes before its toggle event, then loads', async () => {
    const user = userEvent.setup();
    const { container } = await renderChecker();
    const details = calculatorOf(container, 'egfr');
    // The toggle event held back, as when the island's render task runs first.
    let held: Event | undefined;
    const hold = (e: Event) => {
      if (e.target !== details || held) return;
      held = e;
      e.stopImmediatePropagation();
    };
    window.addEventListener('toggle', hold, true);
    await user.click(details.querySelector('summary')!);
    await waitFor(() => expect(held).toBeDefined());
    // An answer typed meanwhile: the island renders with a state that has not heard of the calculator.
    const verdictText = () => container.querySelector('[data-verdict]')!.textContent;
    const before = verdictText();
    await user.click(container.querySelector('input[name="age_years"]')!);
    await user.keyboard('3');
    await waitFor(() => expect(verdictText()).not.toBe(before));
    expect(details.open).toBe(true);
    window.removeEventListener('toggle', hold, true);
    details.dispatchEvent(new Event('toggle'));
    await waitFor(() => expect(details.querySelector('.calc')).not.toBeNull());
  });

  it('opened before the script ran, stays open and loads once it starts', async () => {
    const container = pageBuilt();
    const details = calculatorOf(container, 'max_glucocorticoid_mg_per_kg_day');
    const toggled = new Promise((resolve) => details.addEventListener('toggle', resolve, { once: true }));
    details.open = true;
    await toggled; // long before the script, as on a slow phone
    startScript();
    await built(container);
    expect(details.open).toBe(true);
    await waitFor(() => expect(details.querySelector('.calc')).not.toBeNull());
  });

  it('closes when the answers are cleared', async () => {
    const user = userEvent.setup();
    const { container } = await renderChecker();
    const details = calculatorOf(container, 'egfr');
    await user.click(details.querySelector('summary')!);
    await waitFor(() => expect(details.querySelector('.calc')).not.toBeNull());
    await user.click(container.querySelector('input[name="age_years"]')!);
    await user.keyboard('9');
    await user.click(screen.getByRole('button', { name: 'Clear all answers' }));
    await user.click(screen.getByRole('button', { name: 'Yes, clear all' }));
    await waitFor(() => expect(details.open).toBe(false));
  });
});
