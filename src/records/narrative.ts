/** A resource's narrative (`text`): what it says, as plain XHTML that any FHIR viewer shows. */
import type { Narrative } from 'fhir/r5';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A heading line and paragraphs; status `generated` (made from the resource's own elements). */
export function narrative(title: string, paragraphs: string[]): Narrative {
  const body = [`<p><b>${escape(title)}</b></p>`, ...paragraphs.map((p) => `<p>${escape(p)}</p>`)].join('');
  return { status: 'generated', div: `<div xmlns="http://www.w3.org/1999/xhtml">${body}</div>` };
}
