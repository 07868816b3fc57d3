// Lighthouse 12, mobile preset (the default config), on every page. `npm test` runs accessibility,
// best practices and SEO, one run a page: their audits read the page, not the clock. `npm run bench`
// adds performance, the median of several runs, as Lighthouse's guidance on variability advises: five
// on pages that run scripts and on /contact/ (the plain page the checker's paint is compared with),
// three on the others. The runs go in rounds, each round visiting every page once, so that a busy
// moment of the host falls on all pages alike rather than on one page's runs (on this 2-core machine
// one run of /check/ varied by up to 8 performance points: the simulated 4x CPU slowdown magnifies any
// moment the host is busy).
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Flags } from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';
import { isCheck, isSearch, PAGES } from './measure-pages.ts';

/** The plain page of the same layout that the checker's first paint is compared with. */
export const PAINT_REFERENCE = '/contact/';

export interface ScoreRow {
  path: string;
  /** Only with `performance`: the score, and first and largest contentful paint (ms, simulated). */
  performance?: number;
  fcpMs?: number;
  lcpMs?: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  /** Every audit that did not pass (of the median run). */
  failing: string[];
  /** The SEO audits that did not pass. */
  seoFailing: string[];
  runs: number;
}

type Run = Omit<ScoreRow, 'path' | 'runs'>;
type Key = 'performance' | 'fcpMs' | 'lcpMs' | 'accessibility' | 'bestPractices' | 'seo';

/** Without performance: how long a page must be quiet (no request, no long task) to count as loaded. */
const QUIET_MS = 250;

const runsOf = (path: string, performance: boolean) =>
  !performance ? 1 : isCheck(path) || isSearch(path) || path === PAINT_REFERENCE ? 5 : 3;

export async function measureLighthouse(siteUrl: string, { performance = true } = {}): Promise<ScoreRow[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  const flags: Flags = {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: [...(performance ? ['performance'] : []), 'accessibility', 'best-practices', 'seo'],
    // Without performance, no audit reads the full-page screenshot (2 s a run) or the about:blank start,
    // and the page counts as loaded after 250 ms without a request or a long task rather than 1 s of each
    // (and 1 s after the load event and first paint): 19 pages in 50 s rather than 78 here. The console
    // and CSP are read after the network is idle by test/site/security.test.ts.
    // With performance, the browser's own fetches of the icon and the app manifest are refused. They
    // start at the load event, which on these small pages comes just before the first paint, and
    // Lighthouse's simulated largest paint counts every request that finished before the paint was seen:
    // by chance, then, the same page gave 660-727 or 901-939 ms (/contact/, 11 runs; the first paint was
    // the largest in every run). Refused, they finish at once and count in every run, on every page alike.
    ...(performance
      ? { blockedUrlPatterns: ['*/favicon.svg', '*/manifest.webmanifest'] }
      : {
          disableFullPageScreenshot: true,
          skipAboutBlank: true,
          pauseAfterFcpMs: QUIET_MS,
          pauseAfterLoadMs: QUIET_MS,
          networkQuietThresholdMs: QUIET_MS,
          cpuQuietThresholdMs: QUIET_MS,
        }),
  };
  const runs = new Map<string, Run[]>(PAGES.map((path) => [path, []]));
  try {
    for (let round = 0; round < Math.max(...PAGES.map((p) => runsOf(p, performance))); round++)
      for (const path of PAGES)
        if (round < runsOf(path, performance))
          runs.get(path)!.push(await lighthouseOnce(siteUrl + path.slice(1), flags));
  } finally {
    chrome.kill();
  }
  return PAGES.map((path) => {
    const pageRuns = runs.get(path)!;
    const median = (key: Key) => {
      const values = pageRuns.map((r) => r[key] ?? 0).sort((a, b) => a - b);
      return values[Math.floor(values.length / 2)]!;
    };
    const middle = pageRuns.find((r) => (r.performance ?? 0) === median('performance'))!;
    return {
      path,
      ...(performance ? { performance: median('performance'), fcpMs: median('fcpMs'), lcpMs: median('lcpMs') } : {}),
      accessibility: median('accessibility'),
      bestPractices: median('bestPractices'),
      seo: median('seo'),
      failing: middle.failing,
      seoFailing: middle.seoFailing,
      runs: pageRuns.length,
    };
  });
}

async function lighthouseOnce(url: string, flags: Flags): Promise<Run> {
  const result = await lighthouse(url, flags);
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { categories, audits } = result.lhr;
  const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
  const failing = Object.values(audits)
    .filter(
      (a) =>
        a.score !== null && a.score < 1 && !['informative', 'notApplicable', 'manual'].includes(a.scoreDisplayMode),
    )
    .map((a) => a.id);
  const seoFailing = (categories.seo?.auditRefs ?? [])
    .filter((ref) => ref.weight > 0 && audits[ref.id]?.score !== null && audits[ref.id]!.score! < 1)
    .map((ref) => ref.id);
  const ms = (id: string) => Math.round(audits[id]?.numericValue ?? 0);
  return {
    ...(categories.performance
      ? {
          performance: score('performance'),
          fcpMs: ms('first-contentful-paint'),
          lcpMs: ms('largest-contentful-paint'),
        }
      : {}),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    failing,
    seoFailing,
  };
}

/**
 * The one known exception: Lighthouse 12 downloads robots.txt through the page (Network.loadNetworkResource),
 * so on /check/, whose CSP has connect-src 'none' to keep answers in the tab, the robots-txt audit
 * cannot pass. Privacy wins; every other SEO audit must still pass there.
 */
export function isPrivacyException(path: string, key: string, row: ScoreRow): boolean {
  return isCheck(path) && key === 'seo' && row.seoFailing.length === 1 && row.seoFailing[0] === 'robots-txt';
}
