import pg from 'pg';

/** Where the database announces that an app's keys or settings changed (migration 0013). */
export const appChangedChannel = 'patchbay_app_changed';
/** Where it announces a change to one end user or their connections: `<app id> <end user id>` (migration 0018). */
export const endUserChangedChannel = 'patchbay_end_user_changed';

const reconnectDelayMs = 1000;

/**
 * One LISTEN connection per process, outside the pool, telling in-process caches which app
 * changed. While it is not listening (starting, or the connection was lost) `live()` is false
 * and caches must not serve; every (re)connect counts as a change of every app, because
 * notifications sent while it was away are gone.
 */
export interface AppChanges {
  live(): boolean;
  /** `appId` undefined: anything may have changed. */
  subscribe(onChange: (appId: string | undefined) => void): void;
  /**
   * A change to one end user's row or to their connections' rows. A lost listener is announced
   * through `subscribe` only (anything may have changed), so a cache of such rows takes both.
   */
  subscribeToEndUsers(onChange: (appId: string, endUserId: string) => void): void;
  /**
   * This process just committed a change to the app: its caches drop it now, without waiting
   * for the notification (which still comes, and tells the other processes).
   */
  changedHere(appId: string): void;
  close(): Promise<void>;
}

export function listenForAppChanges(connection: pg.ClientConfig, onError: (error: unknown) => void): AppChanges {
  const subscribers: ((appId: string | undefined) => void)[] = [];
  const endUserSubscribers: ((appId: string, endUserId: string) => void)[] = [];
  const tell = (appId: string | undefined) => {
    for (const subscriber of subscribers) subscriber(appId);
  };
  const tellEndUser = (payload: string) => {
    const [appId, endUserId] = payload.split(' ');
    if (!appId || !endUserId) return;
    for (const subscriber of endUserSubscribers) subscriber(appId, endUserId);
  };
  let listening = false;
  let closed = false;
  let client: pg.Client | undefined;
  let retry: NodeJS.Timeout | undefined;

  // Told once per outage: when a live listener is lost, or when it cannot connect at all.
  let reported = false;
  const lost = (error: unknown) => {
    if (!reported) onError(error);
    reported = true;
    listening = false;
    tell(undefined);
    client?.removeAllListeners();
    client?.on('error', () => {});
    void client?.end().catch(() => {});
    client = undefined;
    if (!closed) retry = setTimeout(connect, reconnectDelayMs).unref();
  };

  const connect = () => {
    // knex keeps the password of its parsed settings as a hidden (non-enumerable) property, which
    // a spread would drop: name it, or a password-protected database refuses every attempt.
    const next = new pg.Client({ ...connection, password: connection.password, keepAlive: true });
    client = next;
    next.on('error', lost);
    next.on('end', () => lost(new Error('the app-change listener connection ended')));
    next.on('notification', (message) => {
      if (message.channel === appChangedChannel) tell(message.payload || undefined);
      else if (message.channel === endUserChangedChannel) tellEndUser(message.payload ?? '');
    });
    next
      .connect()
      .then(() => next.query(`listen ${appChangedChannel}; listen ${endUserChangedChannel}`))
      .then(() => {
        if (client !== next) return;
        tell(undefined);
        listening = true;
        reported = false;
      })
      .catch((error: unknown) => {
        if (client === next) lost(error);
      });
  };
  connect();

  return {
    live: () => listening && !closed,
    subscribe: (onChange) => {
      subscribers.push(onChange);
    },
    subscribeToEndUsers: (onChange) => {
      endUserSubscribers.push(onChange);
    },
    changedHere: tell,
    async close() {
      closed = true;
      listening = false;
      clearTimeout(retry);
      const current = client;
      client = undefined;
      current?.removeAllListeners();
      current?.on('error', () => {});
      await current?.end().catch(() => {});
    },
  };
}
