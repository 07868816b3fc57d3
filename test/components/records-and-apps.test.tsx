// The checker reads the records families have (Chinese lab units, other glucocorticoids, echo reports,
// results named as findings) and works in apps' built-in browsers (WeChat), in both languages.
import '@testing-library/jest-dom/vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isInAppBrowser } from '../../src/components/checker/inapp';
import { en } from '../../src/i18n/en';
import { zh } from '../../src/i18n/zh';
import { renderChecker } from './render-checker';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  delete (navigator as unknown as Record<string, unknown>).userAgent;
  delete (navigator as unknown as Record<string, unknown>).clipboard;
});

export const WECHAT_ANDROID =
  'Mozilla/5.0 (Linux; Android 13; V2134A Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/116.0.0.0 Mobile Safari/537.36 XWEB/1160117 MMWEBSDK/20231202 MMWEBID/2247 MicroMessenger/8.0.47.2560(0x28002F30) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64';
export const WECHAT_IOS =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.47(0x18002f2c) NetType/WIFI Language/zh_CN';

const renderZh = () => renderChecker('zh');

const question = (fact: string) => within(document.querySelector(`#q-${fact}`) as HTMLElement);
const field = (name: string) => document.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
const status = (id: string) => document.querySelector(`[data-criterion="${id}"]`)!.getAttribute('data-status');

/** Opens the eGFR calculator in a language and enters a height of 140 cm and a creatinine of 38. */
async function creatinine38(user: ReturnType<typeof userEvent.setup>, strings: typeof en | typeof zh) {
  await user.click(question('egfr').getByText(strings.form.openCalculator.egfr));
  const calc = question('egfr');
  await user.type(await calc.findByLabelText(strings.calculators.heightCm), '140');
  await user.type(calc.getByLabelText(strings.calculators.creatinine), '38');
  return calc;
}

describe('the creatinine unit', () => {
  it('starts in µmol/L on /zh/check/: 38 µmol/L at 140 cm gives an eGFR near 134 that can be used', async () => {
    const user = userEvent.setup();
    await renderZh();
    const calc = await creatinine38(user, zh);
    expect(calc.getByLabelText('µmol/L')).toBeChecked();
    expect(calc.getByText(/结果：134.5 mL\/min\/1.73 m²/)).toBeInTheDocument();
    await user.click(calc.getAllByRole('button', { name: zh.calculators.use })[0]!);
    expect(field('egfr')).toHaveValue('134.5');
  });

  it('flags 38 marked as mg/dL as probably µmol/L, and offers no eGFR from it until checked', async () => {
    const user = userEvent.setup();
    await renderZh();
    const calc = await creatinine38(user, zh);
    await user.click(calc.getByLabelText('mg/dL'));
    expect(calc.getByRole('alert')).toHaveTextContent('38 mg/dL对孩子来说很少见');
    expect(calc.getByRole('alert')).toHaveTextContent('很可能是以µmol/L为单位');
    expect(calc.queryByRole('button', { name: zh.calculators.use })).toBeNull();
    expect(calc.getAllByText(zh.calculators.problems.creatinineUnit)).toHaveLength(2);
    // Back to the unit on the report: the flag goes and the eGFR can be used again.
    await user.click(calc.getByLabelText('µmol/L'));
    expect(calc.queryByRole('alert')).toBeNull();
    expect(calc.getAllByRole('button', { name: zh.calculators.use }).length).toBeGreaterThan(0);
    // A reader who checked the report can still use a value outside a child's usual range.
    await user.click(calc.getByLabelText('mg/dL'));
    await user.click(calc.getByLabelText(/已核对/));
    expect(calc.getAllByRole('button', { name: zh.calculators.use }).length).toBeGreaterThan(0);
  });

  it('asks for the unit on the report on /check/, where no unit is assumed', async () => {
    const user = userEvent.setup();
    await renderChecker();
    const calc = await creatinine38(user, en);
    expect(calc.getAllByText(en.calculators.problems.unit).length).toBeGreaterThan(0);
    expect(calc.queryByRole('button', { name: en.calculators.use })).toBeNull();
    await user.click(calc.getByLabelText('mg/dL'));
    expect(calc.getByRole('alert')).toHaveTextContent('38 mg/dL would be very unusual for a child');
  });
});

