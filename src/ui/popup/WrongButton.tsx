import { useState } from 'preact/hooks';
import type { PageAnalysis } from '../../core/analysis-schema';
import type { CorrectionCategory } from '../../data/schema';
import { correctionDraft, type CorrectionRequest } from '../../flags/model/correction-flag';
import { flagsDb } from '../../flags/store/flags-db';
import { saveFlag } from '../../flags/store/flags-store';
import { CATEGORY_LABELS, errorText } from '../../flags/ui/flag-labels';
import type { FlaggedPage } from '../../flags/ui/read-page';

/**
 * "Wrong?" on a popup section: one click saves a correction flag of `category` for this page, with the
 * passage and term when there is one, built exactly as the card's (correctionDraft). Kept in this
 * browser like the card's; the reader sends or edits it from Options.
 */
export function WrongButton(props: {
  page: FlaggedPage | null;
  analysis: PageAnalysis;
  category: CorrectionCategory;
  passage?: string;
  term?: CorrectionRequest['term'];
  /** What is wrong, for the accessible name: "IBM as this page’s company". */
  what: string;
}) {
  const [status, setStatus] = useState<{ text: string; error: boolean; flagId?: string }>({ text: '', error: false });
  if (!props.page) return null;
  const page = props.page;
  const save = async () => {
    try {
      const draft = correctionDraft({ category: props.category, passage: props.passage ?? '', term: props.term ?? null, textHash: page.textHash }, page.url, props.analysis);
      const { flag } = await saveFlag(await flagsDb(), draft, { submit: false });
      setStatus({ text: `Saved: “${CATEGORY_LABELS[props.category]}”.`, error: false, flagId: flag.id });
    } catch (e) {
      setStatus({ text: `Not saved: ${errorText(e)}`, error: true });
    }
  };
  return (
    <span class="pw-wrong" data-pw-wrong={props.category}>
      <button type="button" class="pw-button pw-button--link" onClick={save} aria-label={`Wrong? ${CATEGORY_LABELS[props.category]}: ${props.what}`}>
        Wrong?
      </button>
      <span role="status" class={status.error ? 'pw-error' : 'pw-saved'} data-pw-wrong-status>
        {status.text}
        {status.flagId ? (
          <>
            {' '}
            <a href={`options.html#flag=${status.flagId}`} target="_blank" rel="noopener">
              Edit
            </a>
          </>
        ) : null}
      </span>
    </span>
  );
}
