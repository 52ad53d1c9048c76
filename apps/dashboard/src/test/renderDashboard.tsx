import { render } from '@testing-library/react';
import { createQueryClient, Dashboard } from '../Dashboard.js';

/** The whole dashboard at a path (after /dashboard), with a fresh cache and no retries. */
export function renderDashboard(path: string) {
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { retry: false, refetchOnWindowFocus: false } });
  return render(<Dashboard initialPath={path} queryClient={queryClient} />);
}
