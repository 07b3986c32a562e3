/**
 * When "this commitment's words are no longer on this page" may be said. A false notice accuses a company
 * of withdrawing words it never wrote there, or that the reader simply could not see; so it is shown only when
 * 1. the quote was read on this exact page: the company's own words (not a reported practice) whose
 *    `pageUrl` is this page's address, from a source read on the publisher's own page (`verified` or
 *    `seed`). A third party's description of the company (B-Tech's "human rights policies that signal a
 *    commitment…") or a reprint was never on the company's page, so its absence says nothing;
 * 2. the page's main text was read in full (`readingOf`): not a cookie or consent wall, a paywall or sign-in
 *    wall, a page still loading, or text cut off mid-sentence;
 * 3. neither the quote nor a close paraphrase is found (restated.ts, similarity ≥ RESTATED_MIN_SIMILARITY).
 * Where 1 holds but 2 does not, the popup says "could not check" instead of saying nothing.
 */
// Types only: the content script runs `readingOf` and carries no zod (data/schema.ts is zod).
import type { Commitment, Dataset } from '../data/schema';
import type { PageReading } from './analysis-schema';
import { comparableUrl } from './url-utils';

/** The commitment's quote was read on this page: the company's own words, read on its own page at this address. */
export function quoteReadHere(commitment: Commitment, dataset: Dataset, url: string): boolean {
  if (commitment.kind === 'reported-practice' || !commitment.pageUrl || comparableUrl(commitment.pageUrl) !== comparableUrl(url)) return false;
  // Its own source was read there, on the publisher's page: not an NGO's letter that names the page.
  const source = dataset.sources.find((s) => s.id === commitment.sourceId);
  if (!source?.url || comparableUrl(source.url) !== comparableUrl(url)) return false;
  return source.verification === 'verified' || source.verification === 'seed';
}

/** Words that put a wall before the text: consent banners, paywalls, sign-in walls. */
const WALL =
  /\b(?:accept (?:all )?cookies|we use cookies|cookie (?:settings|preferences|consent)|manage (?:your )?(?:cookie )?preferences|subscribe to (?:continue|read)|subscribers only|already a subscriber|sign in to (?:continue|read)|log in to (?:continue|read)|to continue reading|create a free account to)\b/i;
const LOADING = /^\s*(?:loading|please wait|one moment|enable javascript|you need to enable javascript)\b/i;
/** Below this the text is a shell (a page still loading, an error page), not a statement. */
const MIN_TEXT = 120;
/** A page longer than this with a consent banner still shows its text beside the banner. */
const WALL_MAX_TEXT = 2500;

/**
 * How much of the page's main text was read. Judged from the text alone, so the CLI and the content script
 * agree: a wall's words on a short page, a shell of a page, or a last paragraph (a line of twelve words or
 * more) that stops without ending its sentence.
 */
export function readingOf(text: string): PageReading {
  const trimmed = text.trim();
  if (trimmed.length < MIN_TEXT || LOADING.test(trimmed)) return 'loading';
  if (trimmed.length < WALL_MAX_TEXT && WALL.test(trimmed)) return 'wall';
  const paragraphs = trimmed.split('\n').map((l) => l.trim()).filter((l) => l.split(/\s+/).length >= 12);
  const last = paragraphs.at(-1);
  if (last && !/[.!?…:;)"'”’»]$/.test(last)) return 'truncated';
  return 'full';
}
