/**
 * The code and words of the buttons under the result (requested.ts and the language's actions.ts),
 * loaded once: when the reader first reaches for the buttons (a press or focus in their row), or at
 * once in an app's built-in browser, whose notes are among the words. Until then the page has not
 * loaded them (on /zh/check/, 2.6 KB gzip in two files, December 2026), with every calculator open too.
 */
import { useCallback, useRef, useState } from 'preact/hooks';
import type { ActionStrings } from '../../i18n/types';

export interface Requested {
  code: typeof import('./requested');
  words: ActionStrings;
}

/** `loadWords` loads the language's words (IslandStrings.loadActions). */
export function useRequested(loadWords: () => Promise<ActionStrings>) {
  const [ready, setReady] = useState<Requested>();
  const loaded = useRef<Requested>();
  const loading = useRef<Promise<Requested>>();
  /** Loads, once; a load that failed (the network gone) is tried again the next time. */
  const load = useCallback((): Promise<Requested> => {
    loading.current ??= Promise.all([import('./requested'), loadWords()]).then(
      ([code, words]) => {
        loaded.current = { code, words };
        setReady(loaded.current);
        return loaded.current;
      },
      (error: unknown) => {
        loading.current = undefined;
        throw error;
      },
    );
    return loading.current;
  }, []);
  /**
   * Does `act` at once when loaded, so that Copy stays within the press that asked for it (Safari lets
   * a page write to the clipboard only then); otherwise as soon as loaded, or `failed` if it cannot be.
   */
  const run = (act: (requested: Requested) => void, failed: () => void) => {
    if (loaded.current) act(loaded.current);
    else load().then(act, failed);
  };
  /** Starts loading (what fails is said when a button is used). */
  const prepare = useCallback(() => void load().catch(() => {}), []);
  return { ready, prepare, run, loaded };
}
