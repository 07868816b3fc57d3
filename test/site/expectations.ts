// Moved to test/support/expectations.ts; kept so that test files that import it from here still run.
export * from '../support/expectations';
