// Page-level helpers for the browser tests: axe, and filling the checker through its name contract.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

/**
 * Runs axe-core (WCAG 2.0/2.1/2.2 A and AA, plus best practices), or only `rules`, and returns readable
 * violations.
 */
export async function axeViolations(page: Page, rules?: string[]): Promise<string[]> {
  // Evaluated through DevTools, so the page's own CSP does not block axe. Once a page.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  return page.evaluate(async (rules) => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const { violations } = await axe.run(document, {
      runOnly: rules
        ? { type: 'rule', values: rules }
        : { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return violations.map((v) => `${v.id} (${v.help}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, rules);
}

/** The axe rules that read colours: all that the dark scheme can change (see `inDark`). */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Switches the page to the dark scheme and returns axe's colour violations there, after checking that
 * its style sheets' prefers-color-scheme media rules set colour custom properties only
 * (src/styles/base.css), as the browser parsed them: any other declaration would need every rule in
 * dark too.
 */
export async function inDark(page: Page): Promise<{ beyondColours: string[]; dark: string[] }> {
  const beyondColours = await page.evaluate(() =>
    [...document.styleSheets]
      .flatMap((sheet) => [...sheet.cssRules])
      .filter((rule) => rule instanceof CSSMediaRule && rule.conditionText.includes('prefers-color-scheme'))
      .flatMap((media) => [...(media as CSSMediaRule).cssRules])
      .flatMap((rule) =>
        rule instanceof CSSStyleRule ? [...rule.style].filter((name) => !name.startsWith('--')) : [rule.cssText],
      ),
  );
  await page.emulateMedia({ colorScheme: 'dark' });
  return { beyondColours, dark: await axeViolations(page, COLOUR_RULES) };
}

/**
 * Fills /check/ the way automated vignettes do: by input name, radios yes/no, checkboxes, text typed.
 * A radio or checkbox is clicked in the page once it shows (the browser's own click: checked, then
 * input and change events), not at its place on the screen: Playwright's pointer click waits two frames
 * for it to stop moving, 0.8 s of the 1.4 s a worked example took. `pointer` clicks as a mouse does, for
 * the worked examples of test/site/checker.test.ts (a harness that drives the page with Playwright).
 */
export async function fillAnswers(page: Page, answers: Record<string, unknown>, { pointer = false } = {}) {
  const choose = async (css: string) => {
    if (pointer) return page.check(css);
    const input = page.locator(css);
    await input.waitFor({ state: 'visible' });
    await input.evaluate((box: HTMLInputElement) => box.checked || box.click());
  };
  for (const [fact, value] of Object.entries(answers)) {
    if (value === null || value === undefined) continue;
    if (typeof value === 'boolean') await choose(`input[name="${fact}"][value="${value ? 'yes' : 'no'}"]`);
    else if (Array.isArray(value)) {
      for (const item of value.length ? value : ['none']) await choose(`input[name="${fact}"][value="${item}"]`);
    } else await page.fill(`input[name="${fact}"]`, String(value));
  }
}

/** Opens a question's calculator as a reader does, and waits for it to load. */
export async function openCalculator(page: Page, fact: string) {
  await page.waitForSelector('.checker[data-ready]');
  await page.click(`#q-${fact} details.calculator summary`);
  await page.waitForSelector(`#q-${fact} .calc`);
  return page.locator(`#q-${fact} .calc`);
}

/**
 * Opens every calculator, one after another: each loads and grows before the next summary is
 * clicked, so no click lands on a summary that moved under it.
 */
export async function openEveryCalculator(page: Page) {
  const facts = await page
    .locator('details.calculator')
    .evaluateAll((all) => all.map((details) => details.closest('[id^="q-"]')!.id.slice(2)));
  for (const fact of facts) await openCalculator(page, fact);
  return facts.length;
}

/** Answer sets that reach each verdict, from the worked examples. */
export function verdictStates(examples: { answers: Record<string, unknown>; verdict: string }[]) {
  const pick = (verdict: string) => examples.find((e) => e.verdict === verdict)!.answers;
  return {
    likely_eligible: pick('likely_eligible'),
    incomplete: pick('incomplete'),
    review: pick('review'),
    ineligible: pick('ineligible'),
  };
}

/** `text` for a RegExp, matched literally. */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Matches exactly one of `texts` (a notice that may be either of two, say). */
export const oneOf = (...texts: string[]) => new RegExp(`^(${texts.map(escapeRegExp).join('|')})$`);
