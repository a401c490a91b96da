import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Converted } from './convert-cache.ts';

/** Converts sources on worker threads, one per core: conversion is CPU-bound and every source is independent. */
export interface ConvertPool {
  convert(bytes: Uint8Array, source: string): Promise<Converted>;
  close(): Promise<void>;
}

/** Starts `size` workers (ARCHIVE_CONVERT_WORKERS, checked by src/config/settings.ts; else one per core); results come back by request id. */
export function convertPool(size: number = availableParallelism()): ConvertPool {
  const waiting = new Map<number, { resolve(value: Converted): void; reject(error: Error): void }>();
  const load = new Map<Worker, number>();
  let next = 0;
  const workers = Array.from({ length: Math.max(1, size) }, () => {
    const worker = new Worker(new URL('./convert-worker.ts', import.meta.url));
    worker.on('message', ({ id, result, error }: { id: number; result?: Converted; error?: string }) => {
      load.set(worker, (load.get(worker) ?? 1) - 1);
      const pending = waiting.get(id);
      waiting.delete(id);
      if (error !== undefined) pending?.reject(new Error(error));
      else pending?.resolve(result!);
    });
    worker.on('error', (error) => {
      for (const pending of waiting.values()) pending.reject(error);
      waiting.clear();
    });
    load.set(worker, 0);
    return worker;
  });
  return {
    convert(bytes, source) {
      const id = next++;
      // The least busy worker: sources differ in size by a factor of a hundred.
      const worker = workers.reduce((a, b) => ((load.get(a) ?? 0) <= (load.get(b) ?? 0) ? a : b));
      load.set(worker, (load.get(worker) ?? 0) + 1);
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker.postMessage({ id, bytes, source });
      });
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
