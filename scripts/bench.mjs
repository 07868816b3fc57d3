// `npm run bench`: builds the site (timed), serves it, measures every page against its budgets and
// prints a table. Exits non-zero when a budget is exceeded.
import { BUDGETS, isCheck, isPrivacyException, measureBytes, measureLighthouse, timeBuild } from './measure-site.mjs';
import { measureForm } from './measure-form.mjs';
import { serve } from './serve.mjs';

const root = process.env.OUT_DIR || 'dist';
const buildSeconds = timeBuild(root);
const { server, url } = await serve({ root, port: 0 });
const bytes = await measureBytes(root, url);
const scores = await measureLighthouse(url);
const forms = [];
for (const row of bytes.filter((b) => isCheck(b.path)))
  forms.push({ path: row.path, ...(await measureForm(url + row.path.slice(1))) });
server.close();

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const problems = [];
console.log(`\nBuild (Astro + Pagefind): ${buildSeconds.toFixed(1)} s (budget ${BUDGETS.buildSeconds} s)`);
if (buildSeconds > BUDGETS.buildSeconds) problems.push('build time');
console.log('\n| page | HTML+CSS gzip | JS gzip | requests | perf | a11y | best pr. | SEO |');
console.log('|---|---|---|---|---|---|---|---|');
for (const row of bytes) {
  const lh = scores.find((s) => s.path === row.path);
  console.log(
    `| ${row.path} | ${kb(row.htmlCss)} | ${kb(row.js)} | ${row.requests} | ${lh.performance} | ${lh.accessibility} | ${lh.bestPractices} | ${lh.seo} |`,
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
for (const checkBytes of bytes.filter((b) => isCheck(b.path))) {
  const { path, jsWithCalculators } = checkBytes;
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
console.log('\nThe checker at 4x CPU slowdown (median of 5 loads; targets 600 ms and 50 ms):');
for (const { path, usableMs, completeMs, worstInteractionMs } of forms) {
  console.log(
    `${path}: every question usable ${usableMs} ms after navigation (per-criterion list complete ${completeMs} ms); worst interaction ${worstInteractionMs} ms`,
  );
}
if (problems.length) {
  console.error(`\nOver budget: ${problems.join('; ')}`);
  process.exit(1);
}
console.log('\nAll budgets met.');
