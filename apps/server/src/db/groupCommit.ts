/** At most this many items are written by one write, so a burst never makes one huge statement. */
const maxGroupSize = 100;

/**
 * Group commit: items that arrive while a write is in flight are written together by the next
 * one, so many concurrent callers share one statement or transaction without waiting on a timer.
 * Each caller's promise settles when its item is durable, with what the write answered for it
 * (the write returns one result per item, in order). A failed group is retried item by item, so
 * one bad item fails only its own caller.
 */
export function groupCommit<T>(write: (items: T[]) => Promise<void>): (item: T) => Promise<void>;
export function groupCommit<T, R>(write: (items: T[]) => Promise<R[]>): (item: T) => Promise<R>;
export function groupCommit<T, R>(write: (items: T[]) => Promise<R[] | void>): (item: T) => Promise<R | undefined> {
  let waiting: { item: T; resolve: (result: R | undefined) => void; reject: (error: unknown) => void }[] = [];
  let writing = false;

  const writeGroup = async () => {
    writing = true;
    while (waiting.length > 0) {
      const group = waiting.slice(0, maxGroupSize);
      waiting = waiting.slice(maxGroupSize);
      try {
        const results = await write(group.map((entry) => entry.item));
        group.forEach((entry, index) => entry.resolve(results?.[index]));
      } catch (error) {
        if (group.length === 1) group[0]!.reject(error);
        else {
          for (const entry of group) {
            await write([entry.item]).then((results) => entry.resolve(results?.[0]), entry.reject);
          }
        }
      }
    }
    writing = false;
  };

  return (item) =>
    new Promise<R | undefined>((resolve, reject) => {
      waiting.push({ item, resolve, reject });
      if (!writing) void writeGroup();
    });
}
