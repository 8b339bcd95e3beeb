/**
 * How entry bodies become HTML, shared by Astro's Markdown processor (astro.config.mjs) and the MDX
 * renderer of the content layer (src/lib/entry-body/render.ts), so both write the same HTML.
 */
import { rehypeHeadingIds, type RehypePlugins } from '@astrojs/markdown-remark';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';

/** Every section heading links to itself (#why-it-happens, #how-to-fix, each cause) for citing. */
export const entryRehypePlugins: RehypePlugins = [
  rehypeHeadingIds,
  [rehypeAutolinkHeadings, { behavior: 'wrap', properties: { class: 'heading-link' } }],
];
