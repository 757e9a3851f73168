// YAML frontmatter for generated MDX: scalars only, every string double-quoted and escaped.
import type { Literal } from 'mdast';

/** A frontmatter block as an mdast node (the shape mdast-util-frontmatter uses). */
export interface Yaml extends Literal {
  type: 'yaml';
}

declare module 'mdast' {
  interface RootContentMap {
    yaml: Yaml;
  }
}

export type FrontmatterValue = string | number;

// Characters YAML 1.2 does not allow raw (DEL, C1 controls, non-characters), that YAML 1.1 takes
// as line breaks (NEL, LS, PS), and the BOM. Astro's js-yaml 4 happens to accept them raw; the
// escaped form reads back the same everywhere. JSON.stringify already escapes C0 and lone surrogates.
const YAML_UNSAFE = /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g;

/** Quotes a string so any title (quotes, colons, '#', '---', newlines) survives YAML parsing. */
export function yamlString(value: string): string {
  // A JSON string is a valid YAML 1.2 double-quoted scalar with the same escapes.
  return JSON.stringify(value).replace(YAML_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Builds the frontmatter node, so the writer never concatenates user text into YAML. */
export function frontmatterNode(fields: Record<string, FrontmatterValue>): Yaml {
  const lines = Object.entries(fields).map(([key, value]) => {
    if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(key)) throw new Error(`frontmatter key not plain: ${key}`);
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) throw new Error(`frontmatter ${key} is not a finite number`);
      return `${key}: ${value}`;
    }
    return `${key}: ${yamlString(value)}`;
  });
  return { type: 'yaml', value: lines.join('\n') };
}
