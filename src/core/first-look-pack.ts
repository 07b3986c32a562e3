/**
 * The part of the build-time pack (core-pack.ts) every page needs: the topic terms with their relaxed
 * plan (relaxed-screen.ts) and the dataset's tracked domains and commitment pages. It is all the content
 * script's first stage (content/first-look.ts) loads, so this module imports no matcher, lexicon or zod.
 */
import { FIRST_LOOK_PACK } from './generated/core-pack-data';
import type { TopicTerm } from './lexicon/schema';
import { compileRelaxedScreen, type RelaxedPlan, type RelaxedScreen } from './relaxed-screen';
import type { ScreenHints } from './screen-hints';

export interface FirstLookPack {
  datasetVersion: string;
  topicTerms: TopicTerm[];
  relaxedPlan: RelaxedPlan | null;
  domains: string[];
  /** Comparable URLs of commitments' own pages. */
  commitmentPages: string[];
}

let loaded: { pack: FirstLookPack; hints: ScreenHints; screen: RelaxedScreen | null } | undefined;

/** Parses the first-look part once; `screen` is null only for a lexicon the bound cannot serve. */
export function loadFirstLookPack(): { pack: FirstLookPack; hints: ScreenHints; screen: RelaxedScreen | null } {
  if (loaded) return loaded;
  const pack = JSON.parse(FIRST_LOOK_PACK) as FirstLookPack;
  return (loaded = {
    pack,
    hints: { domains: pack.domains, commitmentPages: new Set(pack.commitmentPages) },
    screen: compileRelaxedScreen(pack.topicTerms, pack.relaxedPlan),
  });
}
