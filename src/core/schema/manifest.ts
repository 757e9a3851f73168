// The checksum manifest: dist/data/manifest.json (and the same lines as dist/data/SHA256SUMS for
// `sha256sum -c`). It lists the seed files the plans were read from and every published data file,
// so a reader can check that a copy is complete and unchanged.
import { z } from 'zod';

/** One file of the manifest. */
export const ManifestFile = z.object({
  /** Path relative to the folder of the manifest (dist/data): plans.json, plans/<slug>.json; seeds as
   * ../sources/<file>, where the site publishes the originals. */
  path: z.string(),
  /** 'seed': a source file as read by the build; 'data': a published data file. */
  role: z.enum(['seed', 'data']),
  bytes: z.number().int().nonnegative(),
  /** SHA-256 of the file's bytes, lower-case hex. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type ManifestFile = z.infer<typeof ManifestFile>;

/** manifest.json. */
export const Manifest = z.object({
  version: z.literal(1),
  algorithm: z.literal('sha256'),
  /** Seeds first, then data files, each group sorted by path. */
  files: z.array(ManifestFile),
});
export type Manifest = z.infer<typeof Manifest>;
