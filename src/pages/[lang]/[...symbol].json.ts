import type { GetStaticPaths } from 'astro';
import { modelExport } from '../../export/model-exports.ts';
import { modelExportRoute, modelRoutePaths } from '../../utils/model-files.ts';

/** The model of each resolution page (CONTRACT.md), `/zh/E/RES/2015/26.json`, pretty-printed. */
export const getStaticPaths = (() => modelRoutePaths()) satisfies GetStaticPaths;

/** Serves one model's export (src/export/model-exports.ts). */
export const GET = modelExportRoute(modelExport('.json'));
