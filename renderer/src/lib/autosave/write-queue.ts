import { isUnloading, registerDrain } from './flush-registry';

export type Enqueue = <T>(call: () => Promise<T>) => Promise<T>;

/**
 * Writes leave in the order they were made and one at a time: pressing 4 then 5 must store 5.
 * An idle queue starts a write synchronously; when the page is going away nothing waits any more
 * (the transport sends each request so that it outlives the page).
 */
export function createWriteQueue(): Enqueue {
  const waiting: (() => void)[] = [];
  let busy = false;
  const pump = () => {
    if (busy) return;
    const next = waiting.shift();
    if (!next) return;
    busy = true;
    next();
  };
  registerDrain(() => {
    while (waiting.length) waiting.shift()!();
  });
  return <T>(call: () => Promise<T>) =>
    new Promise<T>((resolve, reject) => {
      const run = () => {
        let write: Promise<T>;
        try {
          write = call();
        } catch (error) {
          write = Promise.reject(error);
        }
        write.then(resolve, reject).finally(() => {
          busy = false;
          pump();
        });
      };
      if (isUnloading()) return run();
      waiting.push(run);
      pump();
    });
}
