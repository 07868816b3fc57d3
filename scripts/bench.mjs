// `npm run bench`: what depends on the machine's speed, which `npm test` does not assert. Builds the
// site (timed), serves it, and prints beside the machine's speed (a fixed CPU task, the load average):
// evaluate()'s median time, Lighthouse 12 scores with performance on every page, the byte budgets,
// and how the checker feels at 4x CPU slowdown. Exits non-zero when a budget is missed. A miss on a
// busy or slow machine (see the CPU line) may be the machine: run it again when the machine is idle.
import { availableParallelism, loadavg } from 'node:os';
import { build } from 'esbuild';
import { BUDGETS, isCheck, isPrivacyException, measureBytes, measureLighthouse, timeBuild } from './measure-site.mjs';
import { measureForm } from './measure-form.mjs';
import { serve } from './serve.mjs';

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * A fixed task, the same on every machine, in plain JavaScript as the site's scripts and the build
 * are: sorting 300,000 pseudo-random numbers (fixed seed) with a comparator, median of five, in ms.
 * Lower is faster; compare it between runs to see how much of a change is the machine.
 */
function cpuMilliseconds() {
  const times = [];
  for (let run = 0; run < 5; run++) {
    let seed = 42;
    const numbers = Array.from({ length: 300_000 }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31));
    const start = performance.now();
    numbers.sort((a, b) => a - b);
    times.push(performance.now() - start);
  }
  return median(times);
}

/** evaluate()'s median µs a call (scripts/measure-evaluate.ts, bundled: src/ imports without extensions). */
async function evaluateMicroseconds() {
  const { outputFiles } = await build({
    entryPoints: ['scripts/measure-evaluate.ts'],
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'error',
  });
  const { measureEvaluate } = await import(
    `data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`
  );
  return measureEvaluate();
}

const problems = [];
const over = (what, value, budget) => value > budget && problems.push(`${what} ${value} (budget ${budget})`);
const machine = () =>
  `${availableParallelism()} cores, load ${loadavg()
    .map((n) => n.toFixed(2))
    .join(' ')} (1, 5, 15 min); fixed CPU task (sorting 300,000 numbers) ${cpuMilliseconds().toFixed(0)} ms`;

console.log(`\nMachine at start: ${machine()}`);
const root = process.env.OUT_DIR || 'dist';
const buildSeconds = timeBuild(root);
console.log(`Build (Astro + Pagefind): ${buildSeconds.toFixed(1)} s (budget ${BUDGETS.buildSeconds} s)`);
over('build seconds', Number(buildSeconds.toFixed(1)), BUDGETS.buildSeconds);
const evaluateUs = await evaluateMicroseconds();
console.log(
  `evaluate() on a full answer set: ${evaluateUs.toFixed(2)} µs a call, median (budget ${BUDGETS.evaluateMicroseconds} µs)`,
);
over('evaluate µs', Number(evaluateUs.toFixed(2)), BUDGETS.evaluateMicroseconds);

const { server, url } = await serve({ root, port: 0 });
const rows = await measureBytes(root, url);
const scores = await measureLighthouse(url);
const forms = [];
for (const row of rows.filter((b) => isCheck(b.path)))
  forms.push({ path: row.path, ...(await measureForm(url + row.path.slice(1))) });
server.close();

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log('\n| page | HTML+CSS gzip | JS gzip | requests | elements | perf | a11y | best pr. | SEO |');
console.log('|---|---|---|---|---|---|---|---|---|');
for (const row of rows) {
  const lh = scores.find((s) => s.path === row.path);
  console.log(
    `| ${row.path} | ${kb(row.htmlCss)} | ${kb(row.js)} | ${row.requests} | ${row.domElements} | ${lh.performance} | ${lh.accessibility} | ${lh.bestPractices} | ${lh.seo} |`,
  );
  const jsBudget = isCheck(row.path)
    ? BUDGETS.checkJsBytes
    : row.path.endsWith('/search/')
      ? Infinity
      : BUDGETS.contentJsBytes;
  if (row.htmlCss > BUDGETS.htmlCssBytes) problems.push(`${row.path} HTML+CSS`);
  if (row.js > jsBudget) problems.push(`${row.path} JS`);
  for (const key of ['performance', 'accessibility', 'bestPractices', 'seo']) {
    if (lh[key] < BUDGETS.lighthouse && !isPrivacyException(row.path, key, lh)) {
      problems.push(`${row.path} ${key} ${lh[key]} (${lh.failing.join(', ')})`);
    }
  }
}
for (const { path, jsWithCalculators } of rows.filter((b) => isCheck(b.path))) {
  console.log(
    `\n${path} JavaScript with every calculator opened: ${kb(jsWithCalculators)} (budget ${kb(BUDGETS.checkJsWithCalculatorsBytes)})`,
  );
  if (jsWithCalculators > BUDGETS.checkJsWithCalculatorsBytes) problems.push(`${path} JS with calculators`);
  const checker = scores.find((s) => s.path === path);
  if (checker.seo < 100)
    console.log(
      `${path} SEO ${checker.seo}: only ${checker.seoFailing.join(', ')}, which Lighthouse fetches through the page and its connect-src 'none' refuses.`,
    );
}
console.log(
  `\nThe checker at 4x CPU slowdown (median of 5 loads; budgets ${BUDGETS.checkUsableMs} ms and ${BUDGETS.checkWorstInteractionMs} ms):`,
);
for (const { path, usableMs, completeMs, worstInteractionMs } of forms) {
  console.log(
    `${path}: every question usable ${usableMs} ms after navigation (per-criterion list complete ${completeMs} ms); worst interaction ${worstInteractionMs} ms`,
  );
  over(`${path} usable ms`, usableMs, BUDGETS.checkUsableMs);
  over(`${path} worst interaction ms`, worstInteractionMs, BUDGETS.checkWorstInteractionMs);
}
console.log(`\nMachine at end: ${machine()}`);
if (problems.length) {
  console.error(`\nOver budget: ${problems.join('; ')}`);
  process.exit(1);
}
console.log('\nAll budgets met.');
