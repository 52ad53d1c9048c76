// The framework-free flow: what the React components and the hosted connect page are built on.
export {
  ConnectApiError,
  createConnectApi,
  type ConnectApi,
  type ConnectApiOptions,
  type ConnectIntegration,
  type Connection,
  type CredentialField,
  type Credentials,
  type SessionTokenSource,
} from './api.js';
export { consumeRedirectResult, openConnection, type OpenConnectionOptions } from './connectFlow.js';
export { exitFromError, type ConnectEvent, type ConnectEventName, type ConnectExit, type ConnectOutcome, type ConnectSuccess, type ExitReason } from './outcome.js';
