/** Prices in millicents (1/1000 cent): an execution costs a tenth of a cent. */
export interface Prices {
  activeEndUser: number;
  execution: number;
  integrationMonth: number;
  support: number;
}

export type Plan = 'basic' | 'pro' | 'enterprise';

// The seed's prices: $0.50 per end user per month, $0.001 per execution, $10 per integration per
// month; the support tier adds a monthly fee.
const seedPrices = { activeEndUser: 50_000, execution: 100, integrationMonth: 1_000_000 };

export const plans: Record<Plan, Prices & { supportName: string }> = {
  basic: { ...seedPrices, support: 0, supportName: 'Basic support' },
  pro: { ...seedPrices, support: 9_900_000, supportName: 'Pro support' },
  enterprise: { ...seedPrices, support: 49_900_000, supportName: 'Enterprise support' },
};

export function pricesFor(plan: Plan, overrides: Partial<Prices>): Prices & { supportName: string } {
  return { ...plans[plan], ...overrides };
}
