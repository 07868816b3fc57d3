/**
 * Brings the checker rendered at build time to life: each language's page loads its own entry
 * (client-en.ts, client-zh.ts) once it has painted (src/integrations/paint-first.ts), which hydrates
 * the form already on the page, so the browser never builds the questions with JavaScript.
 */
import { h, hydrate, type ComponentType } from 'preact';
import type { CheckerProps } from './Checker';

export function start(Checker: ComponentType<CheckerProps>) {
  const root = document.getElementById('checker');
  if (root) hydrate(h(Checker, JSON.parse(root.dataset.props ?? '{}') as CheckerProps), root);
}
