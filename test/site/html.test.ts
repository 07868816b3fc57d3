// Every built page is valid HTML by html-validate's recommended rules (.htmlvalidate.json).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { DIST, DIST_SUB } from './helpers';
import { htmlFiles } from './pages';

const config = JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')) as ConfigData;
const validator = new HtmlValidate(config);

describe.each([DIST, DIST_SUB])('the build in %s', (root) => {
  it.each(htmlFiles(root))('has no HTML error in %s', async (file) => {
    const path = join(root, file);
    const report = await validator.validateString(readFileSync(path, 'utf8'), path);
    const problems = report.results.flatMap((result) =>
      result.messages.map((m) => `${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
    );
    expect(problems).toEqual([]);
  });
});
