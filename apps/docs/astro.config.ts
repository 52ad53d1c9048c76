import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import starlightOpenAPI, { openAPISidebarGroups } from 'starlight-openapi';
import { cspHashes } from './src/lib/cspHashes.js';
import { guideSections, readGuide } from './src/lib/guides.js';
import { integrationPages } from './src/lib/integrationPages.js';
import { base, repositoryUrl } from './src/lib/paths.js';
import { writeReferenceSpec } from './src/lib/referenceSpec.js';

// The docs site, served by the Patchbay server at /docs (apps/server/src/docs/serveDocs.ts).
// Why Starlight: docs/architecture.md ("The docs site").
export default defineConfig({
  base,
  trailingSlash: 'always',
  // Hashed assets under /docs/_astro/ are cached for a year by the server.
  build: { assets: '_astro', format: 'directory' },
  integrations: [
    starlight({
      title: 'Patchbay',
      description: 'Embedded integrations for your product: your users connect their accounts, your backend runs actions for them through one API.',
      social: [{ icon: 'github', label: 'Source', href: repositoryUrl }],
      // Hand-written pages live in apps/docs; generated ones set their own editUrl.
      editLink: { baseUrl: `${repositoryUrl}/edit/main/apps/docs/` },
      lastUpdated: false,
      pagefind: true,
      customCss: ['./src/styles/patchbay.css'],
      plugins: [
        starlightOpenAPI([
          {
            base: 'reference',
            schema: writeReferenceSpec(),
            sidebar: { label: 'API reference', collapsed: true, operations: { badges: true } },
          },
        ]),
      ],
      sidebar: [
        ...guideSections().map((section) => ({
          label: section.label,
          items: section.slugs.map((slug) => ({ label: readGuide(slug).title, link: `/guides/${slug}/` })),
        })),
        {
          label: 'Integrations',
          collapsed: true,
          items: [{ label: 'All integrations', link: '/integrations/' }, ...integrationPages().map((page) => ({ label: page.title, link: `/integrations/${page.slug}/` }))],
        },
        ...openAPISidebarGroups,
      ],
    }),
    cspHashes(),
  ],
});
