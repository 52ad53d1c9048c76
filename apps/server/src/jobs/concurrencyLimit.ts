/**
 * Runs the functions given to it at most `limit` at a time, in the order given; each call's
 * promise settles with its function's.
 */
export function concurrencyLimit(limit: number): <T>(run: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: (() => void)[] = [];
  const next = () => {
    running -= 1;
    waiting.shift()?.();
  };
  return (run) =>
    new Promise((resolve, reject) => {
      const start = () => {
        running += 1;
        run().then(resolve, reject).finally(next);
      };
      if (running < limit) start();
      else waiting.push(start);
    });
}
