/**
 * Brings the checker rendered at build time to life: each language's page loads its own entry
 * (client-en.ts, client-zh.ts) once it has painted (src/integrations/paint-first.ts), which hydrates
 * the checker already on the page but not its questions: they stay the page's HTML (formDom.ts).
 */
import { h, hydrate, options, type ComponentType } from 'preact';
import type { QuestionStrings } from '../../i18n/types';
import type { CheckerProps } from './Checker';

export function start(Checker: ComponentType<CheckerProps>) {
  renderAfterPaint();
  const root = document.getElementById('checker');
  if (root) hydrate(h(Checker, JSON.parse(root.dataset.props ?? '{}') as CheckerProps), root);
}

/**
 * The island re-renders in the task after the browser has painted, not in the event's own task: what
 * the reader typed or chose is the page's own control (formDom.ts), on screen at once, and the verdict
 * and result follow a frame later. An interaction then waits only for the browser's own work: at 4x CPU
 * slowdown, re-rendering inside the event's task made the worst interaction 56-64 ms (budget 50). In a
 * hidden page, where frames stop, the render comes after 100 ms.
 */
function renderAfterPaint() {
  options.debounceRendering = (render) => {
    let done = false;
    const once = () => {
      if (done) return;
      done = true;
      render();
    };
    requestAnimationFrame(() => setTimeout(once));
    setTimeout(once, 100);
  };
}

/**
 * The questions' words for the page's script: each question's label and hint as the page already shows
 * them (rendered at build time from src/i18n/<lang>/questions.ts), so the script does not carry them a
 * second time; `words` (src/i18n/<lang>/questions-words.ts) adds the rest: each number question's `what`.
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
