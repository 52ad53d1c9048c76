// The guides are docs/*.md, read where they are: every file there becomes a page, with its title
// taken from its `# heading`, so a new guide needs no change here (it lands under "More guides"
// until it is given a place in `sections`).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { openapi } from './openapi.js';
import { base, guidePath, guidesDir, integrationPath, operationPath, referencePath, repoRoot, repositoryUrl, webhookPath } from './paths.js';

export interface Guide {
  slug: string;
  title: string;
  /** The first paragraph, for search results and the page's meta description. */
  description: string;
  /** The markdown without its title, with links rewritten for the site. */
  body: string;
  /** The source's path in the repository, e.g. `docs/quick-start.md`. */
  source: string;
}

/** Sidebar sections in reading order; slugs missing on disk are skipped. */
export const sections: { label: string; slugs: string[] }[] = [
  { label: 'Start here', slugs: ['quick-start', 'concepts'] },
  {
    label: 'Build with Patchbay',
    slugs: ['connections', 'node-sdk', 'react-widget', 'receiving-webhooks', 'errors-and-idempotency', 'usage-and-limits', 'triggers', 'ai-agents'],
  },
  { label: 'Run Patchbay', slugs: ['self-hosting', 'configuration', 'dashboard', 'architecture'] },
  { label: 'Extend Patchbay', slugs: ['adding-an-integration'] },
];

export function guideSlugs(): string[] {
  return readdirSync(guidesDir)
    .filter((file) => file.endsWith('.md'))
    .map((file) => file.slice(0, -'.md'.length))
    .sort();
}

/** Sections with the guides that exist, and a last one for guides no section names yet. */
export function guideSections(): { label: string; slugs: string[] }[] {
  const existing = guideSlugs();
  const placed = new Set(sections.flatMap((section) => section.slugs));
  return [
    ...sections.map((section) => ({ label: section.label, slugs: section.slugs.filter((slug) => existing.includes(slug)) })),
    { label: 'More guides', slugs: existing.filter((slug) => !placed.has(slug)) },
  ].filter((section) => section.slugs.length > 0);
}

export function readGuide(slug: string): Guide {
  const source = `docs/${slug}.md`;
  const markdown = readFileSync(`${repoRoot}${source}`, 'utf8');
  const heading = /^# (.+)$/m.exec(markdown);
  if (!heading) throw new Error(`${source} has no "# Title" line; every guide starts with one.`);
  const body = markdown.slice(heading.index + heading[0].length).replace(/^\s*\n/, '');
  return { slug, title: plainText(heading[1]!), description: firstParagraph(body), body: rewriteLinks(body, source), source };
}

const plainText = (markdown: string) =>
  markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[`*_]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

function firstParagraph(body: string): string {
  const paragraph = body.split(/\n\s*\n/).find((block) => /^[A-Za-z`*[]/.test(block.trim())) ?? '';
  const text = plainText(paragraph);
  return text.length > 200 ? `${text.slice(0, 197).replace(/\s+\S*$/, '')}…` : text;
}

/**
 * Links in docs/*.md are written for the repository (they work on GitHub): `connections.md#x`,
 * `../openapi.yaml`, `../packages/node`. On the site they point at the page that shows the same
 * thing, or at the file in the repository when no page does.
 */
export function rewriteLinks(markdown: string, source: string): string {
  // Code (fenced blocks and inline spans) is left alone: only prose has links.
  return markdown
    .split(/(^```[\s\S]*?^```)/m)
    .map((part, index) =>
      index % 2 === 1
        ? part
        : part
            .split(/(`[^`\n]*`)/)
            .map((text, inner) =>
              inner % 2 === 1
                ? text
                : text
                    .replace(/\]\(([^)\s]+)\)/g, (_match, target: string) => `](${siteHref(target, source)})`)
                    .replace(/^(\[[^\]]+\]:\s*)(\S+)/gm, (_match, label: string, target: string) => `${label}${siteHref(target, source)}`),
            )
            .join(''),
    )
    .join('');
}

export function siteHref(target: string, source: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('#') || target.startsWith('/')) return target;
  const [file = '', fragment] = target.split('#');
  const repoPath = path.posix.normalize(path.posix.join(path.posix.dirname(source), file)).replace(/\/$/, '');
  const hash = fragment ? `#${fragment}` : '';
  const guide = /^docs\/([^/]+)\.md$/.exec(repoPath);
  if (guide && existsSync(`${repoRoot}${repoPath}`)) return `${guidePath(guide[1]!)}${hash}`;
  if (repoPath === 'openapi.yaml') {
    // `../openapi.yaml#runAction` is the operation's page, `#connectionCreatedWebhook` the event's.
    const isWebhook = Object.values(openapi.webhooks ?? {}).some((item) => (item.post as { operationId?: string } | undefined)?.operationId === fragment);
    return fragment ? (isWebhook ? webhookPath(fragment) : operationPath(fragment)) : referencePath;
  }
  const provider = /^packages\/integrations\/src\/providers\/([^/]+)/.exec(repoPath);
  if (provider) return integrationPath(provider[1]!);
  if (repoPath === 'docs') return `${base}/`;
  // Anything else in the repository (source, package READMEs) is read there.
  return `${repositoryUrl}/blob/main/${repoPath}${hash}`;
}
