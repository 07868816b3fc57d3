// Testing Library's waitFor and findBy* give up after 1 s by default, which a busy machine can take
// for a render: they wait up to 30 s here (a hung test still fails; a slow one passes).
import { configure } from '@testing-library/preact';

configure({ asyncUtilTimeout: 30_000 });

// Each test is a new tab: the checker keeps answers in the history entry's state (tabState.ts), which
// jsdom keeps for the whole file.
import { afterEach } from 'vitest';

afterEach(() => history.replaceState(null, ''));
