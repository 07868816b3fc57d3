// Functions that run inside the page, in any engine (Playwright's evaluate, puppeteer's, WebDriver's
// execute): each is self-contained, as it is sent as its source text.

/**
 * Answers the checker through its automation contract (src/components/checker/README.md): radios
 * `yes`/`no` by value, the immunomodulator checkboxes by value (`none` for an empty list), text typed
 * into number fields. A radio or checkbox is clicked as a reader clicks it; text is set and announced
 * with an input event, as typing does.
 */
export async function fillAnswers(answers: Record<string, unknown>) {
  // A question that an earlier answer brings (pregnancy tests, HBV DNA) appears a moment later.
  const input = async (css: string) => {
    for (let tries = 0; tries < 200; tries++) {
      const found = document.querySelector<HTMLInputElement>(css);
      if (found) return found;
      await new Promise((ok) => setTimeout(ok, 25));
    }
    throw new Error(`no ${css} on the page`);
  };
  const tick = async (css: string) => {
    const box = await input(css);
    if (!box.checked) box.click();
  };
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  for (const [fact, value] of Object.entries(answers)) {
    if (value === null || value === undefined) continue;
    if (typeof value === 'boolean') await tick(`input[name="${fact}"][value="${value ? 'yes' : 'no'}"]`);
    else if (Array.isArray(value))
      for (const item of value.length ? value : ['none']) await tick(`input[name="${fact}"][value="${item}"]`);
    else {
      const field = await input(`input[name="${fact}"]`);
      setValue.call(field, String(value));
      field.dispatchEvent(new Event('input', { bubbles: true }));
      field.dispatchEvent(new Event('change', { bubbles: true }));
    }
  }
}

/** The checker's state as the automation contract shows it. */
export function checkerState() {
  const verdict = document.querySelector('[data-verdict]')?.getAttribute('data-verdict') ?? null;
  return {
    ready: Boolean(document.querySelector('.checker[data-ready]')),
    failed: document.documentElement.hasAttribute('data-script-failed'),
    verdict,
    failing: [...document.querySelectorAll('[data-status="fail"]')].map((r) => r.getAttribute('data-criterion')),
    rows: document.querySelectorAll('[data-criterion]').length,
    problems: (window as unknown as { __problems?: string[] }).__problems ?? ['no probe on the page'],
  };
}

/** Clicks the button whose text is `name` (within `css`); throws when there is none. */
export function clickButton(name: string, css = 'body') {
  const button = [...document.querySelectorAll<HTMLButtonElement>(`${css} button`)].find(
    (b) => b.textContent?.trim() === name,
  );
  if (!button) throw new Error(`no button "${name}" in ${css}`);
  button.click();
}

/**
 * The checker's layout at phone width, measured: sideways overflow, text fields under 16 px (iOS
 * zooms into them), fields the fixed verdict bar covers once focused (WCAG 2.4.11), and whether the
 * page's last line clears the bar when scrolled to the end.
 */
export async function phoneLayout() {
  const frame = () => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
  const root = document.documentElement;
  const bar = () => document.querySelector('.checker-bar')!.getBoundingClientRect();
  const small = [...document.querySelectorAll<HTMLElement>('input[type="text"], input:not([type]), select, textarea')]
    .filter((field) => parseFloat(getComputedStyle(field).fontSize) < 16)
    .map((field) => `${field.id || field.getAttribute('name')}: ${getComputedStyle(field).fontSize}`);
  // Each question's first control, as a reader taps or tabs to it.
  const covered: string[] = [];
  let focused = 0;
  for (const block of document.querySelectorAll('.checker-form [id^="q-"]')) {
    const field = block.querySelector<HTMLInputElement>('input, select, textarea');
    if (!field) continue;
    field.focus();
    // Engines scroll the focused field into view at once or with a following frame: give it ten.
    let box = field.getBoundingClientRect();
    for (let n = 0; n < 10 && (box.top < 0 || box.bottom > bar().top); n++) {
      await new Promise((ok) => requestAnimationFrame(ok));
      box = field.getBoundingClientRect();
    }
    // WebKitGTK leaves one field (AST, after the eGFR question) where it was, off the screen, though
    // focused: scroll it as a reader would, and check the bar against the page's scroll padding.
    if (box.bottom > innerHeight || box.top < 0) {
      field.scrollIntoView({ block: 'nearest' });
      await frame();
      box = field.getBoundingClientRect();
    }
    focused++;
    const { top, bottom } = box;
    if (top < 0 || bottom > bar().top) covered.push(`${field.name}: ${Math.round(top)}-${Math.round(bottom)}`);
  }
  (document.activeElement as HTMLElement | null)?.blur();
  // To the end (again, should a scroll to the last focused field still be under way).
  for (let n = 0; n < 10 && Math.ceil(scrollY + innerHeight) < root.scrollHeight; n++) {
    window.scrollTo(0, root.scrollHeight);
    await frame();
  }
  // The page's last line: the last text on the page that is shown.
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let last: Text | undefined;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement!;
    if (node.textContent!.trim() && !parent.closest('.checker-bar, script, style, noscript, [hidden]'))
      if (parent.getClientRects().length) last = node as Text;
  }
  const range = document.createRange();
  range.selectNodeContents(last!);
  const lastLine = range.getBoundingClientRect();
  return {
    width: root.clientWidth,
    scrollWidth: root.scrollWidth,
    small,
    focused,
    covered,
    lastLine: { text: last!.textContent!.trim().slice(0, 40), bottom: lastLine.bottom, barTop: bar().top },
  };
}

/** What /check/ shows when its script has failed to start: the form, or a note and the way to the criteria. */
export function fallbackState() {
  const shown = (el: Element | null) => Boolean(el && (el as HTMLElement).offsetParent !== null);
  return {
    failed: document.documentElement.hasAttribute('data-script-failed'),
    form: shown(document.querySelector('.checker')),
    note: [...document.querySelectorAll('.script-failed-note, .noscript-note')]
      .filter(shown)
      .map((p) => p.textContent!.trim()),
    checklist: [...document.querySelectorAll<HTMLAnchorElement>('.checklist-link a')]
      .filter(shown)
      .map((a) => [a.textContent!.trim(), new URL(a.href).pathname]),
  };
}
