import { fileURLToPath } from 'node:url';

/** The repository's root; the site is built from files in it, never from copies. */
export const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
export const guidesDir = `${repoRoot}docs/`;

/** The site lives under the server's `/docs`; every generated link starts here. */
export const base = '/docs';

/** Where repository files that are not pages of the site (source, READMEs) are linked to. */
export const repositoryUrl = 'https://github.com/patchbay/patchbay';

/** The address the samples call: the local server `npm start` runs (openapi.yaml's first server). */
export const sampleBaseUrl = 'http://localhost:3000';

export const referencePath = `${base}/reference/`;
export const operationPath = (operationId: string) => `${referencePath}operations/${operationId.toLowerCase()}/`;
export const webhookPath = (operationId: string) => `${referencePath}webhooks/${operationId.toLowerCase()}/`;
export const integrationPath = (slug: string) => `${base}/integrations/${slug}/`;
export const guidePath = (slug: string) => `${base}/guides/${slug}/`;
