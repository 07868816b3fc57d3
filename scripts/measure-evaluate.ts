// Median time of one evaluate() call on a full answer set, in microseconds (budget: under 20 µs).
import { evaluate } from '../src/criteria';
import examples from '../test/fixtures/examples.json';

export function measureEvaluate(rounds = 25, callsPerRound = 2000): number {
  const answers = examples[0]!.answers;
  for (let i = 0; i < 5000; i++) evaluate(answers); // warm up the JIT
  const perCall: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    for (let i = 0; i < callsPerRound; i++) evaluate(answers);
    perCall.push(((performance.now() - start) * 1000) / callsPerRound);
  }
  perCall.sort((a, b) => a - b);
  return perCall[Math.floor(perCall.length / 2)]!;
}
