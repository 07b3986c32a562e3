/** Lexicon words for vague-term ids, for the extension pages (records carry ids, readers want phrases). */
import { getVagueTerms } from '../../core/lexicon';
import type { VagueTerm } from '../../core/lexicon/schema';
import { termLabel } from '../../core/records/records';

let byId: Map<string, VagueTerm> | undefined;

export function vagueTerm(id: string): VagueTerm | undefined {
  byId ??= new Map(getVagueTerms().map((t) => [t.id, t]));
  return byId.get(id);
}

/** The lexicon's phrase for an id; the id in words when the lexicon no longer has it. */
export function vaguePhrase(id: string): string {
  return vagueTerm(id)?.phrase ?? termLabel(id);
}
