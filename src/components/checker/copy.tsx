/**
 * Copying the summary where the Clipboard API is missing or refused (apps' built-in browsers, pages
 * not served over HTTPS): the old way, a selected text area and execCommand('copy'); and when even that
 * fails, the text shown selected, for the reader to copy (on a phone, by pressing and holding it).
 */
import { useEffect, useRef } from 'preact/hooks';

/** Copies `text`; true if the browser says it did. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No navigator.clipboard, or the browser refused: try the older way.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.cssText = 'position:fixed;opacity:0';
  document.body.append(area);
  area.select();
  area.setSelectionRange(0, text.length);
  let copied = false;
  try {
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  area.remove();
  return copied;
}

/** The summary, selected, for the reader to copy when the browser would not. */
export function SelectedText({ text, label }: { text: string; label: string }) {
  const area = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    area.current?.focus();
    area.current?.select();
  }, []);
  return <textarea ref={area} class="copy-fallback" readOnly rows={8} aria-label={label} value={text} />;
}
