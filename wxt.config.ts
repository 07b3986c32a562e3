import { defineConfig } from 'wxt';
import { packVitePlugin } from './src/build/pack-modules';

// WXT builds the Chrome MV3 extension by default and the Firefox one with `-b firefox`.
// Preact is used through the automatic JSX runtime; no React compat layer is needed.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  outDir: '.output',
  // Static files copied as they are (toolbar icons): kept under assets/ with the rest of the artwork.
  publicDir: 'assets/public',
  manifest: ({ browser }) => ({
    name: 'Pledgewatch',
    description:
      'Checks what tech companies claim about facial recognition, AI ethics and human rights against their commitments, NGO questions and published assessments.',
    // `scripting`: the background injects the content script's full stage where the first stage could not
    // rule a page out (entrypoints/full.content.ts; WXT adds the content script's matches to the host permissions).
    // No `tabs`: the host permissions below already give the URL and title of every http(s) tab, the only
    // tabs the extension reads (popup, context menu, navigation clean-up); `tabs` would add every other tab.
    permissions: ['storage', 'contextMenus', 'alarms', 'scripting'],
    // No optional host permissions: the full stage's injection needs every http(s) host, the same sites the
    // content script already runs on (and the same install warning), so a submission endpoint needs no
    // further grant, and the options page asks for none.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // 140: the CSS Custom Highlight API and data_collection_permissions both arrived in Firefox 140.
            // Nothing leaves the browser unless the reader sets a flags endpoint; then each submitted flag carries the
            // page's address (browsingActivity) and the passage quoted from it (websiteContent): optional, asked for.
            gecko: {
              id: 'pledgewatch@pledgewatch.org',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'], optional: ['browsingActivity', 'websiteContent'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    // The engine's pack (lexicons, matcher plans, restated index), made from the sources at build time.
    plugins: [packVitePlugin()],
  }),
});