describe('the glucocorticoid dose', () => {
  it('converts methylprednisolone 12 mg/day at 28 kg to 0.54 mg/kg/day of prednisone', async () => {
    const user = userEvent.setup();
    await renderChecker();
    const fact = 'max_glucocorticoid_mg_per_kg_day';
    await user.click(question(fact).getByText(en.form.openCalculator.dose));
    const calc = question(fact);
    await user.type(await calc.findByLabelText(en.calculators.doseMg), '12');
    await user.type(calc.getByLabelText(en.calculators.weightKg), '28');
    expect(calc.getByText(en.calculators.problems.drug)).toBeInTheDocument();
    await user.click(calc.getByLabelText('Methylprednisolone'));
    expect(calc.getByText('Methylprednisolone 12 mg = prednisone 15 mg.')).toBeInTheDocument();
    await user.click(calc.getByRole('button', { name: en.calculators.use }));
    expect(field(fact)).toHaveValue('0.54');
    expect(question(fact).getByText(/intravenous pulses count: the study team judges/)).toBeInTheDocument();
  });
});

describe('questions that cannot be misread', () => {
  it.each([
    ['English', renderChecker, en],
    ['Chinese', renderZh, zh],
  ] as const)(
    'in %s, both pregnancy questions put "negative" first and map it to the right fact',
    async (_l, draw, s) => {
      const user = userEvent.setup();
      await draw();
      await user.click(document.querySelector<HTMLInputElement>('input[name="childbearing_potential"][value="yes"]')!);
      const negative = s.questions.urine_pregnancy_negative.answers.yes;
      for (const fact of ['urine_pregnancy_negative', 'blood_pregnancy_positive']) {
        const first = question(fact).getAllByRole('radio')[0]!;
        expect(first).toHaveAccessibleName(negative);
        expect(first.id).toBe(`f-${fact}`);
        await user.click(first);
      }
      expect(document.querySelector('input[name="urine_pregnancy_negative"]:checked')).toHaveAttribute('value', 'yes');
      expect(document.querySelector('input[name="blood_pregnancy_positive"]:checked')).toHaveAttribute('value', 'no');
      expect(status('E10')).toBe('pass');
    },
  );

  it('names the ECG findings on its answers, "normal" meaning ecg_normal true', async () => {
    const user = userEvent.setup();
    await renderChecker();
    const passing = { lvef_pct: 60, egfr: 90, ast_x_uln: 1, alt_x_uln: 1, bilirubin_x_uln: 1, spo2_pct: 98 };
    for (const [fact, value] of Object.entries({ ...passing, dlco_pct_pred: 80, fvc_pct_pred: 80 }))
      await user.type(field(fact), String(value));
    await user.click(question('ecg_normal').getByLabelText('Normal, essentially normal, or no obvious abnormality'));
    expect(document.querySelector('input[name="ecg_normal"]:checked')).toHaveAttribute('value', 'yes');
    expect(status('I6')).toBe('pass');
    await user.click(question('ecg_normal').getByLabelText('Obvious abnormality'));
    expect(document.querySelector('input[name="ecg_normal"]:checked')).toHaveAttribute('value', 'no');
    expect(status('I6')).toBe('fail');
  });

  it('tells Chinese readers that an echo estimate is not mPAP, and the result what would settle E1', async () => {
    await renderZh();
    expect(question('mpap_mmhg').getByText(/肺动脉收缩压（估测）/)).toBeInTheDocument();
    expect(question('severe_pulmonary_hypertension').getByText(/“肺动脉高压”或“肺高压”/)).toBeInTheDocument();
    const e1 = document.querySelector('[data-criterion="E1"]')!;
    expect(e1).toHaveTextContent(zh.checker.settles.severe_pulmonary_hypertension);
  });
});

