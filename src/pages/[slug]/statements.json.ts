import type { APIRoute, GetStaticPaths } from 'astro';
import { storyStatementsPaths, type StatementsFile } from '../../lib/routes/story-files.ts';

export const getStaticPaths = (() => storyStatementsPaths()) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: StatementsFile }> = ({ props }) =>
  new Response(JSON.stringify(props.file, null, 2), { headers: { 'Content-Type': 'application/json' } });
