import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importText } from '../pipeline/text/import-text.ts';
import { ResolutionSchema, type Resolution } from '../schemas/resolution.ts';

/**
 * The resolution the docs take their examples from: the seed every build holds (content/ is
 * always a source), E/RES/2015/26 in Chinese.
 */
export const SAMPLE_SOURCE = 'content/E-RES-2015-26.zh.txt';

let sample: Resolution | undefined;

/**
 * The sample's model, imported from its source by the archive's own importer, as scripts/build.ts
 * does, and validated as `/{lang}/{symbol}.json` serves it (the schema's key order). The docs are
 * rendered in the "lists" part of a sliced build, which has no models of its own to read.
 */
export function sampleResolution(root: string = process.cwd()): Resolution {
  sample ??= ResolutionSchema.parse(importText(readFileSync(join(root, SAMPLE_SOURCE)), SAMPLE_SOURCE).resolution);
  return sample;
}

/** The model as `/{lang}/{symbol}.json` serves it: pretty-printed, with a final line break. */
export function servedJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
