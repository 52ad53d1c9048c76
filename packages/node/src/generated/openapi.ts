// generated from openapi.yaml — do not edit. Run `pnpm generate`.
export interface paths {
  '/api/v1/apps': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Sign up and create an app
     * @description Creates an account and its first app. The response holds the app's first API key and its
     *     webhook signing secret; the API key is shown only once, so store it now.
     */
    post: operations['createApp'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/integrations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List integrations
     * @description The integration catalog, with how many of your end users have an active connection to
     *     each (`connectedUsers`, counted for your app only).
     */
    get: operations['listIntegrations'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/integrations/{slug}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One integration, with each action's input and output JSON Schema
     * @description The integration as your app sees it (enabled, your own OAuth client, connected end users),
     *     with every action's `inputSchema` and `outputSchema` as JSON Schema (draft 2020-12): the
     *     schemas `input` is validated against and `data` is shaped by, and every trigger's
     *     `configSchema` and `payloadSchema` (a subscription's `config`, a `trigger.fired` event's
     *     `payload`). API-key integrations also list the `credentialFields` an end user fills in.
     */
    get: operations['getIntegration'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Enable or disable an integration for your app
     * @description Turns an integration on or off for your app. A disabled integration disappears from the
     *     connect widget and the hosted Connect Link; connecting it or running its actions answers 403
     *     `integration_disabled`. Existing connections are kept, so enabling it again restores them.
     */
    patch: operations['updateIntegration'];
    trace?: never;
  };
  '/api/v1/connections/authorize': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Start connecting an end user's account
     * @description Creates (or updates) the end user from `endUserId` and `metadata`, and returns the
     *     provider's authorization URL to send them to. `state` is single use, expires after 10
     *     minutes and is bound to your app, this end user, the integration and `redirectUri`.
     *     After the user decides, Patchbay redirects the browser to
     *     `redirectUri?connectionId=…&status=active`, or `redirectUri?error=…&error_description=…`.
     */
    post: operations['authorizeConnection'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/connections/callback': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * OAuth redirect target
     * @description The provider redirects the end user's browser here. Register
     *     `{PUBLIC_URL}/api/v1/connections/callback` as the redirect URL of your OAuth client at
     *     the provider. Patchbay checks `state`, exchanges the code (with the PKCE verifier), stores
     *     the tokens encrypted and redirects to your `redirectUri`. A missing, unknown, reused or
     *     expired `state` cannot be tied to a redirect URI, so it is answered with 400.
     */
    get: operations['connectionCallback'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/integrations/{slug}/actions/{action}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Run an action for an end user
     * @description Runs one action of an integration with the end user's connection, and records an
     *     execution. `input` is validated against the action's schema before anything runs.
     *
     *     When the provider rejects the call, the answer is an `Error` with `type:
     *     provider_error`, the execution id in `error.executionId` and the provider's own code in
     *     `error.providerCode` (for example `channel_not_found`): 422 when the provider refused the
     *     request, 502 when it failed or could not be reached.
     *
     *     When the scopes the connection was granted are known and lack one the action needs, the
     *     answer is 403 `missing_scopes` before anything is sent, with `error.missingScopes` and
     *     `error.repairLink` (a Connect Link asking the end user for them); the failure is recorded
     *     as an execution. A connection that needs reconnecting answers 409
     *     `connection_needs_reauth`.
     *
     *     Calls to the provider are paced by its rate-limit headers (`Retry-After`,
     *     `X-RateLimit-Remaining`/`Reset`, …) per connection, and by Patchbay's outbound caps. A sync
     *     call waits for a free slot up to `PROVIDER_WAIT_SYNC_MS` (10 s by default); beyond that it
     *     answers 429 `provider_rate_limited` with `Retry-After`, without calling the provider. An
     *     async call waits as long as needed.
     */
    post: operations['runAction'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/proxy/{slug}/{path}': {
    parameters: {
      query?: never;
      header: {
        'X-End-User-Id': components['schemas']['EndUserId'];
      };
      path: {
        /**
         * @description The integration's slug, for example `slack`.
         * @example slack
         */
        slug: components['parameters']['IntegrationSlug'];
        /**
         * @description The provider API path, e.g. `conversations.list` or `v1/customers/cus_123`.
         * @example conversations.list
         */
        path: string;
      };
      cookie?: never;
    };
    /**
     * Proxy a GET request to the provider's API
     * @description Sends `GET` to the provider's API as the end user in `X-End-User-Id`, for
     *     endpoints no action covers. The answer is the provider's, status and body as they came; the
     *     call is recorded as an execution with action `proxy`.
     */
    get: operations['proxyGet'];
    /**
     * Proxy a PUT request to the provider's API
     * @description Sends `PUT` to the provider's API as the end user in `X-End-User-Id`, for
     *     endpoints no action covers. The answer is the provider's, status and body as they came; the
     *     call is recorded as an execution with action `proxy`.
     */
    put: operations['proxyPut'];
    /**
     * Proxy a POST request to the provider's API
     * @description Sends `POST` to the provider's API as the end user in `X-End-User-Id`, for
     *     endpoints no action covers. The answer is the provider's, status and body as they came; the
     *     call is recorded as an execution with action `proxy`.
     */
    post: operations['proxyPost'];
    /**
     * Proxy a DELETE request to the provider's API
     * @description Sends `DELETE` to the provider's API as the end user in `X-End-User-Id`, for
     *     endpoints no action covers. The answer is the provider's, status and body as they came; the
     *     call is recorded as an execution with action `proxy`.
     */
    delete: operations['proxyDelete'];
    options?: never;
    head?: never;
    /**
     * Proxy a PATCH request to the provider's API
     * @description Sends `PATCH` to the provider's API as the end user in `X-End-User-Id`, for
     *     endpoints no action covers. The answer is the provider's, status and body as they came; the
     *     call is recorded as an execution with action `proxy`.
     */
    patch: operations['proxyPatch'];
    trace?: never;
  };
  '/api/v1/executions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List executions
     * @description Your app's executions, newest first, with `stats` counted over the same filters (not only
     *     this page; counts are exact, durations within 2 %). Pass `nextCursor` back as `cursor` for
     *     the next page.
     */
    get: operations['listExecutions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/stats/executions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Executions, success rate, p95 duration, active end users and API calls over time
     * @description Counts per hour or per UTC day between `from` and `to` (default: the last 7 days, by
     *     day). At most 744 buckets (31 days by hour, or about two years by day).
     */
    get: operations['getExecutionTimeseries'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/executions/{executionId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get one execution, with its input, output and attempts
     * @description One action run with its attempts, `input` and `output` (`output` is `data`, or null when it
     *     failed). Fields whose names look secret (password, token, api key, authorization…) are stored
     *     as `[redacted]`, and values over 16 KiB are kept as a preview.
     */
    get: operations['getExecution'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/usage': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Usage per day or month
     * @description Executions (per integration), integrations in use and monthly active end users, from
     *     the rolled-up `usage_metrics` (today's numbers are rolled up on request).
     */
    get: operations['getUsage'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/billing/estimate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * What a month costs so far, line by line
     * @description Prices come from the app's plan (the seed's by default): $0.50 per monthly active end
     *     user, $0.001 per execution, $10 per integration per month (prorated by the days it had a
     *     connection), plus the support tier. All amounts are integer cents; unit prices are in
     *     millicents (1/1000 cent) because an execution costs a tenth of a cent.
     */
    get: operations['getBillingEstimate'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/dashboard/sign-in': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Sign in to the dashboard
     * @description Sets the `pb_session` cookie (httpOnly, SameSite=Lax, Secure in production; 12 hours
     *     idle, 7 days at most) and returns the CSRF token that state-changing dashboard calls must
     *     send as `X-CSRF-Token`. Wrong email and wrong password answer the same 401.
     */
    post: operations['signIn'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/dashboard/sign-out': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Sign out (ends the session)
     * @description Ends the dashboard session: the session row is deleted and the `pb_session` cookie cleared,
     *     so the same cookie answers 401 afterwards.
     */
    post: operations['signOut'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/dashboard/account': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The signed-in account, its apps and the CSRF token
     * @description The signed-in account, its apps and the session's CSRF token: what the dashboard asks for
     *     after a page reload.
     */
    get: operations['getDashboardAccount'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/dashboard/apps': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create another app in the signed-in account
     * @description Another app in the signed-in account (a staging app, a second product), with its own first API
     *     key and webhook signing secret, shown once.
     */
    post: operations['createDashboardApp'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/dashboard/apps/{appId}/api-keys': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @example app_abc123xyz */
        appId: string;
      };
      cookie?: never;
    };
    /**
     * The app's API keys (never the keys themselves)
     * @description Every API key of one of the account's apps, revoked ones included, without their secrets:
     *     only the prefix that identifies a key, when it was last used and whether it is revoked.
     */
    get: operations['listApiKeys'];
    put?: never;
    /**
     * Create an API key (shown once)
     * @description A new API key for one of the account's apps. `key` is shown only in this answer; Patchbay
     *     stores a hash of it.
     */
    post: operations['createApiKey'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/dashboard/apps/{appId}/api-keys/{keyId}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @example app_abc123xyz */
        appId: string;
        /** @example key_7m2k9x4p */
        keyId: string;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Revoke an API key (requests with it answer 401 at once)
     * @description Revokes the key at once: the next request with it answers 401. Revoking a key that is
     *     already revoked answers 404.
     */
    delete: operations['revokeApiKey'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhook-endpoints': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List webhook endpoints
     * @description Your app's webhook endpoints, without their secrets (see `getWebhookEndpointSecret`).
     */
    get: operations['listWebhookEndpoints'];
    put?: never;
    /**
     * Add a webhook endpoint
     * @description The answer holds the endpoint's own `whsec_` signing secret. URLs that resolve to
     *     loopback, private, link-local or cloud-metadata addresses are refused unless the server
     *     runs with `ALLOW_PRIVATE_WEBHOOK_URLS=true`.
     */
    post: operations['createWebhookEndpoint'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhook-endpoints/{endpointId}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @example we_4k2m9x7p */
        endpointId: components['parameters']['WebhookEndpointId'];
      };
      cookie?: never;
    };
    /**
     * Get a webhook endpoint
     * @description One endpoint: its URL, the events it receives, and whether it is enabled (`disabledReason`
     *     says why not, for example after 5 days of failed deliveries).
     */
    get: operations['getWebhookEndpoint'];
    put?: never;
    post?: never;
    /**
     * Delete a webhook endpoint
     * @description Pending deliveries to it are dropped.
     */
    delete: operations['deleteWebhookEndpoint'];
    options?: never;
    head?: never;
    /**
     * Change a webhook endpoint's URL, event filter or enabled state
     * @description Enabling an endpoint that was disabled for failing clears its failure record.
     */
    patch: operations['updateWebhookEndpoint'];
    trace?: never;
  };
  '/api/v1/webhook-endpoints/{endpointId}/secret': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @example we_4k2m9x7p */
        endpointId: components['parameters']['WebhookEndpointId'];
      };
      cookie?: never;
    };
    /**
     * Reveal an endpoint's signing secret
     * @description The endpoint's current signing secret (`whsec_…`), to configure your verifier. During a
     *     rotation, `previousSecretExpiresAt` says until when deliveries also carry a signature made
     *     with the previous one.
     */
    get: operations['getWebhookEndpointSecret'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhook-endpoints/{endpointId}/rotate-secret': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @example we_4k2m9x7p */
        endpointId: components['parameters']['WebhookEndpointId'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Rotate an endpoint's signing secret
     * @description Issues a new secret. For 24 hours deliveries carry signatures made with both the old
     *     and the new secret, so receivers can switch without losing events.
     */
    post: operations['rotateWebhookEndpointSecret'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhook-endpoints/{endpointId}/test': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @example we_4k2m9x7p */
        endpointId: components['parameters']['WebhookEndpointId'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send a test event to one endpoint
     * @description Queues a `webhook.test` event for this endpoint only; follow it in its deliveries.
     */
    post: operations['sendTestWebhook'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List events
     * @description The app's webhook events, newest first, with their delivery status.
     */
    get: operations['listEvents'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/events/resend-failed': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Re-send every failed delivery since a time
     * @description Queues a new delivery of every event created since `since` whose delivery failed for good,
     *     to every enabled endpoint (or only `endpointId`). Use it after fixing an endpoint that was
     *     down. `queued` counts the deliveries started.
     */
    post: operations['resendFailedEvents'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/events/{eventId}/deliveries': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @example evt_9x7k2m4p */
        eventId: components['parameters']['EventId'];
      };
      cookie?: never;
    };
    /**
     * Every delivery attempt of an event
     * @description Every attempt to deliver one event, to every endpoint: when, the status code your endpoint
     *     answered, the first KiB of its body, the error (timeout, refused connection…), the latency
     *     and, for a failed attempt, when the next one is due.
     */
    get: operations['listEventDeliveries'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/events/{eventId}/resend': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @example evt_9x7k2m4p */
        eventId: components['parameters']['EventId'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send an event again
     * @description To one endpoint (`endpointId`), or to every endpoint it was meant for.
     */
    post: operations['resendEvent'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/app': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The app of this API key
     * @description Your app's settings: name, plan, the redirect URIs `authorizeConnection` accepts and the
     *     browser origins connect sessions may be used from.
     */
    get: operations['getApp'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Change the app's name, redirect-URI allowlist or allowed origins
     * @description `redirectUris`: when not empty, `redirectUri` values must be one of these, compared as
     *     exact strings (RFC 9700). `allowedOrigins`: browser origins that may use connect
     *     sessions (CORS) and receive popup results; while it is empty, outside production,
     *     `http://localhost` and `http://127.0.0.1` origins may (see `ConnectSessionAuth`).
     */
    patch: operations['updateApp'];
    trace?: never;
  };
  '/api/v1/integrations/{slug}/oauth-client': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The integration's slug, for example `slack`.
         * @example slack
         */
        slug: components['parameters']['IntegrationSlug'];
      };
      cookie?: never;
    };
    get?: never;
    /**
     * Use your own OAuth client for an integration
     * @description White-label: your app's name and logo appear on the provider's consent screen. Register
     *     `{PUBLIC_URL}/api/v1/connections/callback` as its redirect URL. The secret is stored
     *     encrypted and never returned.
     */
    put: operations['setOAuthClient'];
    post?: never;
    /**
     * Go back to Patchbay's OAuth client for an integration
     * @description Forgets your app's own OAuth client for this integration: from now on its consent screen
     *     and token calls use Patchbay's client (from the server's environment) again.
     */
    delete: operations['deleteOAuthClient'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/connections': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List connections
     * @description Your end users' connections, newest first, filtered by end user, integration or status.
     *     Credentials are never returned. Page with `cursor` (the previous page's `nextCursor`).
     */
    get: operations['listConnections'];
    put?: never;
    /**
     * Connect an end user with an API key or user name and password
     * @description For integrations whose `authType` is `api_key` or `basic`. The credentials are checked
     *     with one call to the provider before they are stored; rejected ones answer 422.
     */
    post: operations['createConnection'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/connections/{connectionId}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @example conn_8f2k1m9x */
        connectionId: components['parameters']['ConnectionId'];
      };
      cookie?: never;
    };
    /**
     * Get a connection
     * @description One connection: its status (`needs_reauth` when the provider refused its tokens and the end
     *     user must connect again), granted scope and token expiry. Credentials are never returned.
     */
    get: operations['getConnection'];
    put?: never;
    post?: never;
    /**
     * Delete a connection
     * @description Revokes the grant at the provider where it offers revocation, deletes the stored
     *     credentials and sends `connection.deleted`. Execution history stays.
     */
    delete: operations['deleteConnection'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/connections/{connectionId}/repair-link': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @example conn_8f2k1m9x */
        connectionId: components['parameters']['ConnectionId'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A Connect Link that reconnects this connection in place
     * @description A hosted Connect Link (`url`) for the connection's end user, limited to its integration,
     *     valid for 24 hours. Connecting through it keeps the connection's id and everything tied
     *     to it, and makes it `active` and `healthy` again. `extraScopes` asks for scopes besides
     *     the integration's defaults and those already granted (OAuth integrations only). `token`
     *     is the connect session behind the link, for your own page with the React widget.
     */
    post: operations['createRepairLink'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/connections/{connectionId}/health-check': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @example conn_8f2k1m9x */
        connectionId: components['parameters']['ConnectionId'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Check the connection with the provider now
     * @description Makes the integration's health check call (Slack `auth.test`, GitHub `/user`, …) and
     *     answers the connection with its `health` as found. Patchbay also checks every active
     *     connection about once an hour, and after any action the provider answered 401.
     *     A connection that lost its grant becomes `needs_reauth` and `connection.needs_reauth`
     *     is sent.
     */
    post: operations['checkConnectionHealth'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/end-users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List end users
     * @description Your end users, newest first, each with their connections. `search` matches part of the id,
     *     email or name. Page with `cursor` (the previous page's `nextCursor`).
     */
    get: operations['listEndUsers'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/end-users/{endUserId}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Your own id for the end user.
         * @example user-123-from-company-x
         */
        endUserId: components['schemas']['EndUserId'];
      };
      cookie?: never;
    };
    /**
     * Get an end user and their connections
     * @description One end user, by your own id for them, with their connections.
     */
    get: operations['getEndUser'];
    put?: never;
    post?: never;
    /**
     * Delete an end user, their connections and credentials
     * @description Deletes the end user with all their connections: each is revoked at the provider where it
     *     offers revocation, its credentials deleted and `connection.deleted` sent. Their executions
     *     are deleted with them (usage already counted stays counted).
     */
    delete: operations['deleteEndUser'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/connect/sessions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create a connect session for one end user
     * @description Call from your backend; hand the `token` to your frontend (the React widget, or the
     *     hosted page). It is valid for 30 minutes, for this end user of this app only, and
     *     cannot call any API-key endpoint. The pages that may use it are the app's
     *     `allowedOrigins` plus the session's own `allowedOrigins` (see `ConnectSessionAuth`).
     */
    post: operations['createConnectSession'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/connect/integrations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The integrations this session may connect, with the end user's state
     * @description What the connect widget shows the session's end user: the enabled integrations (or only
     *     those the session allows), each with the end user's connection if there is one, and for
     *     API-key integrations the fields to fill in and where to find the key.
     */
    get: operations['listConnectIntegrations'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/connect/connections': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The session's end user's connections
     * @description The session's end user's connections, and nobody else's.
     */
    get: operations['listConnectConnections'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/connect/connections/{connectionId}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @example conn_8f2k1m9x */
        connectionId: components['parameters']['ConnectionId'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Disconnect one of the session's end user's connections
     * @description Lets the end user disconnect an account from the widget: revoked at the provider where
     *     possible, credentials deleted, `connection.deleted` sent. Another end user's connection is
     *     not found.
     */
    delete: operations['deleteConnectConnection'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/connect/integrations/{slug}/authorize': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The integration's slug, for example `slack`.
         * @example slack
         */
        slug: components['parameters']['IntegrationSlug'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Start an OAuth connection from the browser
     * @description Popup mode (default): open `authorizationUrl` in a popup; the callback page posts the
     *     result to `window.opener`, only to the request's `Origin` (an allowed origin, see
     *     `ConnectSessionAuth`).
     *     Redirect mode: pass `redirectUri` (checked against the app's allowlist) and send the
     *     whole page to `authorizationUrl`.
     */
    post: operations['startConnectOAuth'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/connect/integrations/{slug}/credentials': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The integration's slug, for example `slack`.
         * @example slack
         */
        slug: components['parameters']['IntegrationSlug'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Connect an API-key or basic-auth integration from the browser
     * @description The credentials are checked with one provider call before they are stored.
     */
    post: operations['submitConnectCredentials'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tools': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The tools an end user's agent may call
     * @description Every action your app exposes as a tool (its integration is enabled and your tool
     *     allowlist includes it, see `getToolSettings`), as `name` (`slack_send_message`), a
     *     `description` written for a model and the action's input JSON Schema. By default only
     *     the tools of integrations this end user has connected; with `include=all` also the
     *     others, whose calls answer with a Connect Link for the user. `@patchbay/node` turns the
     *     list into OpenAI, Anthropic, Vercel AI SDK or MCP tool definitions.
     */
    get: operations['listTools'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tools/execute': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Run a model's tool call for an end user
     * @description Takes a tool call as the model made it (a tool `name` from `listTools` and its
     *     `arguments`) and answers a `ToolResult` whose `text` you hand back to the model. The
     *     call runs through the action engine like `runAction` (validation, fresh credentials,
     *     retries, outbound limits, the execution log with `source: tools`, webhooks).
     *
     *     Whatever the model got wrong is a 200 with `isError: true` and a `text` the model can
     *     act on, never an HTTP error: an unknown or unexposed tool (`unknown_tool`), arguments
     *     that do not match the schema (`invalid_arguments`, with `details`), or a provider
     *     refusal (`failed`). When the end user has not connected the integration (or must
     *     connect it again), nothing runs and the answer is `connection_required` with a
     *     `connectUrl` (the hosted Connect Link, valid 30 minutes) the model should show the user.
     */
    post: operations['executeTool'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tools/tokens': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Mint a tool token for one end user
     * @description A short-lived bearer token for the MCP server at `/mcp` (`Authorization: Bearer tt_…`),
     *     for one end user of your app, optionally limited to some integrations or actions. Hand it
     *     to an MCP client or a model provider's remote-MCP connector instead of your API key: it
     *     can list and call that end user's tools and nothing else. Shown once; revoke it with
     *     `revokeToolToken`.
     */
    post: operations['createToolToken'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tools/tokens/{tokenId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Revoke a tool token
     * @description The token stops working at once, in every process.
     */
    delete: operations['revokeToolToken'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tools/settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Which actions your app exposes as tools
     * @description Which catalog actions your app lets agents call: `allowedTools: null` (every action of every
     *     enabled integration) or the list set with `updateToolSettings`.
     */
    get: operations['getToolSettings'];
    /**
     * Choose which actions your app exposes as tools
     * @description `allowedTools: null` exposes every action of every enabled integration; a list exposes
     *     only those (`slack` for all of Slack's actions, `slack.send_message` for one). Applies
     *     at once to `listTools`, `executeTool` and `/mcp`; tool tokens can narrow it further,
     *     never widen it.
     */
    put: operations['updateToolSettings'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/mcp': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The remote MCP server (Streamable HTTP)
     * @description A Model Context Protocol server (Streamable HTTP transport, stateless, JSON answers) for
     *     one end user: `tools/list` gives the tools of `listTools` (connected integrations; add
     *     `?include=all` to the URL for every exposed tool) and `tools/call` runs them like
     *     `executeTool`, logged with `source: mcp`. Authenticate with a tool token
     *     (`Authorization: Bearer tt_…`), or from your backend with your API key plus the end user
     *     in `X-End-User-Id`. Not a REST operation: point an MCP client at the URL.
     */
    post: operations['mcp'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/trigger-subscriptions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List trigger subscriptions
     * @description Your app's subscriptions, newest first. Pass `nextCursor` back as `cursor` for the next page.
     */
    get: operations['listTriggerSubscriptions'];
    put?: never;
    /**
     * Subscribe to a trigger for an end user
     * @description Starts listening to one trigger of the end user's connection. `config` is checked against
     *     the trigger's `configSchema` (`GET /api/v1/integrations/{slug}`). For providers that
     *     register webhooks per account (GitHub repository hooks, Stripe webhook endpoints) the hook
     *     is created at the provider before this answers; a refusal there is a 422 and nothing is
     *     stored. A polling trigger reads the current state once now (its baseline, so a provider
     *     error is a 422 here too) and then polls; only what happens after this call is delivered.
     *     Each item arrives at your webhook endpoints as a `trigger.fired` event.
     */
    post: operations['createTriggerSubscription'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/trigger-subscriptions/{subscriptionId}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @example sub_8f3k2m9x */
        subscriptionId: components['parameters']['SubscriptionId'];
      };
      cookie?: never;
    };
    /**
     * Get a trigger subscription
     * @description Its status, config, and when it last ran (and why that failed, if it did).
     */
    get: operations['getTriggerSubscription'];
    put?: never;
    post?: never;
    /**
     * Delete a trigger subscription
     * @description Stops it for good and removes the webhook Patchbay registered at the provider for it (best
     *     effort: a hook the end user already removed is fine). Its run log stays.
     */
    delete: operations['deleteTriggerSubscription'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/trigger-subscriptions/{subscriptionId}/pause': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @example sub_8f3k2m9x */
        subscriptionId: components['parameters']['SubscriptionId'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Pause a trigger subscription
     * @description Polling stops; pushes from the provider are acknowledged and logged as `skipped` runs, not
     *     delivered. Pausing a paused subscription changes nothing.
     */
    post: operations['pauseTriggerSubscription'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/trigger-subscriptions/{subscriptionId}/resume': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @example sub_8f3k2m9x */
        subscriptionId: components['parameters']['SubscriptionId'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Resume a trigger subscription
     * @description A polling trigger continues from its cursor: what changed while it was paused is
     *     delivered. A subscription whose connection needs reauthorization answers 409
     *     `connection_needs_reauth`; it resumes by itself when the end user connects again.
     */
    post: operations['resumeTriggerSubscription'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/trigger-runs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List trigger runs
     * @description The log of every poll and every push the provider made to a subscription, newest first:
     *     how many items each delivered, how long it took and why it failed.
     */
    get: operations['listTriggerRuns'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/inbound/{slug}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The integration's slug, for example `slack`.
         * @example slack
         */
        slug: components['parameters']['IntegrationSlug'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Where a provider pushes every account's events (Slack, Linear)
     * @description Not for your backend: the Request URL to set in your Slack app's Event Subscriptions (or
     *     your Linear OAuth application's webhook), `$PUBLIC_URL/api/v1/inbound/slack`. The body is
     *     checked against the provider's signature (`<SLUG>_WEBHOOK_SECRET`: Slack's signing secret,
     *     with its five-minute window) before anything is stored; a bad or stale one is a 401 and
     *     stores nothing. Slack's `url_verification` gets its challenge back. A verified event is
     *     acknowledged at once, stored once per provider delivery id (retries are acknowledged and
     *     dropped) and routed to the subscriptions of that workspace in a job.
     */
    post: operations['receiveProviderEvent'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/inbound/{slug}/{subscriptionId}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The integration's slug, for example `slack`.
         * @example slack
         */
        slug: components['parameters']['IntegrationSlug'];
        /** @example sub_8f3k2m9x */
        subscriptionId: components['parameters']['SubscriptionId'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Where a provider pushes one subscription's events (GitHub, Stripe)
     * @description Not for your backend: the URL Patchbay registers at the provider for one subscription.
     *     Verified with that subscription's own secret (GitHub `X-Hub-Signature-256`, Stripe
     *     `Stripe-Signature` within five minutes); a bad signature is a 401 and stores nothing.
     *     GitHub's `ping` is answered 204. Retries with the same delivery id (`X-GitHub-Delivery`,
     *     Stripe's event id) are acknowledged and delivered once.
     */
    post: operations['receiveSubscriptionEvent'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export interface webhooks {
  'connection.created': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * An end user connected an account
     * @description Sent when a connection is created or re-activated by the OAuth flow.
     */
    post: operations['connectionCreatedWebhook'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'execution.failed': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * An action run failed
     * @description Sent when an action run fails for good (after its retries), sync or async: the execution id,
     *     who ran what, and the error's stable `code` with the provider's message.
     */
    post: operations['executionFailedWebhook'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'connection.deleted': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A connection was deleted
     * @description Sent when a connection is deleted: by your backend, by the end user from the connect widget,
     *     or with its end user.
     */
    post: operations['connectionDeletedWebhook'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'connection.needs_reauth': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A connection lost its access; the end user must connect again
     * @description Sent once when the provider refuses the connection's grant (a refused refresh, or a health
     *     check, hourly or after a 401, that finds it revoked): the connection's status is now
     *     `needs_reauth` and its actions fail until the end user connects again. `repairLink.url` is
     *     a Connect Link, minted for each delivery and valid 24 hours, that reconnects this
     *     connection in place; `POST /connections/{id}/repair-link` makes a new one.
     */
    post: operations['connectionNeedsReauthWebhook'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'execution.succeeded': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * An action run succeeded (opt-in)
     * @description Sent only to endpoints that list `execution.succeeded` in their `events`.
     */
    post: operations['executionSucceededWebhook'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'webhook.test': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A test event sent on request
     * @description Sent to one endpoint by `sendTestWebhook` (or the dashboard's "Send test event"), to check
     *     that it is reachable and verifies signatures.
     */
    post: operations['webhookTestWebhook'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'trigger.fired': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Something happened in an end user's account that you subscribed to
     * @description One event per item a trigger subscription found: a Slack message, a GitHub issue change, a
     *     new spreadsheet row. `payload` follows the trigger's `payloadSchema`
     *     (`GET /api/v1/integrations/{slug}`; typed per trigger in `@patchbay/node`). `itemId` is the
     *     provider's identity of the occurrence, stable across redeliveries.
     */
    post: operations['triggerFiredWebhook'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export interface components {
  schemas: {
    /**
     * @description What the action does to the end user's account: `read` changes nothing, `write` creates
     *     or changes data, `delete` removes it.
     * @enum {string}
     */
    ActionEffect: 'read' | 'write' | 'delete';
    /**
     * @description Where the run came from: `api` (`runAction` or the proxy), `mcp` (a `tools/call` on
     *     `/mcp`), `tools` (`executeTool`, the SDK's function-calling helpers).
     * @enum {string}
     */
    ExecutionSource: 'api' | 'mcp' | 'tools';
    /** @description `slack` allows every action of Slack, `slack.send_message` one action. */
    ToolAllowlist: string[];
    Tool: {
      /** @description The tool's name for the model, `<integration>_<action>` (`slack_send_message`). */
      name: string;
      /** @description A human-readable name, `Slack: Send Message`. */
      title: string;
      /** @description What the tool does, written for a model, including whether it changes data. */
      description: string;
      /** @description JSON Schema (draft 2020-12) of the tool's arguments, the action's `input`. */
      inputSchema: {
        [key: string]: unknown;
      };
      integration: {
        slug: string;
        name: string;
      };
      action: string;
      effect: components['schemas']['ActionEffect'];
      /** @description The end user's connection to the integration, or null when not connected. */
      connection: {
        id: string;
        status: components['schemas']['ConnectionStatus'];
      } | null;
    };
    ToolList: {
      tools: components['schemas']['Tool'][];
    };
    ExecuteToolRequest: {
      endUserId: components['schemas']['EndUserId'];
      /** @description The tool name the model called. */
      name: string;
      /**
       * @description The call's arguments as the model gave them: an object (Anthropic's `input`), or a
       *     JSON string (OpenAI's `function.arguments`). Omitted means `{}`. Anything else is
       *     answered as `invalid_arguments`, for the model to correct.
       */
      arguments?: unknown;
    };
    ToolResult: {
      /**
       * @description `success`: the action ran (`data`, `executionId`). `failed`: the provider refused or
       *     failed (`executionId`). `invalid_arguments`: the arguments do not match the schema
       *     (`details`); nothing ran. `connection_required`: the end user must connect (or
       *     reconnect) the integration at `connectUrl`; nothing ran. `unknown_tool`: no such
       *     tool is exposed to this end user. `rate_limited`: an outbound limit was reached;
       *     nothing was sent, retry later.
       * @enum {string}
       */
      status:
        | 'success'
        | 'failed'
        | 'invalid_arguments'
        | 'connection_required'
        | 'unknown_tool'
        | 'rate_limited';
      /** @description Whether the call failed; pass it on where the model API has such a flag (Anthropic's `is_error`). */
      isError: boolean;
      /** @description The result to hand back to the model, as text. */
      text: string;
      /** @description The action's output, when it succeeded. */
      data?: unknown;
      /** @description The execution recorded, when the action ran. */
      executionId?: string;
      /**
       * Format: uri
       * @description For `connection_required`, the Connect Link the end user opens.
       */
      connectUrl?: string;
      /** @description For `invalid_arguments`, each problem with its path in the arguments. */
      details?: {
        path: string;
        message: string;
      }[];
    };
    CreateToolTokenRequest: {
      endUserId: components['schemas']['EndUserId'];
      metadata?: components['schemas']['EndUserMetadata'];
      allowedTools?: components['schemas']['ToolAllowlist'];
      /**
       * @description Seconds until the token expires.
       * @default 3600
       */
      expiresIn?: number;
    };
    ToolToken: {
      /** @description The token's id, for `revokeToolToken`. */
      id: string;
      /** @description The bearer token, `tt_…`; shown once. */
      token: string;
      endUserId: string;
      /** @description Empty means every tool your app exposes. */
      allowedTools: components['schemas']['ToolAllowlist'];
      /** Format: date-time */
      expiresAt: string;
      /**
       * Format: uri
       * @description The MCP server's URL to give the MCP client with the token.
       */
      mcpUrl: string;
    };
    ToolSettings: {
      /**
       * @description null: every action of every enabled integration is a tool. A list: only those
       *     (an empty list exposes no tool).
       */
      allowedTools: components['schemas']['ToolAllowlist'] | null;
    };
    SignInRequest: {
      /** Format: email */
      email: string;
      password: string;
    };
    DashboardAccount: {
      account: {
        id: string;
        email: string;
        name: string;
      };
      apps: {
        appId: string;
        name: string;
        plan: components['schemas']['Plan'];
        /** Format: date-time */
        createdAt: string;
      }[];
      /** @description Send as `X-CSRF-Token` on every non-GET dashboard call. */
      csrfToken: string;
    };
    CreateDashboardAppRequest: {
      name: string;
    };
    CreatedApp: {
      appId: string;
      apiKey: string;
      webhookSecret: string;
      name: string;
    };
    ApiKey: {
      id: string;
      name: string;
      /** @description The key's first characters, to recognise it. */
      prefix: string;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      lastUsedAt: string | null;
      /** Format: date-time */
      revokedAt: string | null;
    };
    ApiKeyList: {
      apiKeys: components['schemas']['ApiKey'][];
    };
    CreateApiKeyRequest: {
      name: string;
    };
    CreatedApiKey: components['schemas']['ApiKey'] & {
      /** @description Shown only now; Patchbay keeps only a hash. */
      key: string;
    };
    /**
     * @description The support tier, which also sets the prices.
     * @enum {string}
     */
    Plan: 'basic' | 'pro' | 'enterprise';
    UsageReport: {
      /** @enum {string} */
      granularity: 'day' | 'month';
      /** Format: date */
      from: string;
      /** Format: date */
      to: string;
      periods: {
        /** @description `YYYY-MM-DD` or `YYYY-MM`. */
        period: string;
        executions: number;
        executionsByIntegration: {
          [key: string]: number;
        };
        /** @description Integrations with a connection (a month's value is the daily average). */
        integrationsInUse: number;
        /** @description Monthly active end users (month granularity only). */
        activeEndUsers: number | null;
        /** @description `trigger.fired` events produced by your trigger subscriptions. */
        triggerEvents: number;
      }[];
    };
    BillingEstimate: {
      period: string;
      plan: components['schemas']['Plan'];
      /** @constant */
      currency: 'usd';
      lineItems: {
        /** @enum {string} */
        code: 'active_end_users' | 'executions' | 'integrations' | 'support';
        description: string;
        quantity: number;
        unitPriceMillicents: number;
        amountCents: number;
      }[];
      totalCents: number;
    };
    IntegrationDetail: components['schemas']['IntegrationFields'] & {
      version: string;
      actions: {
        /** @description Scopes the action needs; each entry lists alternatives, any one of which will do. */
        requiredScopes: string[][];
        id: string;
        name: string;
        description: string;
        effect: components['schemas']['ActionEffect'];
        /** @description JSON Schema (draft 2020-12) of `input`. */
        inputSchema: {
          [key: string]: unknown;
        };
        /** @description JSON Schema (draft 2020-12) of `data` in the answer. */
        outputSchema: {
          [key: string]: unknown;
        };
      }[];
      triggers: {
        id: string;
        name: string;
        description: string;
        kind: components['schemas']['TriggerKind'];
        /** @description Polling triggers, seconds between polls (before jitter); null for webhook triggers. */
        pollIntervalSeconds: number | null;
        /** @description JSON Schema (draft 2020-12) of a subscription's `config`. */
        configSchema: {
          [key: string]: unknown;
        };
        /** @description JSON Schema (draft 2020-12) of `data.payload` in each `trigger.fired` event. */
        payloadSchema: {
          [key: string]: unknown;
        };
      }[];
      credentialFields?: components['schemas']['CredentialField'][];
    };
    App: {
      plan: components['schemas']['Plan'];
      appId: string;
      name: string;
      redirectUris: string[];
      allowedOrigins: string[];
      /** Format: date-time */
      createdAt: string;
    };
    UpdateAppRequest: {
      plan?: components['schemas']['Plan'];
      name?: string;
      redirectUris?: string[];
      allowedOrigins?: components['schemas']['AllowedOrigins'];
    };
    AllowedOrigins: string[];
    SetOAuthClientRequest: {
      clientId: string;
      clientSecret: string;
      scopes?: string[];
    };
    OAuthClient: {
      integration: string;
      clientId: string;
      scopes: string[] | null;
    };
    /**
     * @description `needs_reauth`: the provider no longer accepts the grant; connect the end user again (the id stays).
     * @enum {string}
     */
    ConnectionStatus: 'active' | 'needs_reauth';
    /**
     * @description `healthy`: the last check (or action) found the credentials working. `degraded`: the
     *     provider failed the last check (an outage, a timeout, its rate limit); actions still run.
     *     `needs_reauth`: the provider no longer accepts the grant; send the end user a repair link.
     * @enum {string}
     */
    ConnectionHealthStatus: 'healthy' | 'degraded' | 'needs_reauth';
    ConnectionHealth: {
      status: components['schemas']['ConnectionHealthStatus'];
      /**
       * Format: date-time
       * @description When Patchbay last asked the provider; null until the first check.
       */
      lastCheckedAt: string | null;
      /** @description What the last failed check found; null after a good one. */
      lastError: string | null;
    };
    Connection: {
      id: string;
      endUserId: string;
      integration: string;
      /** @enum {string} */
      authType: 'oauth2' | 'api_key' | 'basic';
      status: components['schemas']['ConnectionStatus'];
      health: components['schemas']['ConnectionHealth'];
      /** @description The scopes granted, as the provider wrote them. */
      scope: string | null;
      /**
       * @description The scopes granted, from the token answer (or what was asked for, when the provider
       *     does not say), updated by health checks where the provider tells. Null when unknown
       *     (API keys, GitHub App tokens): then actions are not checked for scopes before they run.
       */
      scopes: string[] | null;
      /**
       * Format: date-time
       * @description When the current access token expires; Patchbay refreshes it before then.
       */
      expiresAt: string | null;
      /** Format: date-time */
      lastRefreshedAt: string | null;
      lastError: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    ConnectionList: {
      connections: components['schemas']['Connection'][];
      nextCursor: string | null;
    };
    /** @description An API key, or a user name and password, as the integration asks (`credentialFields`). */
    Credentials:
      | {
          apiKey: string;
        }
      | {
          username: string;
          password: string;
        };
    CreateConnectionRequest: {
      endUserId: components['schemas']['EndUserId'];
      integrationSlug: string;
      credentials: components['schemas']['Credentials'];
      metadata?: components['schemas']['EndUserMetadata'];
    };
    ConnectCredentialsRequest: {
      credentials: components['schemas']['Credentials'];
    };
    EndUser: {
      /** @description Your own id for the end user. */
      id: string;
      email: string | null;
      name: string | null;
      metadata: {
        [key: string]: unknown;
      };
      /** Format: date-time */
      createdAt: string;
      connections: {
        id: string;
        integration: string;
        status: components['schemas']['ConnectionStatus'];
        health: components['schemas']['ConnectionHealthStatus'];
      }[];
    };
    EndUserList: {
      endUsers: components['schemas']['EndUser'][];
      nextCursor: string | null;
    };
    CreateConnectSessionRequest: {
      endUserId: components['schemas']['EndUserId'];
      metadata?: components['schemas']['EndUserMetadata'];
      allowedIntegrations?: string[];
      /**
       * @description Browser origins that may use this session, in addition to the app's
       *     `allowedOrigins`. For a frontend whose origin your backend knows at the time (preview
       *     deployments, one subdomain per customer).
       */
      allowedOrigins?: components['schemas']['AllowedOrigins'];
      /**
       * @description Scopes to ask for besides each integration's defaults, by integration slug (OAuth
       *     integrations only). When the end user reconnects, the scopes already granted are asked
       *     for again too, so nothing is lost on providers that do not add scopes incrementally.
       */
      extraScopes?: {
        [key: string]: components['schemas']['ScopeList'];
      };
    };
    ScopeList: string[];
    CreateRepairLinkRequest: {
      extraScopes?: components['schemas']['ScopeList'];
    };
    RepairLink: {
      /**
       * Format: uri
       * @description The hosted Connect Link; send the end user there.
       */
      url: string;
      /** @description The connect session behind the link (`cs_…`), limited to this end user and integration. */
      token: string;
      /** Format: date-time */
      expiresAt: string;
      connectionId: string;
      integration: string;
      /** @description The scopes the link asks for (empty for API-key integrations). */
      scopes: string[];
    };
    RepairLinkSummary: {
      /** Format: uri */
      url: string;
      /** Format: date-time */
      expiresAt: string;
    };
    ConnectSession: {
      /** @description Give it to the browser; it is shown once. */
      token: string;
      /** Format: date-time */
      expiresAt: string;
    };
    StartConnectOAuthRequest: {
      /**
       * Format: uri
       * @description Redirect mode; omit for popup mode.
       */
      redirectUri?: string;
    };
    CredentialField: {
      name: string;
      label: string;
      secret: boolean;
      placeholder?: string;
    };
    ConnectIntegrationList: {
      endUserId: string;
      integrations: {
        slug: string;
        name: string;
        description: string;
        category: string;
        /** @enum {string} */
        authType: 'oauth2' | 'api_key' | 'basic';
        icon: string;
        connection: null | {
          id: string;
          status: components['schemas']['ConnectionStatus'];
        };
        /** @description For `api_key` and `basic` integrations, the form to show. */
        credentialFields?: components['schemas']['CredentialField'][];
        instructions?: string;
      }[];
    };
    /** @enum {string} */
    WebhookEventType:
      | 'connection.created'
      | 'connection.deleted'
      | 'connection.needs_reauth'
      | 'execution.failed'
      | 'execution.succeeded'
      | 'trigger.fired'
      | 'webhook.test';
    /**
     * @description An event's delivery status. `pending` until it has been fanned out to the endpoints that want it (a moment after it is created) and while any endpoint has attempts left; `delivered` once every endpoint answered 2xx; `failed` when retries ran out for any endpoint; `skipped` when no enabled endpoint wanted it at fan-out, so nothing was sent.
     * @enum {string}
     */
    WebhookDeliveryStatus: 'pending' | 'delivered' | 'failed' | 'skipped';
    WebhookEndpoint: {
      id: string;
      /** Format: uri */
      url: string;
      /** @description Event types sent here; empty means every type except the opt-in `execution.succeeded`. */
      events: components['schemas']['WebhookEventType'][];
      enabled: boolean;
      /** @description Why Patchbay disabled the endpoint (it failed every delivery for 5 days), if it did. */
      disabledReason: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    WebhookEndpointWithSecret: components['schemas']['WebhookEndpoint'] & {
      /** @description The `whsec_` secret that signs deliveries to this endpoint. */
      secret: string;
    };
    WebhookEndpointList: {
      endpoints: components['schemas']['WebhookEndpoint'][];
    };
    CreateWebhookEndpointRequest: {
      /** Format: uri */
      url: string;
      events?: components['schemas']['WebhookEventType'][];
    };
    UpdateWebhookEndpointRequest: {
      /** Format: uri */
      url?: string;
      events?: components['schemas']['WebhookEventType'][];
      enabled?: boolean;
    };
    WebhookSecret: {
      secret: string;
      /**
       * Format: date-time
       * @description Until when the previous secret also signs deliveries.
       */
      previousSecretExpiresAt?: string | null;
    };
    WebhookEventSummary: {
      id: string;
      type: components['schemas']['WebhookEventType'];
      /** Format: date-time */
      createdAt: string;
      status: components['schemas']['WebhookDeliveryStatus'];
      /** @description The body sent to endpoints (a `connection.needs_reauth` event without its `repairLink`, which each delivery mints). */
      payload: {
        [key: string]: unknown;
      };
    };
    WebhookEventList: {
      events: components['schemas']['WebhookEventSummary'][];
      nextCursor: string | null;
    };
    WebhookDelivery: {
      id: string;
      endpointId: string;
      attempt: number;
      /** @enum {string} */
      status: 'succeeded' | 'failed';
      responseStatus: number | null;
      /** @description The first KiB of the endpoint's answer. */
      responseBody: string | null;
      error: string | null;
      durationMs: number;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      nextAttemptAt: string | null;
    };
    WebhookDeliveryList: {
      deliveries: components['schemas']['WebhookDelivery'][];
    };
    ResendEventRequest: {
      endpointId?: string;
    };
    ResendFailedRequest: {
      /** Format: date-time */
      since: string;
      endpointId?: string;
    };
    ResendResult: {
      queued: number;
    };
    ConnectionDeletedEvent: {
      /** @constant */
      event: 'connection.deleted';
      /** Format: date-time */
      timestamp: string;
      data: {
        connectionId: string;
        endUserId: string;
        integration: string;
      };
    };
    ConnectionNeedsReauthEvent: {
      /** @constant */
      event: 'connection.needs_reauth';
      /** Format: date-time */
      timestamp: string;
      data: {
        connectionId: string;
        endUserId: string;
        integration: string;
        reason: string;
        /**
         * @description A Connect Link that reconnects the connection in place, minted for this delivery
         *     (so a retry or a re-send brings one that works) and not kept with the event: the
         *     event as `GET /events` lists it has none. Null when the connection was deleted since.
         */
        repairLink: components['schemas']['RepairLinkSummary'] | null;
      };
    };
    ExecutionSucceededEvent: {
      /** @constant */
      event: 'execution.succeeded';
      /** Format: date-time */
      timestamp: string;
      data: {
        executionId: string;
        endUserId: string;
        integration: string;
        action: string;
        duration: number;
      };
    };
    WebhookTestEvent: {
      /** @constant */
      event: 'webhook.test';
      /** Format: date-time */
      timestamp: string;
      data: {
        endpointId: string;
        message: string;
      };
    };
    /** @description The one error body of every non-2xx answer. */
    Error: {
      error: {
        /**
         * @description The error's category.
         * @enum {string}
         */
        type:
          | 'invalid_request_error'
          | 'authentication_error'
          | 'permission_error'
          | 'not_found_error'
          | 'conflict_error'
          | 'rate_limit_error'
          | 'provider_error'
          | 'api_error';
        /**
         * @description A stable, machine-readable code: `invalid_request`, `invalid_json`,
         *     `unauthorized`, `not_found`, `conflict`, `invalid_state`, `rate_limited`,
         *     `provider_rate_limited`, `provider_error`, `integration_disabled`, `origin_not_allowed`,
         *     `connection_needs_reauth`, `missing_scopes`, `timeout`, `method_not_allowed`,
         *     `payload_too_large`, `unsupported_media_type`, `internal_error`, …
         */
        code: string;
        /** @description A human-readable explanation. It may change; do not parse it. */
        message: string;
        /** @description Quote it when you ask for help. */
        requestId: string;
        /** @description Per-field problems, when the request failed validation. */
        details?: {
          path: string;
          message: string;
        }[];
        /** @description The execution recorded for a failed action. */
        executionId?: string;
        /** @description The provider's own error code, for example `channel_not_found`. */
        providerCode?: string;
        /** @description The provider's HTTP status. */
        providerStatus?: number;
        /** @description With `missing_scopes`, the scopes the connection lacks for this action. */
        missingScopes?: string[];
        repairLink?: components['schemas']['RepairLinkSummary'];
      };
    };
    CreateAppRequest: {
      /** Format: email */
      accountEmail: string;
      accountPassword: string;
      accountName: string;
      appName: string;
      /**
       * Format: uri
       * @description Where Patchbay sends webhook events (http or https).
       */
      webhookUrl?: string;
    };
    CreateAppResponse: {
      /** @constant */
      success: true;
      app: {
        appId: string;
        /** @description Shown only once. Send it as `X-API-Key`. */
        apiKey: string;
        /** @description The `whsec_` secret that signs webhooks to `webhookUrl`. */
        webhookSecret: string;
        name: string;
      };
    };
    UpdateIntegrationRequest: {
      enabled: boolean;
    };
    ExecutionTimeseries: {
      /** @enum {string} */
      granularity: 'hour' | 'day';
      /** Format: date-time */
      from: string;
      /** Format: date-time */
      to: string;
      /** @description One entry per hour or UTC day of the range, oldest first, empty ones included. */
      buckets: {
        /** Format: date-time */
        start: string;
        total: number;
        success: number;
        failed: number;
        /**
         * @description 95th percentile duration in milliseconds of finished executions, within 2 % of the
         *     exact value (read from duration histograms: exact below 50 ms, buckets 4 % wide above).
         */
        p95: number | null;
        /** @description Distinct end users with at least one execution in the bucket. */
        activeEndUsers: number;
        /** @description Requests made with your API keys (dashboard calls are not counted). */
        apiCalls: number;
      }[];
      totals: {
        total: number;
        success: number;
        failed: number;
        successRate: number | null;
        /** @description 95th percentile duration over the whole range, within 2 % of the exact value. */
        p95: number | null;
        /** @description Distinct end users with at least one execution in the range. */
        activeEndUsers: number;
        apiCalls: number;
      };
    };
    IntegrationList: {
      integrations: components['schemas']['Integration'][];
    };
    /** @description What the integration listings and the detail share. */
    IntegrationFields: {
      /**
       * @description Whether your app offers this integration. A disabled integration is hidden from the
       *     connect widget; connecting it and running its actions answer 403
       *     `integration_disabled`. Existing connections are kept.
       */
      enabled: boolean;
      /** @description Your own OAuth client for this integration (white-label), or null for Patchbay's. */
      oauthClient: components['schemas']['OAuthClient'] | null;
      slug: string;
      name: string;
      description: string;
      category: string;
      /** @enum {string} */
      authType: 'oauth2' | 'api_key' | 'basic';
      /** @description URL of the integration's SVG icon. */
      icon: string;
      /** @description End users of your app with an active connection. */
      connectedUsers: number;
    };
    Integration: components['schemas']['IntegrationFields'] & {
      actions: components['schemas']['ActionSummary'][];
      /** @description What can be listened to in the end user's account (`createTriggerSubscription`). */
      triggers: components['schemas']['TriggerSummary'][];
    };
    ActionSummary: {
      id: string;
      name: string;
      description: string;
      effect: components['schemas']['ActionEffect'];
    };
    /** @description What you know of your end user; `email` and `name` are shown in logs. */
    EndUserMetadata: {
      /** Format: email */
      email?: string;
      name?: string;
    } & {
      [key: string]: string | number | boolean | null;
    };
    AuthorizeConnectionRequest: {
      endUserId: components['schemas']['EndUserId'];
      integrationSlug: string;
      /**
       * Format: uri
       * @description Where the end user's browser returns after the provider (http or https).
       */
      redirectUri: string;
      metadata?: components['schemas']['EndUserMetadata'];
    };
    AuthorizeConnectionResponse: {
      /** Format: uri */
      authorizationUrl: string;
      state: string;
    };
    /** @description Your own id for the end user. */
    EndUserId: string;
    RunActionRequest: {
      endUserId: components['schemas']['EndUserId'];
      /** @description The action's input; its schema depends on the action (`GET /integrations/{slug}`). */
      input: {
        [key: string]: unknown;
      };
      /**
       * @description `async` answers 202 at once and runs the action in the background.
       * @default sync
       * @enum {string}
       */
      mode?: 'sync' | 'async';
    };
    RunActionResponse: {
      /** @constant */
      success: true;
      executionId: string;
      /** @description The action's output; its schema depends on the action. */
      data: {
        [key: string]: unknown;
      };
      /** @description Milliseconds the action took. */
      duration: number;
    };
    /**
     * @description `queued` and `running` only for async calls.
     * @enum {string}
     */
    ExecutionStatus: 'queued' | 'running' | 'success' | 'failed';
    RunActionAccepted: {
      executionId: string;
      /** @constant */
      status: 'queued';
    };
    ExecutionAttempt: {
      number: number;
      /** Format: date-time */
      startedAt: string;
      /** @description Milliseconds, from the attempt's start to its answer. */
      duration: number;
      /** @description Of `duration`, milliseconds spent waiting for the provider's rate limit before calling it. */
      waited: number;
      /** @description The HTTP status of the provider's last answer in this attempt; null when none came. */
      providerStatus: number | null;
      providerCode: string | null;
      /** @description Why the attempt failed; null when it succeeded. */
      error: null | {
        code: string;
        message: string;
      };
      /** @description Milliseconds waited before the next attempt (backoff or `Retry-After`); null for the last one. */
      delayBeforeNext: number | null;
    };
    ExecutionDetail: components['schemas']['Execution'] & {
      /** @description Every attempt, first to last (empty when the action failed before calling the provider). */
      attempts: components['schemas']['ExecutionAttempt'][];
      /** @description The input as given, with secret-looking fields redacted and large values cut. */
      input: unknown;
      /**
       * @description The action's output (null unless it succeeded), redacted and capped the same way.
       *     Text the provider answered that cannot be stored (a NUL character, a lone UTF-16
       *     surrogate) is recorded with U+FFFD in its place, here and in `error.message`: an
       *     action that reached the provider is always recorded. The action's own response
       *     carries the provider's answer unchanged.
       */
      output: unknown;
      /** Format: date-time */
      finishedAt: string | null;
    };
    Execution: {
      id: string;
      endUser: {
        id: string;
        email: string | null;
      };
      integration: {
        slug: string;
        name: string;
      };
      action: string;
      status: components['schemas']['ExecutionStatus'];
      source: components['schemas']['ExecutionSource'];
      /** @description Milliseconds. */
      duration: number;
      /** Format: date-time */
      startedAt: string;
      error?: {
        code: string;
        message: string;
        providerCode?: string;
        providerStatus?: number;
      };
    };
    ExecutionList: {
      executions: components['schemas']['Execution'][];
      stats: {
        total: number;
        success: number;
        failed: number;
        /** @description success / (success + failed), from 0 to 1; null when nothing finished. */
        successRate: number | null;
        /**
         * @description Median duration in milliseconds of finished executions, within 2 % of the exact value
         *     (read from duration histograms: exact below 50 ms, buckets 4 % wide above).
         */
        p50: number | null;
        /** @description 95th percentile duration in milliseconds of finished executions, within 2 % of the exact value. */
        p95: number | null;
      };
      nextCursor: string | null;
    };
    ConnectionCreatedEvent: {
      /** @constant */
      event: 'connection.created';
      /** Format: date-time */
      timestamp: string;
      data: {
        connectionId: string;
        endUserId: string;
        integration: string;
        /** @constant */
        status: 'active';
      };
    };
    ExecutionFailedEvent: {
      /** @constant */
      event: 'execution.failed';
      /** Format: date-time */
      timestamp: string;
      data: {
        executionId: string;
        endUserId: string;
        integration: string;
        action: string;
        error: {
          code: string;
          message: string;
        };
      };
    };
    /**
     * @description `webhook`: the provider pushes events; `polling`: Patchbay asks on an interval.
     * @enum {string}
     */
    TriggerKind: 'webhook' | 'polling';
    TriggerSummary: {
      id: string;
      name: string;
      description: string;
      kind: components['schemas']['TriggerKind'];
    };
    /**
     * @description `paused`: by you (`pauseTriggerSubscription`). `needs_reauth`: the connection lost its
     *     access; the subscription resumes by itself when the end user connects again.
     * @enum {string}
     */
    TriggerSubscriptionStatus: 'active' | 'paused' | 'needs_reauth';
    CreateTriggerSubscriptionRequest: {
      endUserId: components['schemas']['EndUserId'];
      integration: string;
      trigger: string;
      /** @description Checked against the trigger's `configSchema`; `{}` when left out. */
      config?: {
        [key: string]: unknown;
      };
    };
    /**
     * @example {
     *       "id": "sub_8f3k2m9x",
     *       "endUserId": "user-123-from-company-x",
     *       "connectionId": "conn_8f2k1m9x",
     *       "integration": "github",
     *       "trigger": "issues",
     *       "kind": "webhook",
     *       "config": {
     *         "owner": "octocat",
     *         "repo": "Hello-World",
     *         "actions": [
     *           "opened",
     *           "closed"
     *         ]
     *       },
     *       "status": "active",
     *       "lastRunAt": "2026-11-26T10:00:00Z",
     *       "lastError": null,
     *       "nextPollAt": null,
     *       "createdAt": "2026-11-20T09:00:00Z",
     *       "updatedAt": "2026-11-20T09:00:00Z"
     *     }
     */
    TriggerSubscription: {
      /** @description `sub_…` */
      id: string;
      endUserId: string;
      connectionId: string;
      integration: string;
      trigger: string;
      kind: components['schemas']['TriggerKind'];
      /** @description The config as checked, defaults filled in. */
      config: {
        [key: string]: unknown;
      };
      status: components['schemas']['TriggerSubscriptionStatus'];
      /**
       * Format: date-time
       * @description The last poll, or the last push the provider made (to within a second).
       */
      lastRunAt: string | null;
      /** @description Why the last run failed; null after a success. */
      lastError: string | null;
      /**
       * Format: date-time
       * @description Polling triggers that are active; null otherwise.
       */
      nextPollAt: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    /**
     * @example {
     *       "subscriptions": [
     *         {
     *           "id": "sub_2k9d7q1w",
     *           "endUserId": "user-123-from-company-x",
     *           "connectionId": "conn_5h1n2p4r",
     *           "integration": "google-sheets",
     *           "trigger": "new_row",
     *           "kind": "polling",
     *           "config": {
     *             "spreadsheetId": "1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms",
     *             "sheet": "Orders",
     *             "headerRow": true
     *           },
     *           "status": "active",
     *           "lastRunAt": "2026-11-26T10:00:00Z",
     *           "lastError": null,
     *           "nextPollAt": "2026-11-26T10:01:02Z",
     *           "createdAt": "2026-11-20T09:00:00Z",
     *           "updatedAt": "2026-11-26T10:00:00Z"
     *         }
     *       ],
     *       "nextCursor": null
     *     }
     */
    TriggerSubscriptionList: {
      subscriptions: components['schemas']['TriggerSubscription'][];
      nextCursor: string | null;
    };
    /**
     * @description `skipped`: a push for a paused subscription, acknowledged and not delivered.
     * @enum {string}
     */
    TriggerRunStatus: 'succeeded' | 'failed' | 'skipped';
    TriggerRun: {
      /** @description `trun_…` */
      id: string;
      /** @description Null once the subscription was deleted. */
      subscriptionId: string | null;
      endUserId: string;
      integration: string;
      trigger: string;
      /** @enum {string} */
      kind: 'poll' | 'push';
      status: components['schemas']['TriggerRunStatus'];
      /** @description `trigger.fired` events this run produced. */
      items: number;
      durationMs: number;
      error: {
        code: string;
        message: string;
      } | null;
      /** Format: date-time */
      startedAt: string;
    };
    /**
     * @example {
     *       "runs": [
     *         {
     *           "id": "trun_4m8x2k7p",
     *           "subscriptionId": "sub_2k9d7q1w",
     *           "endUserId": "user-123-from-company-x",
     *           "integration": "google-sheets",
     *           "trigger": "new_row",
     *           "kind": "poll",
     *           "status": "succeeded",
     *           "items": 3,
     *           "durationMs": 184,
     *           "error": null,
     *           "startedAt": "2026-11-26T10:00:00Z"
     *         },
     *         {
     *           "id": "trun_1c5v9b3n",
     *           "subscriptionId": "sub_2k9d7q1w",
     *           "endUserId": "user-123-from-company-x",
     *           "integration": "google-sheets",
     *           "trigger": "new_row",
     *           "kind": "poll",
     *           "status": "failed",
     *           "items": 0,
     *           "durationMs": 95,
     *           "error": {
     *             "code": "rate_limited",
     *             "message": "Google Sheets: Quota exceeded for quota metric Read requests"
     *           },
     *           "startedAt": "2026-11-26T09:59:00Z"
     *         }
     *       ],
     *       "nextCursor": null
     *     }
     */
    TriggerRunList: {
      runs: components['schemas']['TriggerRun'][];
      nextCursor: string | null;
    };
    /**
     * @example {
     *       "received": true
     *     }
     */
    InboundAccepted: {
      /** @constant */
      received: true;
      /** @description The provider sent this delivery before; it is not processed again. */
      duplicate?: boolean;
    };
    TriggerFiredEvent: {
      /** @constant */
      event: 'trigger.fired';
      /** Format: date-time */
      timestamp: string;
      data: {
        subscriptionId: string;
        endUserId: string;
        connectionId: string;
        integration: string;
        trigger: string;
        /** @description The provider's identity of what happened (a row number, a message ts, a delivery id). */
        itemId: string;
        /** @description As the trigger's `payloadSchema` describes. */
        payload: {
          [key: string]: unknown;
        };
      };
    };
  };
  responses: {
    /**
     * @description Too many requests. Every API answer carries `RateLimit-Limit`, `RateLimit-Remaining`
     *     and `RateLimit-Reset` (seconds); this one also `Retry-After`.
     */
    RateLimited: {
      headers: {
        'Retry-After'?: number;
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "error": {
         *         "type": "rate_limit_error",
         *         "code": "rate_limited",
         *         "message": "Too many action calls for this app; retry in 12 seconds.",
         *         "requestId": "req_3f2a9c"
         *       }
         *     }
         */
        'application/json': components['schemas']['Error'];
      };
    };
    /**
     * @description A browser page on an origin this session does not allow. The answer carries
     *     `Access-Control-Allow-Origin` so the page can read why.
     */
    OriginNotAllowed: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "error": {
         *         "type": "permission_error",
         *         "code": "origin_not_allowed",
         *         "message": "This page (https://app.company-x.com) may not use this connect session. Add \"https://app.company-x.com\" to the app's allowedOrigins (PATCH /api/v1/app, or Integrations in the dashboard), or pass \"allowedOrigins\": [\"https://app.company-x.com\"] when your backend creates the session (POST /api/v1/connect/sessions).",
         *         "requestId": "req_3f2a9c"
         *       }
         *     }
         */
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description The provider's answer, as it came (any status, its Content-Type and body). */
    ProxyAnswer: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        '*/*': unknown;
      };
    };
    /** @description The request is malformed or fails validation. */
    BadRequest: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "error": {
         *         "type": "invalid_request_error",
         *         "code": "invalid_request",
         *         "message": "body/endUserId: must be a string",
         *         "requestId": "req_3f2a9c",
         *         "details": [
         *           {
         *             "path": "body/endUserId",
         *             "message": "must be a string"
         *           }
         *         ]
         *       }
         *     }
         */
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description The API key is missing, unknown or revoked. */
    Unauthorized: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "error": {
         *         "type": "authentication_error",
         *         "code": "unauthorized",
         *         "message": "Missing or invalid API key. Send your key in the X-API-Key header.",
         *         "requestId": "req_3f2a9c"
         *       }
         *     }
         */
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description The resource does not exist in your app. */
    NotFound: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "error": {
         *         "type": "not_found_error",
         *         "code": "not_found",
         *         "message": "Unknown integration \"slak\".",
         *         "requestId": "req_3f2a9c"
         *       }
         *     }
         */
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description The request conflicts with existing data. */
    Conflict: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "error": {
         *         "type": "conflict_error",
         *         "code": "conflict",
         *         "message": "An account with this email already exists.",
         *         "requestId": "req_3f2a9c"
         *       }
         *     }
         */
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description The provider refused the request; an execution was recorded. */
    ProviderRejected: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "error": {
         *         "type": "provider_error",
         *         "code": "not_found",
         *         "message": "Slack: channel_not_found",
         *         "requestId": "req_3f2a9c",
         *         "executionId": "exec_xyz",
         *         "providerCode": "channel_not_found",
         *         "providerStatus": 200
         *       }
         *     }
         */
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description The provider failed or could not be reached; an execution was recorded. */
    ProviderFailed: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "error": {
         *         "type": "provider_error",
         *         "code": "provider_error",
         *         "message": "Slack answered 503",
         *         "requestId": "req_3f2a9c",
         *         "executionId": "exec_xyz",
         *         "providerStatus": 503
         *       }
         *     }
         */
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description Any other error. */
    Error: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
  };
  parameters: {
    /** @example sub_8f3k2m9x */
    SubscriptionId: string;
    /** @example conn_8f2k1m9x */
    ConnectionId: string;
    Limit: number;
    /** @description The `nextCursor` of the previous page. */
    Cursor: string;
    /** @example we_4k2m9x7p */
    WebhookEndpointId: string;
    /** @example evt_9x7k2m4p */
    EventId: string;
    /**
     * @description The integration's slug, for example `slack`.
     * @example slack
     */
    IntegrationSlug: string;
  };
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  createApp: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "accountEmail": "admin@company-x.com",
         *       "accountPassword": "secure-password",
         *       "accountName": "Company X",
         *       "appName": "Company X Product",
         *       "webhookUrl": "https://company-x.com/webhooks/integrations"
         *     }
         */
        'application/json': components['schemas']['CreateAppRequest'];
      };
    };
    responses: {
      /** @description The account and app were created. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "success": true,
           *       "app": {
           *         "appId": "app_abc123xyz",
           *         "apiKey": "app_abc123xyz_4f8h3j2k9l1m5n6p7q8r9s0t",
           *         "webhookSecret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
           *         "name": "Company X Product"
           *       }
           *     }
           */
          'application/json': components['schemas']['CreateAppResponse'];
        };
      };
      400: components['responses']['BadRequest'];
      409: components['responses']['Conflict'];
      default: components['responses']['Error'];
    };
  };
  listIntegrations: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The catalog. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "integrations": [
           *         {
           *           "slug": "slack",
           *           "name": "Slack",
           *           "description": "Team communication platform",
           *           "category": "communication",
           *           "authType": "oauth2",
           *           "icon": "http://localhost:3000/icons/slack.svg",
           *           "connectedUsers": 0,
           *           "enabled": true,
           *           "oauthClient": null,
           *           "actions": [
           *             {
           *               "id": "send_message",
           *               "name": "Send Message",
           *               "description": "Post a message to a channel the user can see.",
           *               "effect": "write"
           *             }
           *           ],
           *           "triggers": [
           *             {
           *               "id": "message",
           *               "name": "New message",
           *               "description": "A message is posted in a public channel the app is in.",
           *               "kind": "webhook"
           *             }
           *           ]
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['IntegrationList'];
        };
      };
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  getIntegration: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The integration's slug, for example `slack`.
         * @example slack
         */
        slug: components['parameters']['IntegrationSlug'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The integration. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "slug": "slack",
           *       "name": "Slack",
           *       "description": "Team communication platform",
           *       "category": "communication",
           *       "authType": "oauth2",
           *       "icon": "http://localhost:3000/icons/slack.svg",
           *       "connectedUsers": 12,
           *       "enabled": true,
           *       "oauthClient": null,
           *       "version": "1.0.0",
           *       "actions": [
           *         {
           *           "id": "send_message",
           *           "name": "Send Message",
           *           "description": "Post a message to a channel the user can see.",
           *           "effect": "write",
           *           "requiredScopes": [
           *             [
           *               "chat:write"
           *             ]
           *           ],
           *           "inputSchema": {
           *             "type": "object",
           *             "properties": {
           *               "channel": {
           *                 "type": "string",
           *                 "minLength": 1,
           *                 "maxLength": 200,
           *                 "description": "A channel id (C…) or name (#general)."
           *               },
           *               "text": {
           *                 "type": "string",
           *                 "minLength": 1,
           *                 "maxLength": 40000
           *               },
           *               "threadTs": {
           *                 "type": "string",
           *                 "pattern": "^\\d+\\.\\d+$",
           *                 "description": "Reply in this thread."
           *               }
           *             },
           *             "required": [
           *               "channel",
           *               "text"
           *             ]
           *           },
           *           "outputSchema": {
           *             "type": "object",
           *             "properties": {
           *               "ok": {
           *                 "type": "boolean",
           *                 "const": true
           *               },
           *               "channel": {
           *                 "type": "string"
           *               },
           *               "ts": {
           *                 "type": "string"
           *               }
           *             },
           *             "required": [
           *               "ok",
           *               "channel",
           *               "ts"
           *             ],
           *             "additionalProperties": false
           *           }
           *         }
           *       ],
           *       "triggers": [
           *         {
           *           "id": "message",
           *           "name": "New message",
           *           "description": "A message is posted in a public channel the app is in.",
           *           "kind": "webhook",
           *           "pollIntervalSeconds": null,
           *           "configSchema": {
           *             "type": "object",
           *             "properties": {
           *               "channel": {
           *                 "type": "string",
           *                 "pattern": "^[CGD][A-Z0-9]{2,20}$",
           *                 "description": "Only events in this channel (its id, C…)."
           *               },
           *               "includeBotMessages": {
           *                 "type": "boolean",
           *                 "default": false,
           *                 "description": "Also deliver messages posted by bots."
           *               }
           *             },
           *             "additionalProperties": false
           *           },
           *           "payloadSchema": {
           *             "type": "object",
           *             "properties": {
           *               "team": {
           *                 "type": "string"
           *               },
           *               "channel": {
           *                 "type": "string"
           *               },
           *               "user": {
           *                 "type": [
           *                   "string",
           *                   "null"
           *                 ]
           *               },
           *               "text": {
           *                 "type": "string"
           *               },
           *               "ts": {
           *                 "type": "string"
           *               }
           *             },
           *             "required": [
           *               "team",
           *               "channel",
           *               "user",
           *               "text",
           *               "ts"
           *             ]
           *           }
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['IntegrationDetail'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  updateIntegration: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The integration's slug, for example `slack`.
         * @example slack
         */
        slug: components['parameters']['IntegrationSlug'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "enabled": false
         *     }
         */
        'application/json': components['schemas']['UpdateIntegrationRequest'];
      };
    };
    responses: {
      /** @description The integration, as your app now sees it. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "slug": "slack",
           *       "name": "Slack",
           *       "description": "Team communication platform",
           *       "category": "communication",
           *       "authType": "oauth2",
           *       "icon": "http://localhost:3000/icons/slack.svg",
           *       "connectedUsers": 12,
           *       "enabled": false,
           *       "oauthClient": null,
           *       "actions": [
           *         {
           *           "id": "send_message",
           *           "name": "Send Message",
           *           "description": "Post a message to a channel the user can see.",
           *           "effect": "write"
           *         }
           *       ],
           *       "triggers": [
           *         {
           *           "id": "message",
           *           "name": "New message",
           *           "description": "A message is posted in a public channel the app is in.",
           *           "kind": "webhook"
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['Integration'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  authorizeConnection: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "endUserId": "user-123-from-company-x",
         *       "integrationSlug": "slack",
         *       "redirectUri": "https://company-x.com/integrations/callback",
         *       "metadata": {
         *         "email": "john@example.com",
         *         "name": "John Doe"
         *       }
         *     }
         */
        'application/json': components['schemas']['AuthorizeConnectionRequest'];
      };
    };
    responses: {
      /** @description Where to send the end user. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "authorizationUrl": "https://slack.com/oauth/v2/authorize?client_id=123.456&scope=chat%3Awrite&state=state_xyz",
           *       "state": "state_xyz"
           *     }
           */
          'application/json': components['schemas']['AuthorizeConnectionResponse'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  connectionCallback: {
    parameters: {
      query?: {
        /** @example state_xyz */
        state?: string;
        /** @example code_4f8h3j2k */
        code?: string;
        error?: string;
        error_description?: string;
        /**
         * @description Any other parameter the provider adds to its redirect (Google's `scope`, `authuser`,
         *     `prompt`…) is accepted and ignored: this operation alone takes parameters it does not list.
         */
        providerParameters?: {
          [key: string]: string;
        };
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /**
       * @description Popup mode (connections started from a connect session): a page that posts
       *     `{ type: "patchbay:connection", status, connectionId | error }` to the window that
       *     opened it, only to the origin the session started from, and closes.
       */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description Back to the `redirectUri` given to `authorizeConnection`. */
      302: {
        headers: {
          /** @description `redirectUri` with `connectionId` and `status`, or `error` and `error_description`. */
          Location?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      default: components['responses']['Error'];
    };
  };
  runAction: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Makes the call safe to retry: the same key with the same body within 24 hours
         *     answers the stored result (with `Idempotent-Replayed: true`) instead of running again;
         *     the same key with a different body is a 409. Concurrent duplicates run once.
         */
        'Idempotency-Key'?: string;
        /** @description `respond-async` runs the action in the background, like `"mode": "async"`. */
        Prefer?: string;
      };
      path: {
        /**
         * @description The integration's slug, for example `slack`.
         * @example slack
         */
        slug: components['parameters']['IntegrationSlug'];
        /**
         * @description The action's id, for example `send_message`.
         * @example send_message
         */
        action: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "endUserId": "user-123-from-company-x",
         *       "input": {
         *         "channel": "#general",
         *         "text": "Hello from Company X!"
         *       }
         *     }
         */
        'application/json': components['schemas']['RunActionRequest'];
      };
    };
    responses: {
      /** @description The action ran. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "success": true,
           *       "executionId": "exec_xyz789",
           *       "data": {
           *         "ok": true,
           *         "channel": "C123456",
           *         "ts": "1234567890.123456"
           *       },
           *       "duration": 234
           *     }
           */
          'application/json': components['schemas']['RunActionResponse'];
        };
      };
      /**
       * @description Async mode: the action is queued. Follow it with `GET /executions/{executionId}` or
       *     the `execution.failed` / `execution.succeeded` webhooks.
       */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "executionId": "exec_xyz789",
           *       "status": "queued"
           *     }
           */
          'application/json': components['schemas']['RunActionAccepted'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      422: components['responses']['ProviderRejected'];
      429: components['responses']['RateLimited'];
      502: components['responses']['ProviderFailed'];
      default: components['responses']['Error'];
    };
  };
  proxyGet: {
    parameters: {
      query?: never;
      header: {
        'X-End-User-Id': components['schemas']['EndUserId'];
      };
      path: {
        /**
         * @description The integration's slug, for example `slack`.
         * @example slack
         */
        slug: components['parameters']['IntegrationSlug'];
        /**
         * @description The provider API path, e.g. `conversations.list` or `v1/customers/cus_123`.
         * @example conversations.list
         */
        path: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components['responses']['ProxyAnswer'];
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  proxyPut: {
    parameters: {
      query?: never;
      header: {
        'X-End-User-Id': components['schemas']['EndUserId'];
      };
      path: {
        /**
         * @description The integration's slug, for example `slack`.
         * @example slack
         */
        slug: components['parameters']['IntegrationSlug'];
        /**
         * @description The provider API path, e.g. `conversations.list` or `v1/customers/cus_123`.
         * @example conversations.list
         */
        path: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        '*/*': unknown;
      };
    };
    responses: {
      200: components['responses']['ProxyAnswer'];
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  proxyPost: {
    parameters: {
      query?: never;
      header: {
        'X-End-User-Id': components['schemas']['EndUserId'];
      };
      path: {
        /**
         * @description The integration's slug, for example `slack`.
         * @example slack
         */
        slug: components['parameters']['IntegrationSlug'];
        /**
         * @description The provider API path, e.g. `conversations.list` or `v1/customers/cus_123`.
         * @example conversations.list
         */
        path: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        '*/*': unknown;
      };
    };
    responses: {
      200: components['responses']['ProxyAnswer'];
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  proxyDelete: {
    parameters: {
      query?: never;
      header: {
        'X-End-User-Id': components['schemas']['EndUserId'];
      };
      path: {
        /**
         * @description The integration's slug, for example `slack`.
         * @example slack
         */
        slug: components['parameters']['IntegrationSlug'];
        /**
         * @description The provider API path, e.g. `conversations.list` or `v1/customers/cus_123`.
         * @example conversations.list
         */
        path: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components['responses']['ProxyAnswer'];
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  proxyPatch: {
    parameters: {
      query?: never;
      header: {
        'X-End-User-Id': components['schemas']['EndUserId'];
      };
      path: {
        /**
         * @description The integration's slug, for example `slack`.
         * @example slack
         */
        slug: components['parameters']['IntegrationSlug'];
        /**
         * @description The provider API path, e.g. `conversations.list` or `v1/customers/cus_123`.
         * @example conversations.list
         */
        path: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        '*/*': unknown;
      };
    };
    responses: {
      200: components['responses']['ProxyAnswer'];
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  listExecutions: {
    parameters: {
      query?: {
        limit?: number;
        /** @description The `nextCursor` of the previous page. */
        cursor?: string;
        endUserId?: string;
        /** @description An integration slug. */
        integration?: string;
        status?: components['schemas']['ExecutionStatus'];
        action?: string;
        source?: components['schemas']['ExecutionSource'];
        /** @description Executions started at or after this time. */
        from?: string;
        /** @description Executions started before this time. */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of executions. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "executions": [
           *         {
           *           "id": "exec_xyz789",
           *           "endUser": {
           *             "id": "user-123-from-company-x",
           *             "email": "john@example.com"
           *           },
           *           "integration": {
           *             "slug": "slack",
           *             "name": "Slack"
           *           },
           *           "action": "send_message",
           *           "status": "success",
           *           "source": "api",
           *           "duration": 234,
           *           "startedAt": "2024-01-01T10:00:00Z"
           *         }
           *       ],
           *       "stats": {
           *         "total": 100,
           *         "success": 98,
           *         "failed": 2,
           *         "successRate": 0.98,
           *         "p50": 210,
           *         "p95": 640
           *       },
           *       "nextCursor": null
           *     }
           */
          'application/json': components['schemas']['ExecutionList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  getExecutionTimeseries: {
    parameters: {
      query?: {
        from?: string;
        to?: string;
        granularity?: 'hour' | 'day';
        /** @description An integration slug. */
        integration?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The series. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "granularity": "hour",
           *       "from": "2024-01-15T00:00:00Z",
           *       "to": "2024-01-15T02:00:00Z",
           *       "buckets": [
           *         {
           *           "start": "2024-01-15T00:00:00Z",
           *           "total": 42,
           *           "success": 40,
           *           "failed": 2,
           *           "p95": 810,
           *           "activeEndUsers": 9,
           *           "apiCalls": 57
           *         },
           *         {
           *           "start": "2024-01-15T01:00:00Z",
           *           "total": 0,
           *           "success": 0,
           *           "failed": 0,
           *           "p95": null,
           *           "activeEndUsers": 0,
           *           "apiCalls": 3
           *         }
           *       ],
           *       "totals": {
           *         "total": 42,
           *         "success": 40,
           *         "failed": 2,
           *         "successRate": 0.952,
           *         "p95": 810,
           *         "activeEndUsers": 9,
           *         "apiCalls": 60
           *       }
           *     }
           */
          'application/json': components['schemas']['ExecutionTimeseries'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  getExecution: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @example exec_xyz789 */
        executionId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The execution. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "exec_xyz789",
           *       "endUser": {
           *         "id": "user-123-from-company-x",
           *         "email": "john@example.com"
           *       },
           *       "integration": {
           *         "slug": "slack",
           *         "name": "Slack"
           *       },
           *       "action": "send_message",
           *       "status": "success",
           *       "source": "api",
           *       "duration": 234,
           *       "startedAt": "2024-01-15T10:30:00Z",
           *       "finishedAt": "2024-01-15T10:30:00.234Z",
           *       "attempts": [
           *         {
           *           "number": 1,
           *           "startedAt": "2024-01-15T10:30:00Z",
           *           "duration": 234,
           *           "waited": 0,
           *           "providerStatus": 200,
           *           "providerCode": null,
           *           "error": null,
           *           "delayBeforeNext": null
           *         }
           *       ],
           *       "input": {
           *         "channel": "#general",
           *         "text": "Hello from Company X!"
           *       },
           *       "output": {
           *         "ok": true,
           *         "channel": "C123456",
           *         "ts": "1234567890.123456"
           *       }
           *     }
           */
          'application/json': components['schemas']['ExecutionDetail'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  getUsage: {
    parameters: {
      query: {
        from: string;
        /** @description Inclusive. */
        to: string;
        granularity?: 'day' | 'month';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One entry per day or month of the range. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "granularity": "month",
           *       "from": "2024-01-01",
           *       "to": "2024-02-29",
           *       "periods": [
           *         {
           *           "period": "2024-01",
           *           "executions": 15234,
           *           "executionsByIntegration": {
           *             "slack": 12000,
           *             "notion": 3234
           *           },
           *           "integrationsInUse": 2,
           *           "activeEndUsers": 412,
           *           "triggerEvents": 2870
           *         },
           *         {
           *           "period": "2024-02",
           *           "executions": 9876,
           *           "executionsByIntegration": {
           *             "slack": 9876
           *           },
           *           "integrationsInUse": 1,
           *           "activeEndUsers": 388,
           *           "triggerEvents": 1544
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['UsageReport'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  getBillingEstimate: {
    parameters: {
      query: {
        period: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The estimate. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "period": "2026-11",
           *       "plan": "basic",
           *       "currency": "usd",
           *       "lineItems": [
           *         {
           *           "code": "active_end_users",
           *           "description": "Monthly active end users",
           *           "quantity": 120,
           *           "unitPriceMillicents": 50000,
           *           "amountCents": 6000
           *         },
           *         {
           *           "code": "executions",
           *           "description": "Executions",
           *           "quantity": 48210,
           *           "unitPriceMillicents": 100,
           *           "amountCents": 4821
           *         }
           *       ],
           *       "totalCents": 10821
           *     }
           */
          'application/json': components['schemas']['BillingEstimate'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  signIn: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "email": "admin@company-x.com",
         *       "password": "secure-password"
         *     }
         */
        'application/json': components['schemas']['SignInRequest'];
      };
    };
    responses: {
      /** @description Signed in. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "account": {
           *         "id": "acct_5n2k8x1m",
           *         "email": "admin@company-x.com",
           *         "name": "Company X"
           *       },
           *       "apps": [
           *         {
           *           "appId": "app_abc123xyz",
           *           "name": "Company X Product",
           *           "plan": "basic",
           *           "createdAt": "2024-01-01T09:00:00Z"
           *         }
           *       ],
           *       "csrfToken": "3q2-7bWd0Rk1vLx9Yt4PaQ"
           *     }
           */
          'application/json': components['schemas']['DashboardAccount'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      429: components['responses']['RateLimited'];
      default: components['responses']['Error'];
    };
  };
  signOut: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Signed out; the cookie is cleared. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  getDashboardAccount: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The account. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "account": {
           *         "id": "acct_5n2k8x1m",
           *         "email": "admin@company-x.com",
           *         "name": "Company X"
           *       },
           *       "apps": [
           *         {
           *           "appId": "app_abc123xyz",
           *           "name": "Company X Product",
           *           "plan": "basic",
           *           "createdAt": "2024-01-01T09:00:00Z"
           *         }
           *       ],
           *       "csrfToken": "3q2-7bWd0Rk1vLx9Yt4PaQ"
           *     }
           */
          'application/json': components['schemas']['DashboardAccount'];
        };
      };
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  createDashboardApp: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "name": "Company X Staging"
         *     }
         */
        'application/json': components['schemas']['CreateDashboardAppRequest'];
      };
    };
    responses: {
      /** @description The app, with its first API key and webhook secret (shown once). */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "appId": "app_def456uvw",
           *       "apiKey": "app_def456uvw_9k3m1n7b5v2c8x4z6l0q",
           *       "webhookSecret": "whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD",
           *       "name": "Company X Staging"
           *     }
           */
          'application/json': components['schemas']['CreatedApp'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  listApiKeys: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @example app_abc123xyz */
        appId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The keys. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "apiKeys": [
           *         {
           *           "id": "key_7m2k9x4p",
           *           "name": "Default",
           *           "prefix": "app_abc123xyz_4f8h",
           *           "createdAt": "2024-01-01T09:00:00Z",
           *           "lastUsedAt": "2024-01-15T10:30:00Z",
           *           "revokedAt": null
           *         },
           *         {
           *           "id": "key_3n8b1v6c",
           *           "name": "CI",
           *           "prefix": "app_abc123xyz_k2j9",
           *           "createdAt": "2024-01-10T14:00:00Z",
           *           "lastUsedAt": null,
           *           "revokedAt": null
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['ApiKeyList'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  createApiKey: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @example app_abc123xyz */
        appId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "name": "CI"
         *     }
         */
        'application/json': components['schemas']['CreateApiKeyRequest'];
      };
    };
    responses: {
      /** @description The key, with its secret this once. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "key_3n8b1v6c",
           *       "name": "CI",
           *       "prefix": "app_abc123xyz_k2j9",
           *       "createdAt": "2024-01-10T14:00:00Z",
           *       "lastUsedAt": null,
           *       "revokedAt": null,
           *       "key": "app_abc123xyz_k2j9x8c7v6b5n4m3l2k1"
           *     }
           */
          'application/json': components['schemas']['CreatedApiKey'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  revokeApiKey: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @example app_abc123xyz */
        appId: string;
        /** @example key_7m2k9x4p */
        keyId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Revoked. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  listWebhookEndpoints: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The app's endpoints. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "endpoints": [
           *         {
           *           "id": "we_4k2m9x7p",
           *           "url": "https://company-x.com/webhooks/integrations",
           *           "events": [
           *             "connection.created",
           *             "connection.deleted",
           *             "connection.needs_reauth",
           *             "execution.failed"
           *           ],
           *           "enabled": true,
           *           "disabledReason": null,
           *           "createdAt": "2024-01-01T09:00:00Z",
           *           "updatedAt": "2024-01-01T09:00:00Z"
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['WebhookEndpointList'];
        };
      };
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  createWebhookEndpoint: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "url": "https://company-x.com/webhooks/patchbay",
         *       "events": [
         *         "connection.created",
         *         "execution.failed"
         *       ]
         *     }
         */
        'application/json': components['schemas']['CreateWebhookEndpointRequest'];
      };
    };
    responses: {
      /** @description The endpoint, with its secret. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "we_4k2m9x7p",
           *       "url": "https://company-x.com/webhooks/integrations",
           *       "events": [
           *         "connection.created",
           *         "connection.deleted",
           *         "connection.needs_reauth",
           *         "execution.failed"
           *       ],
           *       "enabled": true,
           *       "disabledReason": null,
           *       "createdAt": "2024-01-01T09:00:00Z",
           *       "updatedAt": "2024-01-01T09:00:00Z",
           *       "secret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
           *     }
           */
          'application/json': components['schemas']['WebhookEndpointWithSecret'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  getWebhookEndpoint: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @example we_4k2m9x7p */
        endpointId: components['parameters']['WebhookEndpointId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The endpoint. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "we_4k2m9x7p",
           *       "url": "https://company-x.com/webhooks/integrations",
           *       "events": [
           *         "connection.created",
           *         "connection.deleted",
           *         "connection.needs_reauth",
           *         "execution.failed"
           *       ],
           *       "enabled": true,
           *       "disabledReason": null,
           *       "createdAt": "2024-01-01T09:00:00Z",
           *       "updatedAt": "2024-01-01T09:00:00Z"
           *     }
           */
          'application/json': components['schemas']['WebhookEndpoint'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  deleteWebhookEndpoint: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @example we_4k2m9x7p */
        endpointId: components['parameters']['WebhookEndpointId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  updateWebhookEndpoint: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @example we_4k2m9x7p */
        endpointId: components['parameters']['WebhookEndpointId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "enabled": true
         *     }
         */
        'application/json': components['schemas']['UpdateWebhookEndpointRequest'];
      };
    };
    responses: {
      /** @description The updated endpoint. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "we_4k2m9x7p",
           *       "url": "https://company-x.com/webhooks/integrations",
           *       "events": [
           *         "connection.created",
           *         "connection.deleted",
           *         "connection.needs_reauth",
           *         "execution.failed",
           *         "execution.succeeded"
           *       ],
           *       "enabled": true,
           *       "disabledReason": null,
           *       "createdAt": "2024-01-01T09:00:00Z",
           *       "updatedAt": "2024-01-16T08:00:00Z"
           *     }
           */
          'application/json': components['schemas']['WebhookEndpoint'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  getWebhookEndpointSecret: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @example we_4k2m9x7p */
        endpointId: components['parameters']['WebhookEndpointId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The current secret. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "secret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
           *       "previousSecretExpiresAt": null
           *     }
           */
          'application/json': components['schemas']['WebhookSecret'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  rotateWebhookEndpointSecret: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @example we_4k2m9x7p */
        endpointId: components['parameters']['WebhookEndpointId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The new secret. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "secret": "whsec_ZEWPnrMxlR8G0GEzKchpOYQH5A1oV9eX",
           *       "previousSecretExpiresAt": "2024-01-17T08:00:00Z"
           *     }
           */
          'application/json': components['schemas']['WebhookSecret'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  sendTestWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @example we_4k2m9x7p */
        endpointId: components['parameters']['WebhookEndpointId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The test event was queued. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "evt_3m8k1x9p",
           *       "type": "webhook.test",
           *       "createdAt": "2024-01-16T08:00:00Z",
           *       "status": "pending",
           *       "payload": {
           *         "event": "webhook.test",
           *         "timestamp": "2024-01-16T08:00:00Z",
           *         "data": {
           *           "endpointId": "we_4k2m9x7p",
           *           "message": "A test event from Patchbay."
           *         }
           *       }
           *     }
           */
          'application/json': components['schemas']['WebhookEventSummary'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  listEvents: {
    parameters: {
      query?: {
        type?: components['schemas']['WebhookEventType'];
        status?: components['schemas']['WebhookDeliveryStatus'];
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of events. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "events": [
           *         {
           *           "id": "evt_9x7k2m4p",
           *           "type": "execution.failed",
           *           "createdAt": "2024-01-15T10:30:00Z",
           *           "status": "failed",
           *           "payload": {
           *             "event": "execution.failed",
           *             "timestamp": "2024-01-15T10:30:00Z",
           *             "data": {
           *               "executionId": "exec_xyz789",
           *               "endUserId": "user-123-from-company-x",
           *               "integration": "slack",
           *               "action": "send_message",
           *               "error": {
           *                 "code": "channel_not_found",
           *                 "message": "Slack: channel_not_found"
           *               }
           *             }
           *           }
           *         }
           *       ],
           *       "nextCursor": null
           *     }
           */
          'application/json': components['schemas']['WebhookEventList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  resendFailedEvents: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "since": "2024-01-01T00:00:00Z"
         *     }
         */
        'application/json': components['schemas']['ResendFailedRequest'];
      };
    };
    responses: {
      /** @description How many deliveries were queued again. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "queued": 17
           *     }
           */
          'application/json': components['schemas']['ResendResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  listEventDeliveries: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @example evt_9x7k2m4p */
        eventId: components['parameters']['EventId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Attempts, oldest first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "deliveries": [
           *         {
           *           "id": "whd_1k9m3x7b",
           *           "endpointId": "we_4k2m9x7p",
           *           "attempt": 1,
           *           "status": "failed",
           *           "responseStatus": 503,
           *           "responseBody": "Service Unavailable",
           *           "error": null,
           *           "durationMs": 182,
           *           "createdAt": "2024-01-15T10:30:01Z",
           *           "nextAttemptAt": "2024-01-15T10:30:06Z"
           *         },
           *         {
           *           "id": "whd_2m8n4c6v",
           *           "endpointId": "we_4k2m9x7p",
           *           "attempt": 2,
           *           "status": "succeeded",
           *           "responseStatus": 204,
           *           "responseBody": "",
           *           "error": null,
           *           "durationMs": 95,
           *           "createdAt": "2024-01-15T10:30:06Z",
           *           "nextAttemptAt": null
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['WebhookDeliveryList'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  resendEvent: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @example evt_9x7k2m4p */
        eventId: components['parameters']['EventId'];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        /**
         * @example {
         *       "endpointId": "we_4k2m9x7p"
         *     }
         */
        'application/json': components['schemas']['ResendEventRequest'];
      };
    };
    responses: {
      /** @description How many deliveries were queued. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "queued": 1
           *     }
           */
          'application/json': components['schemas']['ResendResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  getApp: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The app. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "appId": "app_abc123xyz",
           *       "name": "Company X Product",
           *       "plan": "basic",
           *       "redirectUris": [
           *         "https://company-x.com/integrations/callback"
           *       ],
           *       "allowedOrigins": [
           *         "https://app.company-x.com"
           *       ],
           *       "createdAt": "2024-01-01T09:00:00Z"
           *     }
           */
          'application/json': components['schemas']['App'];
        };
      };
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  updateApp: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "redirectUris": [
         *         "https://company-x.com/integrations/callback"
         *       ],
         *       "allowedOrigins": [
         *         "https://app.company-x.com"
         *       ]
         *     }
         */
        'application/json': components['schemas']['UpdateAppRequest'];
      };
    };
    responses: {
      /** @description The updated app. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "appId": "app_abc123xyz",
           *       "name": "Company X Product",
           *       "plan": "pro",
           *       "redirectUris": [
           *         "https://company-x.com/integrations/callback",
           *         "http://localhost:5173/integrations/callback"
           *       ],
           *       "allowedOrigins": [
           *         "https://app.company-x.com",
           *         "http://localhost:5173"
           *       ],
           *       "createdAt": "2024-01-01T09:00:00Z"
           *     }
           */
          'application/json': components['schemas']['App'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  setOAuthClient: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The integration's slug, for example `slack`.
         * @example slack
         */
        slug: components['parameters']['IntegrationSlug'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "clientId": "1234567890.0987654321",
         *       "clientSecret": "8f14e45fceea167a5a36dedd4bea2543",
         *       "scopes": [
         *         "chat:write",
         *         "channels:read"
         *       ]
         *     }
         */
        'application/json': components['schemas']['SetOAuthClientRequest'];
      };
    };
    responses: {
      /** @description The client in use (without its secret). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "integration": "slack",
           *       "clientId": "1234567890.0987654321",
           *       "scopes": [
           *         "chat:write",
           *         "channels:read"
           *       ]
           *     }
           */
          'application/json': components['schemas']['OAuthClient'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  deleteOAuthClient: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The integration's slug, for example `slack`.
         * @example slack
         */
        slug: components['parameters']['IntegrationSlug'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Removed. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  listConnections: {
    parameters: {
      query?: {
        endUserId?: components['schemas']['EndUserId'];
        integration?: string;
        status?: components['schemas']['ConnectionStatus'];
        health?: components['schemas']['ConnectionHealthStatus'];
        limit?: components['parameters']['Limit'];
        /** @description The `nextCursor` of the previous page. */
        cursor?: components['parameters']['Cursor'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of connections, newest first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "connections": [
           *         {
           *           "id": "conn_8f2k1m9x",
           *           "endUserId": "user-123-from-company-x",
           *           "integration": "slack",
           *           "authType": "oauth2",
           *           "status": "active",
           *           "health": {
           *             "status": "healthy",
           *             "lastCheckedAt": "2024-01-15T10:30:00Z",
           *             "lastError": null
           *           },
           *           "scope": "chat:write,channels:read,users:read,users:read.email,reactions:write",
           *           "scopes": [
           *             "chat:write",
           *             "channels:read",
           *             "users:read",
           *             "users:read.email",
           *             "reactions:write"
           *           ],
           *           "expiresAt": "2024-01-15T22:30:00Z",
           *           "lastRefreshedAt": "2024-01-15T10:30:00Z",
           *           "lastError": null,
           *           "createdAt": "2024-01-02T09:00:00Z",
           *           "updatedAt": "2024-01-15T10:30:00Z"
           *         }
           *       ],
           *       "nextCursor": null
           *     }
           */
          'application/json': components['schemas']['ConnectionList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  createConnection: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "endUserId": "user-123-from-company-x",
         *       "integrationSlug": "airtable",
         *       "credentials": {
         *         "apiKey": "pat_example_token"
         *       }
         *     }
         */
        'application/json': components['schemas']['CreateConnectionRequest'];
      };
    };
    responses: {
      /** @description The connection. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "conn_3b7n1m5k",
           *       "endUserId": "user-123-from-company-x",
           *       "integration": "airtable",
           *       "authType": "api_key",
           *       "status": "active",
           *       "health": {
           *         "status": "healthy",
           *         "lastCheckedAt": "2024-01-15T10:30:00Z",
           *         "lastError": null
           *       },
           *       "scope": null,
           *       "scopes": null,
           *       "expiresAt": null,
           *       "lastRefreshedAt": null,
           *       "lastError": null,
           *       "createdAt": "2024-01-15T10:30:00Z",
           *       "updatedAt": "2024-01-15T10:30:00Z"
           *     }
           */
          'application/json': components['schemas']['Connection'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['ProviderRejected'];
      default: components['responses']['Error'];
    };
  };
  getConnection: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @example conn_8f2k1m9x */
        connectionId: components['parameters']['ConnectionId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The connection. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "conn_8f2k1m9x",
           *       "endUserId": "user-123-from-company-x",
           *       "integration": "slack",
           *       "authType": "oauth2",
           *       "status": "active",
           *       "health": {
           *         "status": "healthy",
           *         "lastCheckedAt": "2024-01-15T10:30:00Z",
           *         "lastError": null
           *       },
           *       "scope": "chat:write,channels:read,users:read,users:read.email,reactions:write",
           *       "scopes": [
           *         "chat:write",
           *         "channels:read",
           *         "users:read",
           *         "users:read.email",
           *         "reactions:write"
           *       ],
           *       "expiresAt": "2024-01-15T22:30:00Z",
           *       "lastRefreshedAt": "2024-01-15T10:30:00Z",
           *       "lastError": null,
           *       "createdAt": "2024-01-02T09:00:00Z",
           *       "updatedAt": "2024-01-15T10:30:00Z"
           *     }
           */
          'application/json': components['schemas']['Connection'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  deleteConnection: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @example conn_8f2k1m9x */
        connectionId: components['parameters']['ConnectionId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  createRepairLink: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @example conn_8f2k1m9x */
        connectionId: components['parameters']['ConnectionId'];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        /**
         * @example {
         *       "extraScopes": [
         *         "files:write"
         *       ]
         *     }
         */
        'application/json': components['schemas']['CreateRepairLinkRequest'];
      };
    };
    responses: {
      /** @description The link. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "url": "http://localhost:3000/connect?session=cs_4f1c2a",
           *       "token": "cs_4f1c2a",
           *       "expiresAt": "2024-01-02T10:00:00Z",
           *       "connectionId": "conn_123",
           *       "integration": "slack",
           *       "scopes": [
           *         "chat:write",
           *         "channels:read",
           *         "files:write"
           *       ]
           *     }
           */
          'application/json': components['schemas']['RepairLink'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  checkConnectionHealth: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @example conn_8f2k1m9x */
        connectionId: components['parameters']['ConnectionId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The connection, as now checked. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "conn_8f2k1m9x",
           *       "endUserId": "user-123-from-company-x",
           *       "integration": "slack",
           *       "authType": "oauth2",
           *       "status": "needs_reauth",
           *       "health": {
           *         "status": "needs_reauth",
           *         "lastCheckedAt": "2024-01-15T10:30:00Z",
           *         "lastError": "Slack refused the credentials: token_revoked"
           *       },
           *       "scope": "chat:write,channels:read",
           *       "scopes": [
           *         "chat:write",
           *         "channels:read"
           *       ],
           *       "expiresAt": "2024-01-15T22:30:00Z",
           *       "lastRefreshedAt": "2024-01-15T10:30:00Z",
           *       "lastError": "Slack refused the credentials: token_revoked",
           *       "createdAt": "2024-01-02T09:00:00Z",
           *       "updatedAt": "2024-01-15T10:30:00Z"
           *     }
           */
          'application/json': components['schemas']['Connection'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  listEndUsers: {
    parameters: {
      query?: {
        limit?: components['parameters']['Limit'];
        /** @description The `nextCursor` of the previous page. */
        cursor?: components['parameters']['Cursor'];
        /** @description Only end users whose id, email or name contains this text (any case). */
        search?: string;
        /** @description Only end users with at least one connection in this health. */
        health?: components['schemas']['ConnectionHealthStatus'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of end users, newest first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "endUsers": [
           *         {
           *           "id": "user-123-from-company-x",
           *           "email": "john@example.com",
           *           "name": "John Doe",
           *           "metadata": {
           *             "email": "john@example.com",
           *             "name": "John Doe"
           *           },
           *           "createdAt": "2024-01-02T09:00:00Z",
           *           "connections": [
           *             {
           *               "id": "conn_8f2k1m9x",
           *               "integration": "slack",
           *               "status": "active",
           *               "health": "healthy"
           *             }
           *           ]
           *         }
           *       ],
           *       "nextCursor": null
           *     }
           */
          'application/json': components['schemas']['EndUserList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  getEndUser: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Your own id for the end user.
         * @example user-123-from-company-x
         */
        endUserId: components['schemas']['EndUserId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The end user. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "user-123-from-company-x",
           *       "email": "john@example.com",
           *       "name": "John Doe",
           *       "metadata": {
           *         "email": "john@example.com",
           *         "name": "John Doe",
           *         "plan": "enterprise"
           *       },
           *       "createdAt": "2024-01-02T09:00:00Z",
           *       "connections": [
           *         {
           *           "id": "conn_8f2k1m9x",
           *           "integration": "slack",
           *           "status": "active",
           *           "health": "healthy"
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['EndUser'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  deleteEndUser: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Your own id for the end user.
         * @example user-123-from-company-x
         */
        endUserId: components['schemas']['EndUserId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  createConnectSession: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "endUserId": "user-123-from-company-x",
         *       "metadata": {
         *         "email": "john@example.com"
         *       },
         *       "allowedIntegrations": [
         *         "slack"
         *       ],
         *       "allowedOrigins": [
         *         "https://preview-42.company-x.com"
         *       ]
         *     }
         */
        'application/json': components['schemas']['CreateConnectSessionRequest'];
      };
    };
    responses: {
      /** @description The session. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "token": "cs_7YwzL3kQ9mN2pR5tV8xA1bC4dE6fG0hJ",
           *       "expiresAt": "2024-01-15T11:00:00Z"
           *     }
           */
          'application/json': components['schemas']['ConnectSession'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  listConnectIntegrations: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The integrations. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "endUserId": "user-123-from-company-x",
           *       "integrations": [
           *         {
           *           "slug": "slack",
           *           "name": "Slack",
           *           "description": "Team communication platform",
           *           "category": "communication",
           *           "authType": "oauth2",
           *           "icon": "http://localhost:3000/icons/slack.svg",
           *           "connection": {
           *             "id": "conn_8f2k1m9x",
           *             "status": "active"
           *           }
           *         },
           *         {
           *           "slug": "airtable",
           *           "name": "Airtable",
           *           "description": "Spreadsheet-database hybrid",
           *           "category": "productivity",
           *           "authType": "api_key",
           *           "icon": "http://localhost:3000/icons/airtable.svg",
           *           "connection": null,
           *           "credentialFields": [
           *             {
           *               "name": "apiKey",
           *               "label": "Personal access token",
           *               "secret": true,
           *               "placeholder": "pat…"
           *             }
           *           ],
           *           "instructions": "Create a personal access token at https://airtable.com/create/tokens with the data.records:read scope."
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['ConnectIntegrationList'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['OriginNotAllowed'];
      default: components['responses']['Error'];
    };
  };
  listConnectConnections: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The connections. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "connections": [
           *         {
           *           "id": "conn_8f2k1m9x",
           *           "endUserId": "user-123-from-company-x",
           *           "integration": "slack",
           *           "authType": "oauth2",
           *           "status": "active",
           *           "health": {
           *             "status": "healthy",
           *             "lastCheckedAt": "2024-01-15T10:30:00Z",
           *             "lastError": null
           *           },
           *           "scope": "chat:write,channels:read,users:read,users:read.email,reactions:write",
           *           "scopes": [
           *             "chat:write",
           *             "channels:read",
           *             "users:read",
           *             "users:read.email",
           *             "reactions:write"
           *           ],
           *           "expiresAt": "2024-01-15T22:30:00Z",
           *           "lastRefreshedAt": "2024-01-15T10:30:00Z",
           *           "lastError": null,
           *           "createdAt": "2024-01-02T09:00:00Z",
           *           "updatedAt": "2024-01-15T10:30:00Z"
           *         }
           *       ],
           *       "nextCursor": null
           *     }
           */
          'application/json': components['schemas']['ConnectionList'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['OriginNotAllowed'];
      default: components['responses']['Error'];
    };
  };
  deleteConnectConnection: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @example conn_8f2k1m9x */
        connectionId: components['parameters']['ConnectionId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['OriginNotAllowed'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  startConnectOAuth: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The integration's slug, for example `slack`.
         * @example slack
         */
        slug: components['parameters']['IntegrationSlug'];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        /**
         * @example {
         *       "redirectUri": "https://app.company-x.com/settings/integrations"
         *     }
         */
        'application/json': components['schemas']['StartConnectOAuthRequest'];
      };
    };
    responses: {
      /** @description Where to send the end user. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "authorizationUrl": "https://slack.com/oauth/v2/authorize?client_id=123.456&scope=chat%3Awrite&state=state_xyz",
           *       "state": "state_xyz"
           *     }
           */
          'application/json': components['schemas']['AuthorizeConnectionResponse'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['OriginNotAllowed'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  submitConnectCredentials: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The integration's slug, for example `slack`.
         * @example slack
         */
        slug: components['parameters']['IntegrationSlug'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "credentials": {
         *         "apiKey": "pat_example_token"
         *       }
         *     }
         */
        'application/json': components['schemas']['ConnectCredentialsRequest'];
      };
    };
    responses: {
      /** @description The connection. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "conn_3b7n1m5k",
           *       "endUserId": "user-123-from-company-x",
           *       "integration": "airtable",
           *       "authType": "api_key",
           *       "status": "active",
           *       "health": {
           *         "status": "healthy",
           *         "lastCheckedAt": "2024-01-15T10:30:00Z",
           *         "lastError": null
           *       },
           *       "scope": null,
           *       "scopes": null,
           *       "expiresAt": null,
           *       "lastRefreshedAt": null,
           *       "lastError": null,
           *       "createdAt": "2024-01-15T10:30:00Z",
           *       "updatedAt": "2024-01-15T10:30:00Z"
           *     }
           */
          'application/json': components['schemas']['Connection'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['OriginNotAllowed'];
      404: components['responses']['NotFound'];
      422: components['responses']['ProviderRejected'];
      default: components['responses']['Error'];
    };
  };
  listTools: {
    parameters: {
      query: {
        /** @description Your id for the end user the agent acts for. */
        endUserId: string;
        /** @description `connected` (default): tools of connected integrations only; `all`: every exposed tool. */
        include?: 'connected' | 'all';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The tools. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "tools": [
           *         {
           *           "name": "slack_send_message",
           *           "title": "Slack: Send Message",
           *           "description": "Post a message to a channel the user can see. Acts as the user in their connected Slack account and changes data there.",
           *           "inputSchema": {
           *             "type": "object",
           *             "properties": {
           *               "channel": {
           *                 "type": "string"
           *               },
           *               "text": {
           *                 "type": "string"
           *               }
           *             },
           *             "required": [
           *               "channel",
           *               "text"
           *             ]
           *           },
           *           "integration": {
           *             "slug": "slack",
           *             "name": "Slack"
           *           },
           *           "action": "send_message",
           *           "effect": "write",
           *           "connection": {
           *             "id": "conn_abc123",
           *             "status": "active"
           *           }
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['ToolList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  executeTool: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description As for `runAction`: the same key with the same body within 24 hours answers the stored
         *     result instead of running again. Only calls that ran an action are stored.
         */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "endUserId": "user-123-from-company-x",
         *       "name": "slack_send_message",
         *       "arguments": "{\"channel\":\"#general\",\"text\":\"Hello from the agent\"}"
         *     }
         */
        'application/json': components['schemas']['ExecuteToolRequest'];
      };
    };
    responses: {
      /** @description The tool's result, to hand back to the model. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "success",
           *       "isError": false,
           *       "text": "{\"ok\":true,\"channel\":\"C123456\",\"ts\":\"1234567890.123456\"}",
           *       "data": {
           *         "ok": true,
           *         "channel": "C123456",
           *         "ts": "1234567890.123456"
           *       },
           *       "executionId": "exec_xyz789"
           *     }
           */
          'application/json': components['schemas']['ToolResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      409: components['responses']['Conflict'];
      429: components['responses']['RateLimited'];
      default: components['responses']['Error'];
    };
  };
  createToolToken: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "endUserId": "user-123-from-company-x",
         *       "allowedTools": [
         *         "slack.list_channels",
         *         "slack.send_message",
         *         "notion"
         *       ],
         *       "expiresIn": 3600
         *     }
         */
        'application/json': components['schemas']['CreateToolTokenRequest'];
      };
    };
    responses: {
      /** @description The token. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "tt_5k2m8x1p",
           *       "token": "tt_Qm9yZ2V0IHRoZSB0b2tlbiBhZnRlciB1c2luZyBpdA",
           *       "endUserId": "user-123-from-company-x",
           *       "allowedTools": [
           *         "slack.list_channels",
           *         "slack.send_message",
           *         "notion"
           *       ],
           *       "expiresAt": "2024-01-15T11:30:00Z",
           *       "mcpUrl": "http://localhost:3000/mcp"
           *     }
           */
          'application/json': components['schemas']['ToolToken'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  revokeToolToken: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @example tt_5k2m8x1p */
        tokenId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Revoked (or already revoked). */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  getToolSettings: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The settings. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "allowedTools": null
           *     }
           */
          'application/json': components['schemas']['ToolSettings'];
        };
      };
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  updateToolSettings: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "allowedTools": [
         *         "slack.list_channels",
         *         "slack.send_message",
         *         "github"
         *       ]
         *     }
         */
        'application/json': components['schemas']['ToolSettings'];
      };
    };
    responses: {
      /** @description The updated settings. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "allowedTools": [
           *         "slack.list_channels",
           *         "slack.send_message",
           *         "github"
           *       ]
           *     }
           */
          'application/json': components['schemas']['ToolSettings'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  mcp: {
    parameters: {
      query?: {
        include?: 'connected' | 'all';
      };
      header?: {
        /** @description With `X-API-Key`, your id for the end user the agent acts for. */
        'X-End-User-Id'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "jsonrpc": "2.0",
         *       "id": 2,
         *       "method": "tools/call",
         *       "params": {
         *         "name": "slack_send_message",
         *         "arguments": {
         *           "channel": "#general",
         *           "text": "Hello from the agent!"
         *         }
         *       }
         *     }
         */
        'application/json': Record<string, never>;
      };
    };
    responses: {
      /** @description The JSON-RPC answer. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "jsonrpc": "2.0",
           *       "id": 2,
           *       "result": {
           *         "content": [
           *           {
           *             "type": "text",
           *             "text": "{\"ok\":true,\"channel\":\"C0123456789\",\"ts\":\"1712345678.123456\"}"
           *           }
           *         ],
           *         "structuredContent": {
           *           "ok": true,
           *           "channel": "C0123456789",
           *           "ts": "1712345678.123456"
           *         },
           *         "isError": false
           *       }
           *     }
           */
          'application/json': Record<string, never>;
        };
      };
      /** @description A notification was accepted. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components['responses']['Unauthorized'];
      429: components['responses']['RateLimited'];
      default: components['responses']['Error'];
    };
  };
  listTriggerSubscriptions: {
    parameters: {
      query?: {
        endUserId?: components['schemas']['EndUserId'];
        integration?: string;
        trigger?: string;
        status?: components['schemas']['TriggerSubscriptionStatus'];
        limit?: components['parameters']['Limit'];
        /** @description The `nextCursor` of the previous page. */
        cursor?: components['parameters']['Cursor'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of subscriptions. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TriggerSubscriptionList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  createTriggerSubscription: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "endUserId": "user-123-from-company-x",
         *       "integration": "github",
         *       "trigger": "issues",
         *       "config": {
         *         "owner": "octocat",
         *         "repo": "Hello-World",
         *         "actions": [
         *           "opened",
         *           "closed"
         *         ]
         *       }
         *     }
         */
        'application/json': components['schemas']['CreateTriggerSubscriptionRequest'];
      };
    };
    responses: {
      /** @description The subscription, active. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TriggerSubscription'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Error'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      422: components['responses']['ProviderRejected'];
      502: components['responses']['ProviderFailed'];
      default: components['responses']['Error'];
    };
  };
  getTriggerSubscription: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @example sub_8f3k2m9x */
        subscriptionId: components['parameters']['SubscriptionId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The subscription. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TriggerSubscription'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  deleteTriggerSubscription: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @example sub_8f3k2m9x */
        subscriptionId: components['parameters']['SubscriptionId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  pauseTriggerSubscription: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @example sub_8f3k2m9x */
        subscriptionId: components['parameters']['SubscriptionId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The subscription, paused. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TriggerSubscription'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  resumeTriggerSubscription: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @example sub_8f3k2m9x */
        subscriptionId: components['parameters']['SubscriptionId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The subscription, active. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TriggerSubscription'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      default: components['responses']['Error'];
    };
  };
  listTriggerRuns: {
    parameters: {
      query?: {
        subscriptionId?: string;
        endUserId?: components['schemas']['EndUserId'];
        integration?: string;
        status?: components['schemas']['TriggerRunStatus'];
        limit?: components['parameters']['Limit'];
        /** @description The `nextCursor` of the previous page. */
        cursor?: components['parameters']['Cursor'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of runs. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TriggerRunList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      default: components['responses']['Error'];
    };
  };
  receiveProviderEvent: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The integration's slug, for example `slack`.
         * @example slack
         */
        slug: components['parameters']['IntegrationSlug'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "token": "XXYYZZ",
         *       "team_id": "T123ABC456",
         *       "api_app_id": "A123ABC456",
         *       "type": "event_callback",
         *       "event_id": "Ev0PV52K25",
         *       "event_time": 1355517523,
         *       "event": {
         *         "type": "message",
         *         "channel": "C123ABC456",
         *         "user": "U123ABC456",
         *         "text": "Live long and prospect.",
         *         "ts": "1355517523.000005"
         *       }
         *     }
         */
        'application/json': {
          [key: string]: unknown;
        };
      };
    };
    responses: {
      /** @description Accepted (or the handshake's answer). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InboundAccepted'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Error'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  receiveSubscriptionEvent: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The integration's slug, for example `slack`.
         * @example slack
         */
        slug: components['parameters']['IntegrationSlug'];
        /** @example sub_8f3k2m9x */
        subscriptionId: components['parameters']['SubscriptionId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "action": "opened",
         *       "issue": {
         *         "number": 1347,
         *         "title": "Found a bug",
         *         "state": "open",
         *         "html_url": "https://github.com/octocat/Hello-World/issues/1347",
         *         "body": null,
         *         "user": {
         *           "login": "octocat"
         *         },
         *         "labels": []
         *       },
         *       "repository": {
         *         "id": 1296269,
         *         "full_name": "octocat/Hello-World"
         *       },
         *       "sender": {
         *         "login": "octocat"
         *       }
         *     }
         */
        'application/json': {
          [key: string]: unknown;
        };
      };
    };
    responses: {
      /** @description Accepted. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InboundAccepted'];
        };
      };
      /** @description A handshake (GitHub's ping), answered. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Error'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  connectionCreatedWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "event": "connection.created",
         *       "timestamp": "2024-01-01T10:00:00Z",
         *       "data": {
         *         "connectionId": "conn_123",
         *         "endUserId": "user-123-from-company-x",
         *         "integration": "slack",
         *         "status": "active"
         *       }
         *     }
         */
        'application/json': components['schemas']['ConnectionCreatedEvent'];
      };
    };
    responses: {
      /** @description Any 2xx acknowledges the event. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  executionFailedWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "event": "execution.failed",
         *       "timestamp": "2024-01-01T10:00:00Z",
         *       "data": {
         *         "executionId": "exec_xyz",
         *         "endUserId": "user-123-from-company-x",
         *         "integration": "slack",
         *         "action": "send_message",
         *         "error": {
         *           "code": "channel_not_found",
         *           "message": "Channel not found"
         *         }
         *       }
         *     }
         */
        'application/json': components['schemas']['ExecutionFailedEvent'];
      };
    };
    responses: {
      /** @description Any 2xx acknowledges the event. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  connectionDeletedWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "event": "connection.deleted",
         *       "timestamp": "2024-01-01T10:00:00Z",
         *       "data": {
         *         "connectionId": "conn_123",
         *         "endUserId": "user-123-from-company-x",
         *         "integration": "slack"
         *       }
         *     }
         */
        'application/json': components['schemas']['ConnectionDeletedEvent'];
      };
    };
    responses: {
      /** @description Any 2xx acknowledges the event. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  connectionNeedsReauthWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "event": "connection.needs_reauth",
         *       "timestamp": "2024-01-01T10:00:00Z",
         *       "data": {
         *         "connectionId": "conn_123",
         *         "endUserId": "user-123-from-company-x",
         *         "integration": "slack",
         *         "reason": "refresh refused: invalid_grant",
         *         "repairLink": {
         *           "url": "http://localhost:3000/connect?session=cs_4f1c2a",
         *           "expiresAt": "2024-01-02T10:00:00Z"
         *         }
         *       }
         *     }
         */
        'application/json': components['schemas']['ConnectionNeedsReauthEvent'];
      };
    };
    responses: {
      /** @description Any 2xx acknowledges the event. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  executionSucceededWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "event": "execution.succeeded",
         *       "timestamp": "2024-01-01T10:00:00Z",
         *       "data": {
         *         "executionId": "exec_xyz",
         *         "endUserId": "user-123-from-company-x",
         *         "integration": "slack",
         *         "action": "send_message",
         *         "duration": 234
         *       }
         *     }
         */
        'application/json': components['schemas']['ExecutionSucceededEvent'];
      };
    };
    responses: {
      /** @description Any 2xx acknowledges the event. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  webhookTestWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "event": "webhook.test",
         *       "timestamp": "2024-01-01T10:00:00Z",
         *       "data": {
         *         "endpointId": "we_4k2m9x7p",
         *         "message": "A test event from Patchbay."
         *       }
         *     }
         */
        'application/json': components['schemas']['WebhookTestEvent'];
      };
    };
    responses: {
      /** @description Any 2xx acknowledges the event. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  triggerFiredWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "event": "trigger.fired",
         *       "timestamp": "2024-01-01T10:00:00Z",
         *       "data": {
         *         "subscriptionId": "sub_8f3k2m",
         *         "endUserId": "user-123-from-company-x",
         *         "connectionId": "conn_123",
         *         "integration": "github",
         *         "trigger": "issues",
         *         "itemId": "72d3162e-cc78-11e3-81ab-4c9367dc0958",
         *         "payload": {
         *           "action": "opened",
         *           "repository": "octocat/Hello-World",
         *           "sender": "octocat",
         *           "issue": {
         *             "number": 1347,
         *             "title": "Found a bug",
         *             "state": "open",
         *             "htmlUrl": "https://github.com/octocat/Hello-World/issues/1347",
         *             "body": "I'm having a problem with this.",
         *             "user": "octocat",
         *             "labels": [
         *               "bug"
         *             ]
         *           }
         *         }
         *       }
         *     }
         */
        'application/json': components['schemas']['TriggerFiredEvent'];
      };
    };
    responses: {
      /** @description Any 2xx acknowledges the event. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
}
