import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';

/** The model of each resolution page (CONTRACT.md), `/zh/E/RES/2015/26.json`, pretty-printed. */
export const getStaticPaths = (async () => {
  const models = await getCollection('models');
  return models.map((model) => ({
    params: { lang: model.data.lang, symbol: model.data.symbol },
    props: { model },
  }));
}) satisfies GetStaticPaths;

/** Serves one model as JSON. */
export const GET: APIRoute<{ model: CollectionEntry<'models'> }> = ({ props }) =>
  new Response(`${JSON.stringify(props.model.data, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
