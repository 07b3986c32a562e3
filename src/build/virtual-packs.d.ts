// Types of the build-time pack modules (src/build/pack-modules.ts makes them).
declare module 'virtual:pledgewatch/first-look-pack' {
  /** JSON of core/engine-pack.ts `FirstLookPack`. */
  export const FIRST_LOOK_PACK: string;
}
declare module 'virtual:pledgewatch/full-pack' {
  /** JSON of `ScreenPack`. */
  export const SCREEN_PACK: string;
  /** JSON of `PagePack`. */
  export const PAGE_PACK: string;
}
declare module 'virtual:pledgewatch/term-info' {
  /** JSON of `TermInfo[]` (core/lexicon/term-info.ts): every bundled vague term, as cards and the term list show it. */
  export const TERM_INFO: string;
}
declare module 'virtual:pledgewatch/dataset' {
  /** JSON of the bundled `Dataset`, validated at build time. */
  export const DATASET_JSON: string;
}
