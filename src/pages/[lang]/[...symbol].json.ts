import type { APIRoute, GetStaticPaths } from 'astro';
import { modelRoutePaths, readModelFile } from '../../utils/model-files.ts';

/** The model of each resolution page (CONTRACT.md), `/zh/E/RES/2015/26.json`, pretty-printed. */
export const getStaticPaths = (() => modelRoutePaths()) satisfies GetStaticPaths;

/** Serves one model as JSON. */
export const GET: APIRoute<{ path: string }> = ({ props }) =>
  new Response(`${JSON.stringify(readModelFile(props.path), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
