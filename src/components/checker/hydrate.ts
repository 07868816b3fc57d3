/**
 * Brings the checker rendered at build time to life: each language's page loads its own entry
 * (client-en.ts, client-zh.ts) once it has painted (src/integrations/paint-first.ts), which hydrates
 * the form already on the page, so the browser never builds the questions with JavaScript.
 */
import { h, hydrate, type ComponentType } from 'preact';
import type { QuestionStrings } from '../../i18n/types';
import type { CheckerProps } from './Checker';

export function start(Checker: ComponentType<CheckerProps>) {
  const root = document.getElementById('checker');
  if (root) hydrate(h(Checker, JSON.parse(root.dataset.props ?? '{}') as CheckerProps), root);
}

/**
 * The questions' words for the page's script: each question's label and hint as the page already shows
 * them (rendered at build time from src/i18n/<lang>/questions.ts), so the script does not carry them a
 * second time; `words` (src/i18n/<lang>/questions-words.ts) adds the rest: `what`, `answers`, and the
 * questions the page does not show at first. Read once, before hydration changes the form.
 */
export function pageQuestions(words: object): QuestionStrings {
  const questions: Record<string, object> = {};
  for (const block of document.querySelectorAll('#checker .question[id^="q-"]')) {
    const fact = block.id.slice(2);
    questions[fact] = {
      label: block.querySelector('legend, label')?.firstChild?.textContent ?? '',
      hint: document.getElementById(`h-${fact}`)?.textContent ?? '',
    };
  }
  for (const [fact, more] of Object.entries(words)) questions[fact] = { ...questions[fact], ...more };
  return questions as QuestionStrings;
}
