/**
 * The bundled dataset as the background and the extension's pages read it: validated with zod at build time
 * (build/pack-modules.ts), parsed here once. Node code (the CLI, scripts, tests) validates the JSON sources
 * itself (dataset.ts `getBundledDataset`). A build made with PLEDGEWATCH_DATASET_SCALE carries the scaled
 * dataset here too, so the background answers the content script from the same records its pack was made of.
 */
import { DATASET_JSON } from 'virtual:pledgewatch/dataset';
import type { Dataset } from './schema';

let dataset: Dataset | undefined;

export const extensionDataset = (): Dataset => (dataset ??= JSON.parse(DATASET_JSON) as Dataset);
