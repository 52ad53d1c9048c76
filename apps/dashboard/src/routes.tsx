import { Navigate, type RouteObject } from 'react-router';
import { AppLayout } from './layout/AppLayout.js';
import { AgentToolsPage } from './pages/AgentToolsPage.js';
import { RequireAccount } from './layout/RequireAccount.js';
import { ApiKeysPage } from './pages/ApiKeysPage.js';
import { EndUserPage } from './pages/EndUserPage.js';
import { EndUsersPage } from './pages/EndUsersPage.js';
import { ExecutionsPage } from './pages/ExecutionsPage.js';
import { HomeRedirect } from './pages/HomeRedirect.js';
import { IntegrationsPage } from './pages/IntegrationsPage.js';
import { NotFoundPage } from './pages/NotFoundPage.js';
import { OverviewPage } from './pages/OverviewPage.js';
import { SignInPage } from './pages/SignInPage.js';
import { SignUpPage } from './pages/SignUpPage.js';
import { UsagePage } from './pages/UsagePage.js';
import { WebhooksPage } from './pages/WebhooksPage.js';

export const routes: RouteObject[] = [
  {
    path: '/dashboard',
    children: [
      { path: 'sign-in', element: <SignInPage /> },
      { path: 'sign-up', element: <SignUpPage /> },
      {
        element: <RequireAccount />,
        children: [
          { index: true, element: <HomeRedirect /> },
          {
            path: 'apps/:appId',
            element: <AppLayout />,
            children: [
              { index: true, element: <Navigate to="overview" replace /> },
              { path: 'overview', element: <OverviewPage /> },
              { path: 'executions', element: <ExecutionsPage /> },
              { path: 'end-users', element: <EndUsersPage /> },
              { path: 'end-users/:endUserId', element: <EndUserPage /> },
              { path: 'integrations', element: <IntegrationsPage /> },
              { path: 'agent-tools', element: <AgentToolsPage /> },
              { path: 'api-keys', element: <ApiKeysPage /> },
              { path: 'webhooks', element: <WebhooksPage /> },
              { path: 'usage', element: <UsagePage /> },
              { path: '*', element: <NotFoundPage /> },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
  { path: '*', element: <Navigate to="/dashboard" replace /> },
];
