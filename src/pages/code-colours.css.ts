import type { APIRoute } from 'astro';
import { codeColoursCss } from '../docs/code-classes.ts';

/** `/code-colours.css`: the classes of the docs' code samples, which carry no inline style (src/docs/code-classes.ts). */
export const GET: APIRoute = async () => new Response(await codeColoursCss(), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
