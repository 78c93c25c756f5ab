import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

/**
 * Sends every input to a pool of worker threads (one per core) and hands each output to
 * `onOutput` as soon as it arrives, so a big site never holds all outputs at once.
 * Protocol: the worker answers each `{ id, input }` message with `{ id, output }` or `{ id, error }`,
 * in the order it received them.
 * `workerData` reaches every worker once (e.g. a lexicon too big to send with each input).
 * `inFlight`: inputs sent to a worker before it has answered; above 1 for small, quick
 * inputs, so a worker never waits for the main thread (on a loaded machine each answer
 * can wait milliseconds for the main thread to be scheduled and send the next input).
 * Precondition: `workerFile` is a file Node can start as a worker (Node strips .ts types).
 */
export async function renderInWorkers<In>(
  workerFile: URL,
  inputs: readonly In[],
  onOutput: (index: number, output: Uint8Array) => void,
  workerData?: unknown,
  inFlight = 1,
): Promise<void> {
  let next = 0;
  const run = async () => {
    const worker = new Worker(workerFile, { workerData });
    try {
      await new Promise<void>((done, fail) => {
        let pending = 0;
        const send = () => {
          while (pending < inFlight && next < inputs.length) {
            const id = next++;
            pending++;
            worker.postMessage({ id, input: inputs[id] });
          }
          if (pending === 0) done();
        };
        worker.on('message', (m: { id: number; output?: Uint8Array; error?: string }) => {
          pending--;
          if (!m.output) return fail(new Error(m.error ?? '工作线程没有返回结果'));
          try {
            onOutput(m.id, m.output);
          } catch (error) {
            return fail(error);
          }
          send();
        });
        worker.once('error', fail);
        send();
      });
    } finally {
      await worker.terminate();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(availableParallelism(), inputs.length)) }, run));
}
