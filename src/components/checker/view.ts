/** The checker's view model: what the view shows (CheckerView) and what it can do (CheckerActions). */
import type { Confirmed, Evaluation, FactId, Guard } from '../../criteria';
import type { Raw } from './form';
import type { OpenProblem } from './saved';
import type { CalcInputs } from './tabState';
import type { Requested } from './useRequested';

/** What the last action left to say, under the buttons ('notLoaded': its code could not be loaded). */
export type Notice = '' | 'copied' | 'copyFailed' | 'saved' | 'opened' | 'notLoaded' | OpenProblem;

export interface CheckerView {
  raw: Raw;
  /** The values the reader confirmed against a flag ("the report does say this"), by fact. */
  confirmed: Confirmed;
  /** Each calculator's inputs, by its fact. */
  calc: CalcInputs;
  /** The calculators open. */
  openCalcs: FactId[];
  /** What each calculator was given, in words, once the calculators' chunk is loaded (for print). */
  described: Partial<Record<FactId, string>>;
  asked: FactId[];
  /** Numbers that look like another field's (src/criteria/guards.ts), shown once the field is left: not counted unless confirmed. */
  flags: Partial<Record<FactId, Guard>>;
  result: Evaluation;
  /** Number questions whose text is not a number in range, once left. */
  errors: FactId[];
  /** "5 of 40 questions answered". */
  progress: string;
  /** The verdict's help, naming the criteria it rests on. */
  help: string;
  /** Asked questions the result still needs. */
  missing: FactId[];
  /** Result rows built so far: 0 until hydrated (the build renders none). */
  rows: number;
  /** Every row is built: the verdict can be read (`data-verdict`). */
  complete: boolean;
  /** In an app's built-in browser (WeChat...), which cannot print or download: known after hydration. */
  inApp: boolean;
  /** What the buttons do and say (the notices, the notes in an app's browser), once loaded (useRequested.ts). */
  requested: Requested | undefined;
  /** "Clear all answers" asked for confirmation. */
  confirming: boolean;
  notice: Notice;
  /** What the notice names: the saved file's name, or the day the opened file was saved. */
  detail: string;
  /** Said once, politely: questions that appeared and a change of verdict. */
  announcement: string;
}

export interface CheckerActions {
  /** Stable across renders: the form's listeners (formDom.ts) are given it once, at hydration. */
  set: (fact: FactId, value: string | string[]) => void;
  touch: (fact: FactId) => void;
  /** Confirms a flagged value (a number), or withdraws the confirmation (undefined). Stable too. */
  confirm: (fact: FactId, value: number | undefined) => void;
  /** Stable: a calculator's field typed or chosen. */
  input: (fact: FactId, key: string, value: string) => void;
  /** Stable: a calculator opened or closed. */
  toggle: (fact: FactId, open: boolean) => void;
  /** Asks (true) or stops asking (false) whether to clear every answer. */
  confirmClear: (asking: boolean) => void;
  clear: () => void;
  /** Starts loading what Copy, Save and Open need (the reader reaches for them). */
  prepare: () => void;
  copy: () => void;
  save: () => void;
  open: (file: File | undefined) => void;
  /** The plain-text summary that Copy copies ('' until the buttons' code is loaded). */
  summary: () => string;
}

export type Checker = CheckerView & CheckerActions;
