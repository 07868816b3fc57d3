// src/integrations/csp-hashes.ts: a page's CSP allows the inline scripts and styles on that page only.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { pruneHashes } from '../../src/integrations/csp-hashes';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('pruneHashes', () => {
  const script = 'console.log(1)';
  const style = 'p{color:red}';
  const policy = [
    "default-src 'none'",
    `script-src 'self' ${hash(script)} ${hash('other()')} 'wasm-unsafe-eval'`,
    `style-src 'self' ${hash('a{}')} ${hash(style)}`,
  ].join(';');
  const page = (body: string) =>
    `<html><head><meta http-equiv="content-security-policy" content="${policy}"><style>${style}</style></head><body>${body}</body></html>`;

  it('keeps the hashes of the inline code on the page and every other source', () => {
    const pruned = pruneHashes(page(`<script type="module">${script}</script>`));
    expect(pruned).toContain(
      `content="default-src 'none';script-src 'self' ${hash(script)} 'wasm-unsafe-eval';style-src 'self' ${hash(style)}"`,
    );
  });

  it('counts neither external scripts nor JSON-LD as inline code', () => {
    const pruned = pruneHashes(
      page(`<script src="/a.js"></script><script type="application/ld+json">${script}</script>`),
    );
    expect(pruned).toContain(`script-src 'self' 'wasm-unsafe-eval';`);
  });
});
