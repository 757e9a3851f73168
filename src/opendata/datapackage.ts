// dist/data/datapackage.json: a Frictionless Data Package (v1, profile data-package) describing every
// file of dist/data from the registry, with size and SHA-256 where the file exists when the package is
// written. JSON files point to their JSON Schema in the custom property `jsonschema` (the v1 `schema`
// property is a Table Schema); the CSV carries its Table Schema and dialect.
import { NOT_DESCRIBED, registeredFile, type TableDescription } from './registry.ts';

/** What the build knows of a file of dist/data: its path, and its size and hash once written. */
export interface FileFacts {
  path: string;
  bytes?: number;
  sha256?: string;
}

/** A Data Resource as written. */
export interface DataResource {
  name: string;
  path: string;
  profile: 'data-resource' | 'tabular-data-resource';
  title: string;
  description: string;
  format: string;
  mediatype: string;
  encoding: string;
  bytes?: number;
  hash?: string;
  jsonschema?: string;
  schema?: Omit<TableDescription, 'dialect'>;
  dialect?: TableDescription['dialect'];
}

/** The Data Package descriptor. */
export interface DataPackage {
  profile: 'data-package';
  name: string;
  title: string;
  description: string;
  homepage?: string;
  keywords: string[];
  sources: { title: string; path?: string }[];
  resources: DataResource[];
}

/** Raised for files of dist/data that no registry entry describes. */
export class UndescribedFilesError extends Error {
  readonly paths: string[];
  constructor(paths: string[]) {
    super(`files of dist/data that src/opendata/registry.ts does not describe: ${paths.join(', ')} — add an entry to DATA_FILES (or NOT_DESCRIBED)`);
    this.paths = paths;
  }
}

/** A resource name from a path: lower case, characters the profile allows ([-a-z0-9._/]). */
export function resourceName(path: string): string {
  return path.toLowerCase().replace(/[^-a-z0-9._/]/g, '-');
}

/** The package for these files (sorted by path); throws UndescribedFilesError for unregistered ones. */
export function dataPackage(files: FileFacts[], homepage: string | null): DataPackage {
  const missing: string[] = [];
  const resources: DataResource[] = [];
  for (const f of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    if (f.path in NOT_DESCRIBED) continue;
    const found = registeredFile(f.path);
    if (!found) {
      missing.push(f.path);
      continue;
    }
    const { entry, match } = found;
    const { dialect, ...schema } = entry.table ?? {};
    resources.push({
      name: resourceName(f.path),
      path: f.path,
      profile: entry.table ? 'tabular-data-resource' : 'data-resource',
      title: entry.title.replace('{*}', match),
      description: entry.description,
      format: entry.format,
      mediatype: entry.mediatype,
      encoding: entry.encoding,
      ...(f.bytes !== undefined ? { bytes: f.bytes } : {}),
      ...(f.sha256 ? { hash: `sha256:${f.sha256}` } : {}),
      ...(entry.jsonSchema ? { jsonschema: entry.jsonSchema } : {}),
      ...(entry.table ? { schema: schema as Omit<TableDescription, 'dialect'>, dialect } : {}),
    });
  }
  if (missing.length) throw new UndescribedFilesError(missing);
  return {
    profile: 'data-package',
    name: 'planatlas',
    title: 'PlanAtlas (规划通): Chinese local-government plans as open data',
    description: 'Plans, work programmes and their indicators as published by local governments, parsed into clause-level units with stable ids, with cross-links between plans. See the /data/ page of the site.',
    ...(homepage ? { homepage } : {}),
    keywords: ['规划', '十四五', 'local government', 'plans', 'indicators'],
    sources: [{ title: '各地人民政府及其部门公开发布的规划与工作方案原文（seed files, listed with their SHA-256 in manifest.json）' }],
    resources,
  };
}
