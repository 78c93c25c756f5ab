import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

/**
 * Sends every input to a pool of worker threads (one per core) and hands each output to
 * `onOutput` as soon as it arrives, so a big site never holds all outputs at once.
 * Protocol: the worker answers each `{ id, input }` message with `{ id, output }` or `{ id, error }`.
 * `workerData` reaches every worker once (e.g. a lexicon too big to send with each input).
 * Precondition: `workerFile` is a file Node can start as a worker (Node strips .ts types).
 */
export async function renderInWorkers<In>(
  workerFile: URL,
  inputs: readonly In[],
  onOutput: (index: number, output: Uint8Array) => void,
  workerData?: unknown,
): Promise<void> {
  let next = 0;
  const run = async () => {
    const worker = new Worker(workerFile, { workerData });
    try {
      while (next < inputs.length) {
        const id = next++;
        const output = await new Promise<Uint8Array>((done, fail) => {
          const onMessage = (m: { id: number; output?: Uint8Array; error?: string }) => {
            if (m.id !== id) return;
            worker.off('message', onMessage);
            worker.off('error', fail);
            if (m.output) done(m.output);
            else fail(new Error(m.error ?? '工作线程没有返回结果'));
          };
          worker.on('message', onMessage);
          worker.once('error', fail);
          worker.postMessage({ id, input: inputs[id] });
        });
        onOutput(id, output);
      }
    } finally {
      await worker.terminate();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(availableParallelism(), inputs.length)) }, run));
}
