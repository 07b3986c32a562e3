#!/usr/bin/env node
// `npx pledgewatch scan PATH...`: runs the TypeScript CLI through tsx (a runtime dependency), so the
// command works from a checkout or an install without a separate build step.
import { tsImport } from 'tsx/esm/api';

const { main } = await tsImport('./pledgewatch.ts', import.meta.url);
process.exitCode = await main(process.argv.slice(2));
