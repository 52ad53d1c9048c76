import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, useState } from 'react';
import { createBrowserRouter, createMemoryRouter, RouterProvider } from 'react-router';
import { SessionProvider } from './api/session.js';
import { routes } from './routes.js';

export function createQueryClient() {
  return new QueryClient({ defaultOptions: { queries: { retry: (count, error) => count < 2 && !('status' in error && Number(error.status) >= 400 && Number(error.status) < 500), refetchOnWindowFocus: false } } });
}

/** The whole SPA; tests pass a memory history entry and their own query client. */
export function Dashboard({ initialPath, queryClient: given }: { initialPath?: string; queryClient?: QueryClient }) {
  const [queryClient] = useState(() => given ?? createQueryClient());
  const [router] = useState(() =>
    initialPath ? createMemoryRouter(routes, { initialEntries: [`/dashboard${initialPath}`] }) : createBrowserRouter(routes),
  );
  return (
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <SessionProvider queryClient={queryClient}>
          <RouterProvider router={router} />
        </SessionProvider>
      </QueryClientProvider>
    </StrictMode>
  );
}
