// Content collection of plan body pages: content/plans/<slug>/<pageId>.mdx, id "<slug>/<pageId>".
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const planPages = defineCollection({
  loader: glob({
    pattern: '**/*.mdx',
    base: './content/plans',
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
  }),
});

export const collections = { planPages };
