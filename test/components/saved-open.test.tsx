// Opening files in the checker, property-based: whatever file is chosen (random text, random JSON,
// files of ours with a field changed), a file the checker refuses leaves every answer on screen as it
// was and says why in the page's words; a file it accepts replaces the answers with the file's.
import '@testing-library/jest-dom/vitest';
import { cleanup, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { readSavedText, SAVED_FORMAT, SAVED_VERSION } from '../../src/components/checker/saved';
import { actions as t } from '../../src/i18n/en/actions';
import { checker } from '../../src/i18n/en/checker';
import { renderChecker } from './render-checker';

afterEach(cleanup);

const valid = {
  format: SAVED_FORMAT,
  version: SAVED_VERSION,
  saved: '2026-11-25',
  answers: { age_years: '12', lvef_pct: '62', ecg_normal: 'no', other_immunomodulators: ['mycophenolate'] },
};

/** Files people might choose: anything at all, any JSON, and ours with one field replaced. */
const files = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.jsonValue().map((value) => JSON.stringify(value)),
  fc
    .tuple(fc.constantFrom('format', 'version', 'saved', 'answers', 'age_years', 'ecg_normal'), fc.jsonValue())
    .map(([key, value]) =>
      JSON.stringify(
        key in valid ? { ...valid, [key]: value } : { ...valid, answers: { ...valid.answers, [key]: value } },
      ),
    ),
  fc.constant(JSON.stringify(valid)),
);

describe('opening a chosen file', () => {
  it('keeps the answers on screen when it refuses a file, and says why', async () => {
    const user = userEvent.setup();
    const view = await renderChecker();
    const form = view.container.querySelector('form')!;
    const input = view.container.querySelector<HTMLInputElement>('input[type="file"]')!;
    await user.type(view.container.querySelector<HTMLInputElement>('input[name="mrss"]')!, '20');
    await user.click(view.container.querySelector<HTMLInputElement>('input[name="ecg_normal"][value="yes"]')!);
    const onScreen = () =>
      [...form.querySelectorAll<HTMLInputElement>('input')].map((i) => (i.type === 'text' ? i.value : i.checked));
    const before = onScreen();
    const notice = () => view.container.querySelector('.checker-notice')!.textContent;

    let refused = 0;
    await fc.assert(
      fc.asyncProperty(files, async (text) => {
        const opened = readSavedText(text);
        if (opened.ok) return; // Accepted files are checked below; this property is about refusals.
        refused++;
        // Another notice first, so that the refusal's own notice is seen to arrive.
        await user.click(screen.getByRole('button', { name: checker.copy }));
        await waitFor(() => expect(notice()).toMatch(/^(Summary copied|Copying did not work)/));
        await user.upload(input, new File([text], 'answers.json', { type: 'application/json' }));
        await waitFor(() => expect(notice()).toBe(t.notice[opened.problem]));
        expect(onScreen()).toEqual(before);
      }),
      { numRuns: 60 },
    );
    expect(refused).toBeGreaterThan(30);
  });

  it('replaces the answers with those of a file it accepts', async () => {
    const user = userEvent.setup();
    const view = await renderChecker();
    const field = (name: string) => view.container.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
    await user.type(field('mrss'), '20');
    const input = view.container.querySelector<HTMLInputElement>('input[type="file"]')!;
    await user.upload(input, new File([JSON.stringify(valid)], 'answers.json', { type: 'application/json' }));
    expect(await screen.findByText(t.notice.opened.replace('{date}', '25 November 2026'))).toBeInTheDocument();
    expect(field('mrss')).toHaveValue('');
    expect(field('lvef_pct')).toHaveValue('62');
    expect(view.container.querySelector('input[name="ecg_normal"][value="no"]')).toBeChecked();
    expect(view.container.querySelector('input[name="other_immunomodulators"][value="mycophenolate"]')).toBeChecked();
    expect(view.container.querySelector('[data-criterion="I6"]')).toHaveAttribute('data-status', 'fail');
  });
});
