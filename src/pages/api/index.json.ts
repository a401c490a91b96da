import type { APIRoute } from 'astro';
import { allResolutions } from '../../utils/archive.ts';
import { buildCatalogue } from '../../utils/catalogue.ts';

/** The catalogue (CONTRACT.md), `/api/index.json`: every resolution, its languages, titles, dates and pages. */
export const GET: APIRoute = async () => {
  const catalogue = buildCatalogue((await allResolutions()).map((entry) => entry.data));
  return new Response(`${JSON.stringify(catalogue, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
