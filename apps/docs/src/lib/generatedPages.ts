import type { Loader, LoaderContext } from 'astro/loaders';
import { guideSlugs, readGuide } from './guides.js';
import { catalogMarkdown, integrationPages } from './integrationPages.js';
import { guidesDir, repoRoot, repositoryUrl } from './paths.js';

interface Page {
  id: string;
  title: string;
  description: string;
  markdown: string;
  /** The file the page is made from (relative to the repository), for dev-mode reloads. */
  source?: string;
  /** Where "Edit page" leads: the source in the repository, or nowhere. */
  editUrl: string | false;
}

function pages(): Page[] {
  return [
    ...guideSlugs().map((slug) => {
      const guide = readGuide(slug);
      return { id: `guides/${slug}`, title: guide.title, description: guide.description, markdown: guide.body, source: guide.source, editUrl: `${repositoryUrl}/edit/main/${guide.source}` };
    }),
    { id: 'integrations', title: 'Integrations', description: 'Every integration Patchbay ships, with its auth and actions.', markdown: catalogMarkdown(), editUrl: false },
    ...integrationPages().map((page) => ({
      id: `integrations/${page.slug}`,
      title: page.title,
      description: page.description,
      markdown: page.markdown,
      // The page is generated: what to change is the integration's definition.
      editUrl: `${repositoryUrl}/tree/main/packages/integrations/src/providers/${page.slug}`,
    })),
  ];
}

async function store(context: LoaderContext): Promise<void> {
  for (const page of pages()) {
    const data = await context.parseData({ id: page.id, data: { title: page.title, description: page.description, editUrl: page.editUrl } });
    const digest = context.generateDigest(page.markdown + page.title);
    context.store.set({
      id: page.id,
      data,
      body: page.markdown,
      digest,
      rendered: await context.renderMarkdown(page.markdown, page.source ? { fileURL: new URL(page.source, `file://${repoRoot}`) } : {}),
      ...(page.source ? { filePath: page.source } : {}),
    });
  }
}

/** Guides from docs/*.md and a page per integration, rebuilt in `astro dev` when a guide changes. */
export function generatedPages(): Loader {
  return {
    name: 'patchbay-generated-pages',
    async load(context) {
      await store(context);
      context.watcher?.add(guidesDir);
      context.watcher?.on('all', (_event, file) => {
        if (file.startsWith(guidesDir) && file.endsWith('.md')) {
          for (const id of context.store.keys()) if (id.startsWith('guides/')) context.store.delete(id);
          void store(context);
        }
      });
    },
  };
}
