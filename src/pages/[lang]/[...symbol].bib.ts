import type { GetStaticPaths } from 'astro';
import { modelExport } from '../../export/model-exports.ts';
import { modelExportRoute, modelRoutePaths } from '../../utils/model-files.ts';

/** The resolution's reference in BibTeX (src/utils/cite-download.ts), `/zh/E/RES/2015/26.bib`. */
export const getStaticPaths = (() => modelRoutePaths()) satisfies GetStaticPaths;

/** Serves one model's export (src/export/model-exports.ts). */
export const GET = modelExportRoute(modelExport('.bib'));
