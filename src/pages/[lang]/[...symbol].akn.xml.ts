import type { APIRoute, GetStaticPaths } from 'astro';
import { resolutionToAkn } from '../../export/akn/to-akn.ts';
import { modelRoutePaths, readModelFile } from '../../utils/model-files.ts';

/**
 * Each resolution page as Akoma Ntoso 3.0 XML (CONTRACT.md), `/zh/E/RES/2015/26.akn.xml`: the
 * same model as `/zh/E/RES/2015/26.json`, written by `resolutionToAkn` with the contract's
 * anchor ids as eIds.
 */
export const getStaticPaths = (() => modelRoutePaths()) satisfies GetStaticPaths;

/**
 * Serves one model as Akoma Ntoso XML. As `application/xml`, what static hosts send for a `.xml`
 * file, so that the development server and the deployed site agree and a browser shows it
 * (`application/akn+xml` is not a registered type, and browsers download it).
 */
export const GET: APIRoute<{ path: string }> = ({ props }) =>
  new Response(resolutionToAkn(readModelFile(props.path)), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
