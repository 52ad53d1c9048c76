import type { Schemas } from '@patchbay/api-types';
import type { OperationHandler } from '../http/operations.js';
import { pricesFor, type Plan, type Prices } from './plans.js';
import { nextMonth, rollupDay, rollupMonth } from './rollup.js';
import { dailyUsage, monthlyActiveEndUsers } from './usageStore.js';

type LineItem = Schemas['BillingEstimate']['lineItems'][number];

/** Integer cents of quantity × unit price in millicents, rounded half up once per line. */
const cents = (quantity: number, unitPriceMillicents: number) => Math.round((quantity * unitPriceMillicents) / 1000);

export const getBillingEstimate: OperationHandler<'getBillingEstimate'> = async ({ app, query, services }) => {
  const { db } = services;
  const month = new Date(`${query.period}-01T00:00:00Z`);
  const end = nextMonth(month);
  const today = new Date(new Date().toISOString().slice(0, 10) + 'T00:00:00Z');
  if (today >= month && today < end) {
    await rollupDay(db, today, app.id);
    await rollupMonth(db, today, app.id);
  }
  const appRow: { plan: Plan; price_overrides: Partial<Prices> } = await db('apps').where({ id: app.id }).first('plan', 'price_overrides');
  const prices = pricesFor(appRow.plan, appRow.price_overrides);
  const lastDay = new Date(end.getTime() - 86_400_000).toISOString().slice(0, 10);
  const days = [...(await dailyUsage(db, app.id, month.toISOString().slice(0, 10), lastDay)).values()];
  const executions = days.reduce((total, day) => total + Object.values(day.executionsByIntegration).reduce((a, b) => a + b, 0), 0);
  const daysInMonth = Math.round((end.getTime() - month.getTime()) / 86_400_000);
  // $10 per integration per month, prorated by the days each had a connection.
  const integrationMonths = Math.round((days.reduce((total, day) => total + day.integrationsInUse, 0) / daysInMonth) * 10_000) / 10_000;
  const activeEndUsers = await monthlyActiveEndUsers(db, app.id, month.toISOString().slice(0, 10));

  const lineItems: LineItem[] = [
    { code: 'active_end_users', description: 'Monthly active end users', quantity: activeEndUsers, unitPriceMillicents: prices.activeEndUser, amountCents: cents(activeEndUsers, prices.activeEndUser) },
    { code: 'executions', description: 'Executions', quantity: executions, unitPriceMillicents: prices.execution, amountCents: cents(executions, prices.execution) },
    { code: 'integrations', description: 'Integrations in use (integration-months, prorated by day)', quantity: integrationMonths, unitPriceMillicents: prices.integrationMonth, amountCents: cents(integrationMonths, prices.integrationMonth) },
    { code: 'support', description: prices.supportName, quantity: 1, unitPriceMillicents: prices.support, amountCents: cents(1, prices.support) },
  ];
  return {
    status: 200,
    body: { period: query.period, plan: appRow.plan, currency: 'usd', lineItems, totalCents: lineItems.reduce((total, item) => total + item.amountCents, 0) },
  };
};
