interface Waiting<Input, Output> {
  input: Input;
  resolve: (output: Output) => void;
  reject: (error: unknown) => void;
}

/**
 * One call of `run` per turn of the event loop, with every input asked for during it; each caller gets the output at
 * its input's position. Under load, a database round trip per request costs more than the rest of answering it, so the
 * webhook path asks once for all the requests in flight.
 */
export function batchedByTick<Input, Output>(
  run: (inputs: Input[]) => Promise<Output[]>,
): (input: Input) => Promise<Output> {
  let waiting: Waiting<Input, Output>[] = [];
  const flush = async () => {
    const batch = waiting;
    waiting = [];
    try {
      const outputs = await run(batch.map((entry) => entry.input));
      batch.forEach((entry, index) => entry.resolve(outputs[index]!));
    } catch (error) {
      for (const entry of batch) entry.reject(error);
    }
  };
  return (input) =>
    new Promise((resolve, reject) => {
      waiting.push({ input, resolve, reject });
      if (waiting.length === 1) setImmediate(() => void flush());
    });
}
