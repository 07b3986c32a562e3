/**
 * Turns the options page's "add a vague term" form into a lexicon entry, validated with the same
 * `VagueTerm` schema as the bundled lexicon, plus the checks a person needs spelled out: a clear
 * message per field, no duplicate of a term already added, and an example that really contains it.
 */
import { CustomTerm, MAX_CUSTOM_TERMS } from '../../core/custom-terms';
import { VagueCategory, type VagueTerm } from '../../core/lexicon/schema';

export type CustomTermForm = {
  phrase: string;
  variants: string;
  category: string;
  explanation: string;
  alternative: string;
  example: string;
};

export type FormErrors = Partial<Record<keyof CustomTermForm, string>>;

export const EMPTY_FORM: CustomTermForm = { phrase: '', variants: '', category: 'hedge', explanation: '', alternative: '', example: '' };

export function slugify(phrase: string): string {
  return phrase
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const FIELD_NAMES: Record<string, keyof CustomTermForm> = {
  phrase: 'phrase',
  variants: 'variants',
  category: 'category',
  explanation: 'explanation',
  alternative: 'alternative',
  example: 'example',
};

export function parseCustomTerm(
  form: CustomTermForm,
  existing: ReadonlyArray<{ id: string }>,
): { ok: true; term: VagueTerm } | { ok: false; errors: FormErrors } {
  const phrase = form.phrase.trim().replace(/\s+/g, ' ');
  const variants = form.variants
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
  const errors: FormErrors = {};
  const slug = slugify(phrase);
  const candidate = {
    // Prefixed so a user's term never shadows a bundled lexicon entry of the same wording.
    id: slug === '' ? '' : `custom-${slug}`,
    phrase,
    variants,
    category: form.category,
    explanation: form.explanation.trim(),
    alternative: form.alternative.trim(),
    example: form.example.trim(),
    questionIds: [],
  };
  const parsed = CustomTerm.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      // The id is derived from the phrase; its problems are reported as the phrase's, below.
      if (issue.path[0] === 'id') continue;
      const field = FIELD_NAMES[String(issue.path[0])] ?? 'phrase';
      errors[field] ??= humanMessage(field, issue.message);
    }
  }
  if (phrase !== '' && slug === '') errors.phrase = 'The phrase needs at least one letter or digit.';
  if (!VagueCategory.safeParse(form.category).success) errors.category = 'Choose one of the listed categories.';
  if (!errors.phrase && existing.some((t) => t.id === candidate.id)) errors.phrase = `“${phrase}” is already in your terms.`;
  if (!errors.phrase && existing.length >= MAX_CUSTOM_TERMS) errors.phrase = `You already have ${MAX_CUSTOM_TERMS} terms, the most Pledgewatch keeps: remove one first.`;
  if (!errors.example && candidate.example !== '') {
    const text = candidate.example.toLowerCase();
    if (![phrase, ...variants].some((p) => p !== '' && text.includes(p.toLowerCase()))) {
      errors.example = 'The example sentence must contain the phrase or one of its variants.';
    }
  }
  if (Object.keys(errors).length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, term: parsed.data as VagueTerm };
}

function humanMessage(field: keyof CustomTermForm, raw: string): string {
  const required: Partial<Record<keyof CustomTermForm, string>> = {
    phrase: 'Enter the phrase to flag, e.g. “where feasible”.',
    explanation: 'Say in one sentence why a reader should ask more.',
    alternative: 'Give a more precise wording a reader could ask for.',
    example: 'Give a sentence in which the phrase appears.',
  };
  return /too small|>=1|at least/i.test(raw) ? (required[field] ?? raw) : raw;
}
