// Moved to test/support/pages.ts; kept so that test files that import it from here still run.
export * from '../support/pages';
