import { render } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { afterEach } from 'vitest';
import CheckerEn from '../../src/components/checker/CheckerEn';
import CheckerZh from '../../src/components/checker/CheckerZh';
import { pageQuestions, start } from '../../src/components/checker/hydrate';
import { islandEn } from '../../src/components/checker/island-en';
import { islandZh } from '../../src/components/checker/island-zh';
import { questionWords as wordsEn } from '../../src/i18n/en/questions-words';
import { questionWords as wordsZh } from '../../src/i18n/zh/questions-words';

const LINKS = {
  en: {
    eligibilityUrl: '/eligibility/',
    contactUrl: '/contact/',
    registryUrl: 'https://clinicaltrials.gov/study/NCT06792344',
  },
  zh: {
    eligibilityUrl: '/zh/eligibility/',
    contactUrl: '/zh/contact/',
    registryUrl: 'https://clinicaltrials.gov/study/NCT06792344',
  },
};

/** The checker as the page's build renders it, in `#checker` with the page's props (check.astro). */
export function pageBuilt(lang: 'en' | 'zh' = 'en'): HTMLElement {
  leave();
  const container = document.body.appendChild(document.createElement('div'));
  container.id = 'checker';
  container.dataset.props = JSON.stringify(LINKS[lang]);
  const Checker = lang === 'en' ? CheckerEn : CheckerZh;
  container.innerHTML = renderToString(<Checker {...LINKS[lang]} />);
  return container;
}

/** What the language's page script does (client-en.ts, client-zh.ts): the island starts on the built page. */
export function startScript(lang: 'en' | 'zh' = 'en') {
  start(lang === 'en' ? islandEn(pageQuestions(wordsEn)) : islandZh(pageQuestions(wordsZh)));
}

/** The page gone: the island unmounted, its container removed (after each test, and before a new page). */
function leave() {
  const container = document.getElementById('checker');
  if (!container) return;
  render(null, container);
  container.remove();
}
afterEach(leave);

/** Renders the checker as the page first shows it, its script started: `{ container }`. */
export function renderCheckerStart(lang: 'en' | 'zh' = 'en') {
  const container = pageBuilt(lang);
  startScript(lang);
  return { container };
}

/**
 * Resolves once `selector` matches in `container`. Watches the DOM with no deadline of its own (the test's
 * timeout is the limit): waitFor's 1 s guessed the machine's speed, and failed with two test runs sharing
 * two cores.
 */
export function until(container: Element, selector: string): Promise<void> {
  const done = () => container.querySelector(selector) !== null;
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

/** Resolves when every result row is on the page: the checker adds them a few at a time, a task each. */
export const built = (container: Element) => until(container, '[data-criterion="E13"]');

/** Renders the checker and waits until all its questions and the results are on the page. */
export async function renderChecker(lang: 'en' | 'zh' = 'en') {
  const view = renderCheckerStart(lang);
  await built(view.container);
  return view;
}
