import type { GetStaticPaths } from 'astro';
import { modelExport } from '../../export/model-exports.ts';
import { modelExportRoute, modelRoutePaths } from '../../utils/model-files.ts';

/** Each resolution page as Akoma Ntoso 3.0 XML (CONTRACT.md), `/zh/E/RES/2015/26.akn.xml`: the same model as its `.json`, with the contract's anchor ids as eIds (src/export/akn/to-akn.ts). */
export const getStaticPaths = (() => modelRoutePaths()) satisfies GetStaticPaths;

/** Serves one model's export (src/export/model-exports.ts). */
export const GET = modelExportRoute(modelExport('.akn.xml'));
