import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { defineCollection } from 'astro:content';
import { generatedPages } from './lib/generatedPages.js';

// Hand-written pages in src/content/docs (the home page), plus pages generated from the
// repository's sources: docs/*.md (guides) and the integration catalog.
export const collections = {
  docs: defineCollection({
    loader: {
      name: 'patchbay-docs',
      async load(context) {
        await docsLoader().load(context);
        await generatedPages().load(context);
      },
    },
    schema: docsSchema(),
  }),
};
