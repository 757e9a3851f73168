// dist/data/datapackage.json checked with real validators: the Frictionless v1 JSON profiles (shipped
// by the datapackage package) through Ajv (draft-04), Frictionless's own datapackage library, every
// JSON file against its published JSON Schema (Ajv, draft 2020-12) and every CSV row cast by the
// Table Schema (tableschema). And no file of dist/data goes undescribed.
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ajvDraft04 from 'ajv-draft-04';
import { Ajv2020 } from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';
import datapackage from 'datapackage';
import { Table } from 'tableschema';
import { DATA } from '../built.ts';
import { fileDigest, filesUnder } from '../../src/build/package.ts';
import { siteLocation } from '../../src/build/config.ts';
import { absoluteUrl, siteUrls } from '../../src/core/urls.ts';
import { dataPackage, UndescribedFilesError, type DataPackage } from '../../src/opendata/datapackage.ts';
import { NOT_DESCRIBED } from '../../src/opendata/registry.ts';

const require = createRequire(import.meta.url);
// CommonJS packages: their default export is also their `default` property.
const AjvDraft04 = ajvDraft04.default;
const addFormats = ajvFormats.default;
const profile = (name: string) => require(`datapackage/lib/profiles/${name}.json`) as object;

describe('data package', () => {
  const pkg = JSON.parse(readFileSync(join(DATA, 'datapackage.json'), 'utf8')) as DataPackage;

  it('is valid against the Frictionless Data Package profile, and each table against the Tabular Data Resource profile', () => {
    const ajv = new AjvDraft04({ strict: false, allErrors: true });
    addFormats(ajv);
    const validPackage = ajv.compile(profile('data-package'));
    expect(validPackage(pkg), JSON.stringify(validPackage.errors, null, 1)).toBe(true);
    const validTable = ajv.compile(profile('tabular-data-resource'));
    const tables = pkg.resources.filter((r) => r.profile === 'tabular-data-resource');
    expect(tables.length).toBeGreaterThan(0);
    for (const r of tables) expect(validTable(r), `${r.name}: ${JSON.stringify(validTable.errors)}`).toBe(true);
    // The profile check can fail: a resource name with capitals breaks it.
    expect(validPackage({ ...pkg, resources: [{ ...pkg.resources[0], name: 'Plans' }] })).toBe(false);
  });

  it('loads in Frictionless’s own library in strict mode', async () => {
    const loaded = await datapackage.Package.load(pkg, { basePath: DATA, strict: true });
    expect(loaded.valid, String(loaded.errors)).toBe(true);
    expect(loaded.resources.filter((r) => r.tabular).map((r) => r.name)).toEqual(pkg.resources.filter((r) => r.format === 'csv').map((r) => r.name));
    expect(loaded.resources.filter((r) => r.tabular).length).toBeGreaterThan(0);
  });

  it('describes every file of dist/data (except the page and itself), each once, with true sizes and hashes', () => {
    const files = filesUnder(DATA).filter((f) => !(f in NOT_DESCRIBED));
    expect(pkg.resources.map((r) => r.path).sort()).toEqual(files.sort());
    expect(new Set(pkg.resources.map((r) => r.name)).size).toBe(pkg.resources.length);
    for (const r of pkg.resources) {
      if (r.path === 'manifest.json' || r.path === 'SHA256SUMS') {
        expect(r.hash, `${r.path} is written after the package`).toBeUndefined();
        continue;
      }
      const d = fileDigest(join(DATA, r.path));
      expect(r.bytes, r.path).toBe(d.bytes);
      expect(r.hash, r.path).toBe(`sha256:${d.sha256}`);
    }
    const { base, origin } = siteLocation();
    expect(pkg.homepage).toBe(origin ? absoluteUrl(siteUrls(base).data(), origin) : undefined);
  });

  it('a file the registry does not know stops the package (a new JSON file, a new CSV folder)', () => {
    const files = [...pkg.resources.map((r) => ({ path: r.path })), { path: 'forecast.json' }, { path: 'reports/2025.csv' }];
    expect(() => dataPackage(files, null)).toThrow(UndescribedFilesError);
    try {
      dataPackage(files, null);
    } catch (e) {
      expect((e as UndescribedFilesError).paths).toEqual(['forecast.json', 'reports/2025.csv']);
    }
  });

  it('every JSON file validates against the JSON Schema the package names for it', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    const compiled = new Map<string, ReturnType<typeof ajv.compile>>();
    let checked = 0;
    for (const r of pkg.resources) {
      if (!('jsonschema' in r) || !r.jsonschema) continue;
      let validate = compiled.get(r.jsonschema);
      if (!validate) compiled.set(r.jsonschema, (validate = ajv.compile(JSON.parse(readFileSync(join(DATA, r.jsonschema), 'utf8')))));
      expect(validate(JSON.parse(readFileSync(join(DATA, r.path), 'utf8'))), `${r.path}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
      checked++;
    }
    expect(checked).toBeGreaterThan(5);
  });

  it('each CSV’s Table Schema matches its header, and every row casts to the declared types', async () => {
    for (const r of pkg.resources.filter((x) => x.profile === 'tabular-data-resource')) {
      const table = await Table.load(join(DATA, r.path), { schema: r.schema, bom: true, delimiter: r.dialect!.delimiter });
      const rows = await table.read({ keyed: true, cast: true });
      expect(table.headers, r.path).toEqual(r.schema!.fields.map((f) => f.name));
      expect(rows.length, r.path).toBeGreaterThan(0);
      const raw = readFileSync(join(DATA, r.path), 'utf8');
      expect(raw.split(r.dialect!.lineTerminator).length - 2, `${r.path}: rows end with the declared line terminator`).toBe(rows.length);
    }
  });

  it('a wrong type in the Table Schema is caught by the row check', async () => {
    const r = pkg.resources.find((x) => x.path === 'indicators.csv')!;
    const wrong = { ...r.schema!, fields: r.schema!.fields.map((f) => (f.name === 'unit' ? { ...f, type: 'integer' } : f)) };
    const table = await Table.load(join(DATA, r.path), { schema: wrong, bom: true, delimiter: ',' });
    await expect(table.read({ cast: true })).rejects.toThrow(/type and format mismatch/);
  });
});
