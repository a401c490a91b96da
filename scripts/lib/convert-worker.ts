/** A conversion worker (scripts/lib/convert-pool.ts): converts the sources it is sent, one at a time, and sends back each result. */
import { parentPort } from 'node:worker_threads';
import { convert } from './convert.ts';

parentPort?.on('message', async ({ id, bytes, source }: { id: number; bytes: Uint8Array; source: string }) => {
  try {
    parentPort?.postMessage({ id, result: await convert(bytes, source) });
  } catch (error) {
    // A bug in the pipeline, not a bad source: the build stops and says where.
    parentPort?.postMessage({ id, error: `${source}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}` });
  }
});