describe("apps' built-in browsers", () => {
  it.each([
    ['WeChat on Android', WECHAT_ANDROID, true],
    ['WeChat on iOS', WECHAT_IOS, true],
    ['QQ', 'Mozilla/5.0 (Linux; Android 12) Mobile Safari/537.36 V1_AND_SQ_8.9.0_3060_YYB_D QQ/8.9.0.9010', true],
    ['Weibo', 'Mozilla/5.0 (iPhone) Mobile/15E148 Weibo (iPhone14,2__weibo__13.1.0__iphone__os16.0)', true],
    ['Alipay', 'Mozilla/5.0 (Linux; Android 12) Mobile Safari/537.36 AlipayClient/10.3.0', true],
    ['DingTalk', 'Mozilla/5.0 (iPhone) Mobile/15E148 AliApp(DingTalk/7.0.0) DingTalk/7.0.0', true],
    ['Facebook', 'Mozilla/5.0 (iPhone) Mobile/15E148 [FBAN/FBIOS;FBAV/400.0.0]', true],
    ['Instagram', 'Mozilla/5.0 (Linux; Android 13) Chrome/116 Mobile Safari/537.36 Instagram 300.0.0.0', true],
    [
      'QQ Browser (a full browser)',
      'Mozilla/5.0 (Linux; Android 12) Chrome/89 MQQBrowser/13.6 Mobile Safari/537.36',
      false,
    ],
    [
      'Chrome',
      'Mozilla/5.0 (Linux; Android 13) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36',
      false,
    ],
    ['Safari', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) Version/17.2 Mobile/15E148 Safari/604.1', false],
  ])('recognises %s', (_name, ua, inApp) => {
    expect(isInAppBrowser(ua)).toBe(inApp);
  });

  it('in WeChat, says how to print or save instead of buttons that do nothing, and copies without the Clipboard API', async () => {
    const user = userEvent.setup({ writeToClipboard: false });
    Object.defineProperty(navigator, 'userAgent', { value: WECHAT_ANDROID, configurable: true });
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    const execCommand = vi.fn(() => true);
    document.execCommand = execCommand;
    await renderZh();
    expect(screen.queryByRole('button', { name: zh.checker.print })).toBeNull();
    expect(screen.queryByRole('button', { name: zh.checker.save })).toBeNull();
    // The note comes with the buttons' words, which an app's browser loads at once (useRequested.ts).
    expect(await screen.findByText(zh.actions.inApp)).toHaveTextContent('在浏览器打开');
    await user.click(screen.getByRole('button', { name: zh.checker.copy }));
    expect(execCommand).toHaveBeenCalledWith('copy');
    expect(await screen.findByText(zh.actions.notice.copied)).toBeInTheDocument();
  });

  it('shows the summary selected for a long-press copy when no way of copying works', async () => {
    const user = userEvent.setup({ writeToClipboard: false });
    Object.defineProperty(navigator, 'userAgent', { value: WECHAT_IOS, configurable: true });
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    document.execCommand = vi.fn(() => false);
    await renderChecker();
    await user.click(screen.getByRole('button', { name: en.checker.copy }));
    expect(await screen.findByText(en.actions.notice.copyFailed)).toBeInTheDocument();
    const area = screen.getByRole('textbox', { name: en.checker.copy }) as HTMLTextAreaElement;
    expect(area.value).toContain(en.checker.printTitle);
    await waitFor(() => expect(area).toHaveFocus());
    expect([area.selectionStart, area.selectionEnd]).toEqual([0, area.value.length]);
  });

  it('in an ordinary browser keeps Print and Save, and never says a file was saved', async () => {
    URL.createObjectURL = vi.fn(() => 'blob:answers');
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const user = userEvent.setup();
    await renderChecker();
    await user.click(screen.getByRole('button', { name: en.checker.save }));
    // What Save does loads when the reader reaches for the buttons (useRequested.ts): the notice follows,
    // and with it the words that hold the in-app note, which an ordinary browser does not show.
    await waitFor(() => expect(document.querySelector('.checker-notice')!.textContent).not.toBe(''));
    expect(screen.queryByText(en.actions.inApp)).toBeNull();
    const notice = document.querySelector('.checker-notice')!.textContent!;
    expect(notice).toMatch(/^Your browser was asked to save the answers as prescreen-answers-\d{4}-\d{2}-\d{2}\.json/);
    expect(notice).not.toMatch(/\bsaved\b/i);
  });
});
