/**
 * The first stage's part of the engine's pack (build/pack-modules.ts), parsed once per page when first
 * needed. Nothing here imports the matcher, the lexicons or zod: the first stage runs on every page.
 */
import { FIRST_LOOK_PACK } from 'virtual:pledgewatch/first-look-pack';
import type { FirstLookPack } from '../core/engine-pack';
import { createFirstLook, type FirstLook } from '../core/relevance/first-look';

let pack: FirstLookPack | undefined;
let firstLook: FirstLook | undefined;

export const firstLookPack = (): FirstLookPack => (pack ??= JSON.parse(FIRST_LOOK_PACK) as FirstLookPack);
export const contentFirstLook = (): FirstLook => (firstLook ??= createFirstLook(firstLookPack()));
