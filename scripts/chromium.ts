// Debian's Chromium, as the tests and the bench start it. As root in a sandboxed machine with no
// network but the package registries, it needs --no-sandbox, and the background-networking flags keep
// it from reaching for hosts it cannot reach.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Flags for Playwright, which adds its own headless flag. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
