/** Going to a question: its first control gets focus and comes into view. */
import type { ComponentChildren } from 'preact';
import type { FactId } from '../../criteria';

export function goTo(fact: FactId) {
  const el = document.getElementById(`f-${fact}`);
  el?.focus();
  el?.scrollIntoView?.({ block: 'center' });
}

/** A link to a question (`#f-<fact>`) that focuses its control rather than only scrolling to it. */
export default function QuestionLink({ fact, children }: { fact: FactId; children: ComponentChildren }) {
  return (
    <a
      href={`#f-${fact}`}
      onClick={(e) => {
        e.preventDefault();
        goTo(fact);
      }}
    >
      {children}
    </a>
  );
}
