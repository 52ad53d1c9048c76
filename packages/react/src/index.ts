export { ConnectButton, type ConnectButtonProps } from './components/ConnectButton.js';
export { ConnectModal, type ConnectModalProps } from './components/ConnectModal.js';
export { CredentialsDialog, type CredentialsDialogProps } from './components/CredentialsDialog.js';
export { IntegrationCatalog, type IntegrationCatalogProps } from './components/IntegrationCatalog.js';
export type { PatchbayClassNames } from './components/classNames.js';
export { PatchbayProvider, type PatchbayConnectOptions } from './context.js';
export { usePatchbayConnect, type PatchbayConnect, type UsePatchbayConnectOptions } from './hooks/usePatchbayConnect.js';
export { defaultTexts, type PatchbayTexts } from './texts.js';
export * from './core/index.js';
