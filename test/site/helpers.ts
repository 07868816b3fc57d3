// Moved to test/support/site.ts; kept so that test files that import it from here still run.
export * from '../support/site';
