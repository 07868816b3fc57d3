// Every budget of the site, written once: `npm test` (test/site/budgets.test.ts and the tests that
// count work) asserts those that hold on any machine, `npm run bench` (scripts/bench.ts) those that
// depend on the machine's speed.

/** Hold on any machine: asserted by `npm test`, printed by `npm run bench`. */
export const BUDGETS = {
  /**
   * One round trip of a new connection (initial congestion window, ~14 KB): the HTML and the style
   * sheets its first paint waits for, every page. The checker's page keeps its questions and their hints
   * in its HTML; when its script cannot run it shows a note and a link to the criteria on /eligibility/,
   * whose print is the checklist, and its own print view is a style sheet linked with media="print"
   * (with the criteria in the page and the print view inline, /zh/check/ was 15.7 KB in December 2026).
   */
  htmlCssBytes: 14 * 1024,
  /**
   * A new connection's first flight: 10 segments of 1,460 bytes (RFC 6928's initial window), as
   * Lighthouse simulates it. A page whose response (headers and compressed body, as our server sends it)
   * is longer arrives a round trip later: /zh/check/ at 14,603 B painted at 1.24-1.3 times /contact/'s
   * time, at 14,502 B at 1.0 times (Lighthouse mobile, December 2026).
   */
  firstFlightBytes: 10 * 1460,
  /** Everything a checker page loads, in either language (at most 25 KB gzip). */
  checkJsBytes: 25 * 1024,
  /**
   * With every calculator opened (30 KB). Issue 24's calculators (start empty, ask before replacing an
   * answer, keep their inputs, describe them for the summary) took /zh/check/ to 32.7 KB; what Copy, Save
   * and Open do now loads when the reader reaches for them (src/components/checker/useRequested.ts), and
   * the checker's code is one chunk (src/integrations/one-checker-chunk.ts): 30.6 KB in December 2026.
   */
  checkJsWithCalculatorsBytes: 30 * 1024,
  /**
   * Content pages ship no JavaScript but the inline module that registers their language's service worker
   * for offline reading (src/lib/offline.ts: 236 bytes gzip under /trial/zh/, 189 before it waited for
   * the page's load and script; 0 before offline reading, issue 27); the search page loads Pagefind only
   * when a search starts.
   */
  contentJsBytes: 256,
  /** Requests of one load (the page, its scripts, the icon): every one named in the page's HTML. */
  contentRequests: 2,
  checkRequests: 8,
  /** The flyer: the page, the icon and the phone poster (a PNG below the printed sheet, loaded lazily). */
  flyerRequests: 3,
  searchRequests: 4,
  /**
   * Elements (and depth) of the DOM. Lighthouse's dom-size audit warns above 800 elements and fails
   * above 1,400; the checker, with its form and 21 result rows, has about 940, which leaves room for a
   * few more questions.
   */
  domElements: 800,
  checkDomElements: 1100,
  domDepth: 32,
  /**
   * DOM changes one keystroke may make on the checker: it made 25 (the field, the criterion's row, the
   * verdict and what is still needed); the form has ~700 elements and the result list ~280, so
   * rebuilding either one would be hundreds.
   */
  keystrokeDomChanges: 60,
  /** Lighthouse 12 category scores (accessibility, best practices, SEO in npm test; performance too in the bench). */
  lighthouse: 100,
} as const;

/** Depend on the machine's speed and how busy it is: only in `npm run bench`. */
export const SPEED_BUDGETS = {
  buildSeconds: 20,
  /** Lighthouse (mobile) first and largest contentful paint of a checker page, as a multiple of /contact/'s. */
  checkPaintRatio: 1.25,
  /** The checker at 4x CPU slowdown: every question usable, and the worst interaction. */
  checkUsableMs: 600,
  checkWorstInteractionMs: 50,
  /** One evaluate() call on a full answer set, median. */
  evaluateMicroseconds: 20,
} as const;
