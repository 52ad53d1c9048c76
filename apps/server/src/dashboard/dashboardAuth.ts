import type { DashboardSessionRow } from './sessionStore.js';

/** A request made with a dashboard session: one account, every app of it. */
export interface DashboardAuth {
  accountId: string;
  email: string;
  name: string;
  session: DashboardSessionRow;
}
