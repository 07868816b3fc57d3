// Moved to test/support/browser.ts; kept so that test files that import it from here still run.
export * from '../support/browser';
