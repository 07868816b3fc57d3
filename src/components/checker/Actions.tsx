/**
 * What can be done with the answers: copy, print, save, open, clear (after a confirmation); then what
 * the last action left to say. In an app's built-in browser, which cannot print or download, Print and
 * Save give way to how to open the page in the phone's browser.
 */
import { useRef } from 'preact/hooks';
import { fill } from '../../i18n/format';
import { useStrings } from './strings';
import type { Checker, Notice } from './useChecker';

const PROBLEMS = new Set<Notice>(['copyFailed', 'notLoaded', 'tooLarge', 'notOurs', 'damaged', 'newerVersion']);

export default function Actions({ checker }: { checker: Checker }) {
  const t = useStrings().checker;
  const fileInput = useRef<HTMLInputElement>(null);
  const { inApp, confirming, notice, requested } = checker;
  const words = requested?.words;
  return (
    <>
      <div class="checker-actions no-print" onPointerDown={checker.prepare} onFocusIn={checker.prepare}>
        <button type="button" class="button" onClick={checker.copy}>
          {t.copy}
        </button>
        {!inApp && (
          <>
            <button type="button" class="button button--secondary" onClick={() => window.print()}>
              {t.print}
            </button>
            <button type="button" class="button button--secondary" onClick={checker.save}>
              {t.save}
            </button>
          </>
        )}
        <button type="button" class="button button--secondary" onClick={() => fileInput.current?.click()}>
          {t.open}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          hidden
          aria-label={t.open}
          onChange={(e) => {
            void checker.open(e.currentTarget.files?.[0]);
            e.currentTarget.value = '';
          }}
        />
        <button
          type="button"
          class="button button--secondary"
          onClick={() => checker.confirmClear(true)}
          aria-expanded={confirming}
        >
          {t.clear}
        </button>
      </div>
      {inApp && words && (
        <>
          <p class="checker-in-app no-print" id="in-app">
            {words.inApp}
          </p>
          <p class="checker-in-app no-print">{words.inAppOpen}</p>
        </>
      )}
      {confirming && (
        <div class="confirm no-print" role="group" aria-label={t.clearConfirm}>
          <p>{t.clearConfirm}</p>
          <button type="button" class="button button--warning" onClick={checker.clear}>
            {t.clearYes}
          </button>{' '}
          <button type="button" class="button button--secondary" onClick={() => checker.confirmClear(false)}>
            {t.clearNo}
          </button>
        </div>
      )}
      <p class={`checker-notice no-print${PROBLEMS.has(notice) ? ' checker-notice--problem' : ''}`} role="status">
        {notice === 'notLoaded'
          ? t.notLoaded
          : notice && words && fill(words.notice[notice], { date: checker.detail, file: checker.detail })}
      </p>
      {notice === 'copyFailed' && requested && <requested.code.SelectedText text={checker.summary()} label={t.copy} />}
    </>
  );
}
