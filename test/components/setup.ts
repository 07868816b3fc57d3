// Testing Library's waitFor and findBy* give up after 1 s by default, which a busy machine can take
// for a render: they wait up to 30 s here (a hung test still fails; a slow one passes).
import { configure } from '@testing-library/preact';

configure({ asyncUtilTimeout: 30_000 });
