/**
 * The reviewer page, bundled from TypeScript/Preact by esbuild when the server starts (well under a
 * second), so `npm run server` stays one command on a fresh clone and the page never goes stale.
 * esbuild comes with the development dependencies (vite, wxt); a deployment installed without them
 * serves the API only and says so.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

export const REVIEWER_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Pledgewatch — review flags</title>
<style>
  body { font: 15px/1.45 system-ui, sans-serif; margin: 0; color: #1b1b1b; background: #fafafa; }
  header { padding: .6rem 1rem; background: #1d3557; color: #fff; display: flex; gap: 1rem; align-items: center; }
  header h1 { font-size: 1.1rem; margin: 0; flex: 1; }
  main { display: grid; grid-template-columns: minmax(18rem, 28rem) 1fr; gap: 1rem; padding: 1rem; }
  form.filters { display: flex; flex-wrap: wrap; gap: .4rem; margin-bottom: .6rem; }
  label { display: inline-flex; flex-direction: column; font-size: .85rem; gap: .15rem; }
  ul.queue { list-style: none; padding: 0; margin: 0; }
  ul.queue button { width: 100%; text-align: left; padding: .5rem; margin-bottom: .3rem; border: 1px solid #ccc; background: #fff; border-radius: 4px; cursor: pointer; font: inherit; }
  ul.queue button[aria-current="true"] { border-color: #1d3557; box-shadow: 0 0 0 2px #1d355733; }
  .meta { color: #555; font-size: .85rem; }
  blockquote { white-space: pre-wrap; border-left: 4px solid #e9c46a; margin: .5rem 0; padding: .3rem .8rem; background: #fff; }
  .note { white-space: pre-wrap; }
  .actions { display: flex; flex-wrap: wrap; gap: .5rem; align-items: end; margin: .8rem 0; }
  .status { padding: .4rem .6rem; border-radius: 4px; background: #eef; margin: .5rem 0; }
  .status.error { background: #fde2e1; }
  :focus-visible { outline: 3px solid #f4a261; outline-offset: 2px; }
  @media (max-width: 50rem) { main { grid-template-columns: 1fr; } }
</style>
</head>
<body>
<div id="app"></div>
<script type="module" src="/review/app.js"></script>
</body>
</html>
`;

export async function buildReviewerPage(): Promise<{ html: string; script: string } | null> {
  let esbuild: typeof import('esbuild');
  try {
    esbuild = await import('esbuild');
  } catch {
    console.error('server: esbuild is not installed (development dependencies omitted): the reviewer page is not served; the API works');
    return null;
  }
  const result = await esbuild.build({
    entryPoints: [path.join(here, 'reviewer-app.tsx')],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    legalComments: 'none',
    logLevel: 'silent',
  });
  return { html: REVIEWER_HTML, script: result.outputFiles[0]!.text };
}
