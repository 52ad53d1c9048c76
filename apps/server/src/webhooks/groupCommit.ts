/**
 * Group commit: items that arrive while a write is in flight are written together by the next
 * one, so many concurrent jobs share one transaction without waiting on a timer. Each caller's
 * promise settles when its item is durable. A failed group is retried item by item, so one bad
 * item fails only its own caller.
 */
export function groupCommit<T>(write: (items: T[]) => Promise<void>): (item: T) => Promise<void> {
  let waiting: { item: T; resolve: () => void; reject: (error: unknown) => void }[] = [];
  let writing = false;

  const writeGroup = async () => {
    writing = true;
    while (waiting.length > 0) {
      const group = waiting;
      waiting = [];
      try {
        await write(group.map((entry) => entry.item));
        for (const entry of group) entry.resolve();
      } catch (error) {
        if (group.length === 1) group[0]!.reject(error);
        else {
          for (const entry of group) {
            await write([entry.item]).then(entry.resolve, entry.reject);
          }
        }
      }
    }
    writing = false;
  };

  return (item) =>
    new Promise<void>((resolve, reject) => {
      waiting.push({ item, resolve, reject });
      if (!writing) void writeGroup();
    });
}
