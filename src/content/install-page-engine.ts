/**
 * The injected engine script's one job (entrypoints/engine.content.ts): build the page's own engine from the
 * build-time pack, each part parsed when a step first needs it, and hand it to the full stage (page-engine.ts).
 */
import { FIRST_LOOK_PACK } from 'virtual:pledgewatch/first-look-pack';
import { PAGE_PACK, SCREEN_PACK } from 'virtual:pledgewatch/full-pack';
import { createEngine, type Engine } from '../core/engine';
import type { FirstLookPack, PagePack, ScreenPack } from '../core/engine-pack';
import { handOverPageEngine } from './page-engine';

export const createPageEngine = (): Engine =>
  createEngine({
    firstLook: () => JSON.parse(FIRST_LOOK_PACK) as FirstLookPack,
    screen: () => JSON.parse(SCREEN_PACK) as ScreenPack,
    page: () => JSON.parse(PAGE_PACK) as PagePack,
  });

export function installPageEngine(): void {
  handOverPageEngine(createPageEngine);
}
