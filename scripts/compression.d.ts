// The one function of `compression` (which ships no types) that scripts/serve.ts uses.
declare module 'compression' {
  import type { IncomingMessage, ServerResponse } from 'node:http';
  export default function compression(): (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
}
