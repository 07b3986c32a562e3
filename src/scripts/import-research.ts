/**
 * `npx tsx src/scripts/import-research.ts [--dir DATASET_DIR] [--report FILE] RECORDS.json...`
 *
 * Turns researchers' staging files (the format of src/data/research-staging-format.md: companies with their
 * statements and verbatim quotes, NGO letters with answers, assessments) into dataset records, adds
 * them to the dataset folder and prints every entry it left out with the reason. Reviewable rules, not
 * judgement calls hidden in data:
 * - a company's quote becomes a commitment only if it is one or two sentences of at most 400
 *   characters, unedited (no "[…]" insertions), not a translation, not a placeholder, not already the
 *   quote of another company, and not a copy or part of one already recorded for the same company;
 * - a source keeps the address, date and verification the researcher recorded, except a date the
 *   researcher read only in the page's address (never taken as the page's date); a source left without
 *   a date gets `readOn`, the day of the import (shown as "undated page; read on …");
 * - `pageUrl` (the extension's "quote no longer on this page" check) only where the quote was read on
 *   the company's own page (verified, on one of its domains);
 * - every status is `unknown` as of the statement's date: nobody checked anything after it;
 * - vagueTermIds are the lexicon terms whose phrase stands in the quote (never "may": the month);
 * - names and aliases that are ordinary words are only ambiguous names; an alias that another company
 *   also answers to, a former or parenthesised name, or one in another script is left out; domains
 *   lose "www." and staging, test, pre-production and CDN hosts are left out;
 * - a letter's question becomes a question record only with a date, an NGO asker, its verbatim text
 *   addressed to the company, and what became of the answer; `number` only where the letter numbers it.
 * Idempotent: records already in the dataset (same id, or the same words) are skipped.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { containsPhrase, isPlaceholder } from '../data/integrity';
import { phrasesOf } from '../core/lexicon/phrases';

type Rec = Record<string, any>;

const root = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
const { values: args, positionals } = parseArgs({ options: { dir: { type: 'string' }, report: { type: 'string' } }, allowPositionals: true });
const dir = path.resolve(args.dir ?? path.join(root, 'src/data/dataset'));
const read = (name: string): any => JSON.parse(readFileSync(path.join(dir, `${name}.json`), 'utf8'));
const write = (name: string, value: unknown) => writeFileSync(path.join(dir, `${name}.json`), JSON.stringify(value, null, 2) + '\n');

const skipped: string[] = [];
const skip = (what: string, why: string) => skipped.push(`${what}: ${why}`);

// ---- Decisions a maintainer made on reading the staging files (each with its reason) ----

/** Staging names of companies already in the dataset. */
const SAME_COMPANY: Record<string, string> = {
  'Telefónica': 'telefonica',
  'BT Group': 'bt',
  'Hewlett Packard Enterprise': 'hpe',
  'X (Twitter)': 'twitter',
  'Meta (Facebook)': 'meta',
  'Clearview AI': 'clearview-ai',
};
/** New companies' ids and display names where the staging name carries a parenthesis or symbol. */
const NEW_COMPANY: Record<string, { id: string; name: string; aliases?: string[] }> = {
  'AT&T': { id: 'att', name: 'AT&T' },
  'SoundThinking (ShotSpotter)': { id: 'soundthinking', name: 'SoundThinking', aliases: ['ShotSpotter'] },
  'Oosto (formerly AnyVision)': { id: 'oosto', name: 'Oosto', aliases: ['AnyVision'] },
  'SAFR (RealNetworks)': { id: 'safr', name: 'SAFR' },
  'Rank One Computing (ROC)': { id: 'rank-one-computing', name: 'Rank One Computing' },
  'Ring (Amazon)': { id: 'ring', name: 'Ring', aliases: ['Amazon Ring'] },
  'Live Nation / Ticketmaster': { id: 'live-nation', name: 'Live Nation' },
};
/** Ordinary words (or another thing's name): matched only in exact case and only when backed by other evidence. */
const ORDINARY_WORDS = new Set(
  ['apple', 'meta', 'orange', 'axis', 'ring', 'zoom', 'snap', 'flock', 'intel', 'adobe', 'axon', 'thales', 'workday', 'cohere', 'anthropic', 'x', 'target', 'oracle', 'sensing feeling', 'hugging face', 'telekom', 'clearview', 'rank one', 'safr'].map((w) => w.toLowerCase()),
);
/** Words that are the company's but commit it to nothing (its first words → why), as decided for IBM's 2018 page in 2.0.0. */
const NOT_A_COMMITMENT: Record<string, string> = {
  'IBM has for decades followed core principles': 'a history claim, removed from IBM’s 2018 principles in dataset 2.0.0',
  'We encourage all technology companies to adopt similar principles': 'advice to other companies, removed from IBM’s 2018 principles in dataset 2.0.0',
  'Anytime they pulled anyone over, they wanted to run a face scan': 'describes a customer’s request, not the company’s position',
};
/** Names of a subsidiary, an arm or a former business, not of the company itself. */
const NOT_THE_COMPANY = new Set(['Vodafone Ireland', 'Verizon Media', 'Hikvision UK', 'IDEMIA Public Security', 'Salesforce.org']);
/** Hosts that are not the company's public site. */
const NOT_A_PUBLIC_HOST = /(^|[.-])(staging|test|pre|preprod|cdn|origin|dev)([.-]|$)|^www-|-test\.|esg-test/;

/** Staging assessments that are one already in the dataset under another title (title → record). */
const SAME_ASSESSMENT: Record<string, string> = {
  'Specific human rights impact assessments (network deployment, children’s rights, privacy and freedom of expression, AI use)': 'telefonica-human-rights-impact-assessments',
  '5G human rights assessment': 'ericsson-2021-5g-hra',
};
/** Letters left out, by address, with the reason. */
const LETTER_DECISIONS: Record<string, string> = {
  'https://business-humanrights.org/es/últimas-noticias/open-letter-calling-on-elected-officials-to-stop-amazons-doorbell-surveillance-partnerships-with-police':
    'the letter is addressed to mayors and city councils, not to Ring; its words are not a question to the company',
  'https://www.theregister.com/2021/08/20/hikvision_surveillance_camera_commissioner_uighur_controversy/': 'the asker is a UK regulator, not an NGO',
  'https://edri.org/ibm-facial-recognition-solution-cannot-be-left-to-companies/': 'EDRi’s letter to IBM is already recorded question by question from the letter itself',
};

// ---- Helpers ----

const slug = (s: string, max = 48) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+[^-]*$/, (tail) => (tail.length > 1 && s.length > max ? '' : tail))
    .replace(/-+$/g, '');
const wordsOf = (t: string) => ` ${t.toLowerCase().replace(/[’‘`]/g, "'").replace(/[^\p{L}\p{N}']+/gu, ' ').trim()} `;
const STOP = new Set('a an the its it to of and or in on for with by as at is are be will we our from that this their not'.split(' '));
const keyWords = (s: string, n: number) => slug(s.split(/\s+/).filter((w) => !STOP.has(w.toLowerCase().replace(/[^a-z]/g, ''))).slice(0, n).join(' '), 40);
const sentences = (t: string) => t.split(/(?<=[.!?][”"’)]?)\s+(?=[A-Z“"‘(])/).filter((x) => x.trim().length > 0);
const isDate = (d: unknown): d is string => typeof d === 'string' && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(d);
const bareDomain = (d: string) => d.toLowerCase().replace(/^https?:\/\//, '').replace(/\/.*$/, '').replace(/^www\./, '');
const hostOf = (u: string) => {
  try {
    return new URL(u).hostname.toLowerCase();
  } catch {
    return '';
  }
};
const onDomain = (host: string, domain: string) => host === domain || host.endsWith(`.${domain}`) || host === `www.${domain}`;
const validUrl = (u: unknown): u is string => {
  if (typeof u !== 'string') return false;
  try {
    return ['http:', 'https:'].includes(new URL(u).protocol);
  } catch {
    return false;
  }
};

function main(): void {
  const sources: Rec[] = read('sources');
  const organisations: Rec[] = read('organisations');
  const companies: Rec[] = read('companies');
  const commitments: Rec[] = read('commitments');
  const questions: Rec[] = read('questions');
  const assessments: Rec[] = read('assessments');
  const lexicon: Rec = JSON.parse(readFileSync(path.join(root, 'src/core/lexicon/vague-terms.json'), 'utf8'));
  const vagueIn = (text: string) => lexicon.terms.filter((t: Rec) => t.id !== 'may' && containsPhrase(text, phrasesOf(t as { phrase: string; variants?: string[] }))).map((t: Rec) => t.id as string);

  const ids = new Set<string>([...sources, ...organisations, ...companies, ...commitments, ...questions, ...assessments].map((r) => r.id));
  const uniqueId = (base: string) => {
    let id = base.replace(/-+$/, '');
    for (let i = 2; ids.has(id); i++) id = `${base}-${i}`;
    ids.add(id);
    return id;
  };
  const recordedBefore = new Set<string>(assessments.map((a) => a.id));
  const before = { sources: sources.length, organisations: organisations.length, companies: companies.length, commitments: commitments.length, questions: questions.length, assessments: assessments.length };

  const staged = positionals.map((file) => ({ file, data: JSON.parse(readFileSync(file, 'utf8')) as Rec }));

  // Companies first: every name another company answers to is known before aliases are chosen.
  const companyByName = new Map<string, Rec>();
  for (const c of companies) for (const n of [c.name, ...c.aliases, ...c.ambiguousNames]) companyByName.set(n.toLowerCase(), c);
  const companyFor = (name: string): Rec | undefined => {
    const known = SAME_COMPANY[name] ?? NEW_COMPANY[name]?.id;
    if (known) return companies.find((c) => c.id === known);
    return companyByName.get(name.toLowerCase());
  };
  const ensureCompany = (name: string): Rec => {
    const found = companyFor(name);
    if (found) return found;
    const decided = NEW_COMPANY[name];
    const display = decided?.name ?? name;
    const company: Rec = { id: uniqueId(decided?.id ?? slug(display)), name: display, type: 'company', aliases: [], ambiguousNames: [], domains: [], sourceIds: [] };
    if (ORDINARY_WORDS.has(display.toLowerCase())) company.ambiguousNames.push(display);
    for (const alias of decided?.aliases ?? []) company.aliases.push(alias);
    companies.push(company);
    companyByName.set(name.toLowerCase(), company);
    companyByName.set(display.toLowerCase(), company);
    return company;
  };
  const allStagedNames = new Set<string>();
  for (const { data } of staged) for (const c of data.companies ?? []) allStagedNames.add(c.name.toLowerCase());

  const sourceByUrl = new Map<string, Rec>(sources.filter((s) => s.url).map((s) => [s.url, s]));
  const ensureSource = (s: { url: string; title: string; publisher: string; date: string | null; verification: string; note: string }, idBase: string): Rec => {
    const have = sourceByUrl.get(s.url);
    if (have) return have;
    // A page that bears no date gets the day it is recorded (readOn), never a guessed publication date.
    const readOn = s.date === null ? new Date().toISOString().slice(0, 10) : null;
    const source: Rec = { id: uniqueId(idBase), title: s.title, publisher: s.publisher, date: s.date, readOn, url: s.url, seed: null, verification: s.verification, note: s.note };
    sources.push(source);
    sourceByUrl.set(s.url, source);
    return source;
  };
  const addSourceTo = (record: Rec, id: string) => {
    if (!record.sourceIds.includes(id)) record.sourceIds.push(id);
  };

  const ownWords = new Map<string, Rec>(commitments.filter((c) => c.kind !== 'reported-practice').map((c) => [wordsOf(c.quote), c]));

  for (const { file, data } of staged) {
    const where = path.basename(file);
    for (const sc of data.companies ?? []) {
      const company = ensureCompany(sc.name);
      // Names for detection.
      const others = [...companyByName.entries()].filter(([, c]) => c !== company).map(([n]) => n);
      for (const raw of sc.aliasesSeen ?? []) {
        const alias = String(raw).trim();
        const low = alias.toLowerCase();
        if (NOT_THE_COMPANY.has(alias)) {
          skip(`${where}: ${sc.name}: alias "${alias}"`, 'a subsidiary, an arm or a former business, not the company itself');
          continue;
        }
        if (/[()]|former/i.test(alias) || /[^\p{Script=Latin}\p{N}\s.,&'’+-]/u.test(alias)) {
          skip(`${where}: ${sc.name}: alias "${alias}"`, 'former, parenthesised or non-Latin name');
          continue;
        }
        // An alias inside another company's name ("Samsung" in "Samsung SDS") would credit pages about that one to this one.
        const clash = others.find((o) => o === low || wordsOf(o).includes(wordsOf(low)));
        if (clash || [...allStagedNames].some((n) => n !== sc.name.toLowerCase() && n !== low && wordsOf(n).includes(wordsOf(low)))) {
          skip(`${where}: ${sc.name}: alias "${alias}"`, `another company answers to it${clash ? ` ("${clash}")` : ''}`);
          continue;
        }
        if (low === company.name.toLowerCase() || company.aliases.some((a: string) => a.toLowerCase() === low) || company.ambiguousNames.some((a: string) => a.toLowerCase() === low)) continue;
        if (ORDINARY_WORDS.has(low) || (alias.length <= 4 && alias === alias.toUpperCase() && /^[A-Z]+$/.test(alias) && !['HPE', 'NEC', 'SAP', 'BT'].includes(alias))) {
          if (ORDINARY_WORDS.has(low)) company.ambiguousNames.push(alias);
          else skip(`${where}: ${sc.name}: alias "${alias}"`, 'a bare abbreviation that is a word or other thing elsewhere');
          continue;
        }
        company.aliases.push(alias);
        companyByName.set(low, company);
      }
      for (const raw of sc.domains ?? []) {
        const domain = bareDomain(String(raw));
        if (!/^[a-z0-9.-]+\.[a-z]{2,}$/.test(domain) || NOT_A_PUBLIC_HOST.test(domain)) {
          skip(`${where}: ${sc.name}: domain "${raw}"`, 'not the company’s public site (staging, test, pre-production or CDN host)');
          continue;
        }
        const owner = companies.find((c) => c !== company && c.domains.some((d: string) => onDomain(domain, d) || onDomain(d, domain)));
        if (owner) {
          skip(`${where}: ${sc.name}: domain "${domain}"`, `already ${owner.name}'s`);
          continue;
        }
        if (!company.domains.some((d: string) => onDomain(domain, d))) company.domains.push(domain);
      }

      for (const st of sc.statements ?? []) {
        const label = `${where}: ${sc.name}: ${st.url}`;
        if (!validUrl(st.url)) {
          skip(label, 'no usable address');
          continue;
        }
        if (NOT_A_PUBLIC_HOST.test(hostOf(st.url))) {
          skip(label, `read on ${hostOf(st.url)}, a staging, test or pre-production host a reader cannot be sent to`);
          continue;
        }
        const note = String(st.notes ?? '');
        if (/translat/i.test(`${note} ${st.publisher}`)) {
          skip(label, 'a translation: not the company’s words');
          continue;
        }
        if (/may differ from|capitalised in|not verbatim/i.test(note)) {
          skip(label, 'the researcher notes the printed words may differ from the company’s own');
          continue;
        }
        const urlDateOnly = /url|address/i.test(String(st.dateEvidence ?? '')) && !/on the page|page (says|shows|bears)|byline|dated/i.test(String(st.dateEvidence ?? ''));
        const date = isDate(st.date) && !urlDateOnly ? st.date : null;
        const verification = st.verification === 'verified' ? 'verified' : 'secondary';
        const sourceNote = [
          verification === 'verified' ? 'Read on a stored copy of the publisher’s page.' : 'Read on a stored copy of a reprint or citation, not on the company’s own page.',
          urlDateOnly && isDate(st.date) ? 'The date in its address is not taken as the page’s date.' : '',
          note,
        ]
          .filter(Boolean)
          .join(' ');
        let source: Rec | undefined;
        for (const q of st.quotes ?? []) {
          const text = String(q.text ?? '').trim();
          const what = `${label}: "${text.slice(0, 70)}…"`;
          const why = rejectQuote(text);
          if (why) {
            skip(what, why);
            continue;
          }
          const notCommitting = Object.entries(NOT_A_COMMITMENT).find(([start]) => text.startsWith(start));
          if (notCommitting) {
            skip(what, notCommitting[1]);
            continue;
          }
          const key = wordsOf(text);
          const same = ownWords.get(key);
          if (same) {
            skip(what, same.companyId === company.id ? `already recorded (${same.id})` : `the same words are ${same.companyId}'s (${same.id}): not one company's own words`);
            continue;
          }
          const containing = commitments.find((c) => c.companyId === company.id && c.kind !== 'reported-practice' && (wordsOf(c.quote).includes(key) || key.includes(wordsOf(c.quote))));
          if (containing) {
            skip(what, `overlaps ${containing.id}, already recorded`);
            continue;
          }
          const kind = ['pledge', 'policy', 'principle', 'practice'].includes(q.kind) ? q.kind : null;
          const topics = (q.topics ?? []).filter((t: string) => ['facial-recognition', 'ai-ethics', 'human-rights'].includes(t));
          if (!kind || topics.length === 0 || !q.summary) {
            skip(what, 'kind, topics or summary missing');
            continue;
          }
          source ??= ensureSource({ url: st.url, title: st.title || st.url, publisher: st.publisher || company.name, date, verification, note: sourceNote }, `${company.id}-${slug(st.title || 'statement', 40)}`);
          addSourceTo(company, source.id);
          const ownPage = source.verification === 'verified' && company.domains.some((d: string) => onDomain(hostOf(st.url), d));
          // A source already recorded may know the page's date (Meta's human rights policy: March 2021).
          const statementDate: string | null = date ?? source.date ?? null;
          const commitment: Rec = {
            id: uniqueId(`${company.id}-${statementDate ? statementDate.slice(0, 4) : 'undated'}-${keyWords(q.summary, 5)}`),
            companyId: company.id,
            kind,
            quote: text,
            summary: String(q.summary).trim(),
            date: statementDate,
            topics,
            status: 'unknown',
            asOf: statementDate,
            evidenceSourceId: null,
            statusHistory: [],
            vagueTermIds: vagueIn(text),
            sourceId: source.id,
            relatedIds: [],
            pageUrl: ownPage ? source.url : null,
          };
          commitments.push(commitment);
          ownWords.set(key, commitment);
        }
      }
    }

    // ---- Letters ----
    for (const letter of data.letters ?? []) {
      const label = `${where}: letter ${letter.url}`;
      if (LETTER_DECISIONS[letter.url]) {
        skip(label, LETTER_DECISIONS[letter.url]!);
        continue;
      }
      if (!isDate(letter.date)) {
        skip(label, 'the letter’s date was not read: the question clock needs it');
        continue;
      }
      if (!validUrl(letter.url) || NOT_A_PUBLIC_HOST.test(hostOf(letter.url))) {
        skip(label, 'no usable public address');
        continue;
      }
      if (/regulator|commissioner/i.test(letter.organisation)) {
        skip(label, 'the asker is not an NGO');
        continue;
      }
      const usable = (letter.questions ?? []).filter((q: Rec) => {
        const ans = (letter.answers ?? []).find((a: Rec) => a.company === q.addressee);
        const text = String(q.text ?? '').trim();
        const why = !ans ? 'what became of the answer was not recorded' : /\[|…|\.\.\./.test(text) ? 'the question text is edited or cut' : /truncat|not fully visible|partly read/i.test(String(letter.notes ?? '')) ? 'the letter notes say its text was only partly read' : isPlaceholder(text) ? 'placeholder text' : null;
        if (why) skip(`${label}: "${text.slice(0, 60)}…"`, why);
        return why === null;
      });
      if (usable.length === 0) {
        if ((letter.questions ?? []).length === 0) skip(label, 'no question or request text was read');
        continue;
      }
      const orgName = String(letter.organisation).replace(/\s*\(.*$/, '').split(/,| and /)[0]!.trim();
      let org = organisations.find((o) => [o.name, ...o.aliases].some((n: string) => n.toLowerCase() === orgName.toLowerCase()) || (orgName === 'EDRi' && o.id === 'edri'));
      const quotedElsewhere = /as reproduced by|quoted (from|by|in)|reprint|copy|as printed/i.test(String(letter.notes ?? ''));
      const letterSource = ensureSource(
        {
          url: letter.url,
          title: letter.title,
          publisher: String(letter.organisation),
          date: letter.date,
          // Words read in a reprint or a report quoting the letter are secondary, whatever page announced it.
          verification: letter.verification === 'verified' && !quotedElsewhere ? 'verified' : 'secondary',
          note: [
            letter.verification === 'verified' && !quotedElsewhere ? 'Read on a stored copy of the page.' : 'The request’s words were read in a reprint, report or copy, not on the asker’s own page.',
            String(letter.notes ?? ''),
          ]
            .filter(Boolean)
            .join(' '),
        },
        `${slug(orgName, 20)}-${letter.date.slice(0, 4)}-letter-${slug(String(letter.addressees?.[0] ?? 'companies'), 20)}`,
      );
      if (!org) {
        org = { id: uniqueId(slug(orgName, 30)), name: orgName, aliases: [], kind: null, url: null, sourceIds: [] };
        organisations.push(org);
      }
      addSourceTo(org, letterSource.id);
      usable.forEach((q: Rec) => {
        const company = ensureCompany(q.addressee);
        addSourceTo(company, letterSource.id);
        const ans = (letter.answers ?? []).find((a: Rec) => a.company === q.addressee)!;
        const status = { answered: 'answered', partial: 'partly-answered', 'generic-reply': 'generic-reply', declined: 'declined', 'no-reply': 'unanswered' }[String(ans.status)] ?? null;
        if (!status) {
          skip(`${label}: ${q.addressee}`, `answer status "${ans.status}" is not one the dataset knows`);
          return;
        }
        let replySourceId: string | null = null;
        if (status !== 'unanswered' && validUrl(ans.url)) {
          const reply = ensureSource(
            {
              url: ans.url,
              title: `${company.name}'s reply to ${orgName} (${letter.date.slice(0, 4)})`,
              publisher: hostOf(ans.url),
              date: isDate(ans.date) ? ans.date : null,
              verification: ans.verification === 'verified' ? 'verified' : 'secondary',
              note: ['Title is descriptive.', ans.evidence ? `What the page says of the reply: ${ans.evidence}` : '', ans.quote ? `Quoted: "${ans.quote}"` : ''].filter(Boolean).join(' '),
            },
            `${company.id}-${letter.date.slice(0, 4)}-reply-to-${slug(orgName, 20)}`,
          );
          replySourceId = reply.id;
          addSourceTo(company, reply.id);
        }
        const replyDate = status !== 'unanswered' && isDate(ans.date) && ans.date >= letter.date ? ans.date : null;
        const text = String(q.text).trim();
        if (questions.some((x) => x.addresseeId === company.id && wordsOf(x.text) === wordsOf(text))) {
          skip(`${label}: "${text.slice(0, 60)}…"`, 'already recorded');
          return;
        }
        questions.push({
          id: uniqueId(`${org!.id}-${letter.date.slice(0, 4)}-${company.id}-${q.number ? `q${q.number}` : slug(keyWords(text, 3), 24)}`),
          askedById: org!.id,
          addresseeId: company.id,
          askedDate: letter.date,
          replyDeadline: isDate(letter.replyDeadline) && letter.replyDeadline > letter.date ? letter.replyDeadline : null,
          number: Number.isInteger(q.number) && q.number > 0 ? q.number : null,
          text,
          topics: topicsOf(`${letter.title} ${text}`),
          relatedCommitmentIds: [],
          vagueTermIds: vagueIn(text),
          answer: {
            status,
            replyDate: status === 'unanswered' ? null : replyDate,
            replySourceId: status === 'unanswered' ? null : replySourceId,
            ...(ans.evidence ? { note: String(ans.evidence) } : {}),
          },
          sourceId: letterSource.id,
        });
      });
    }

    // ---- Assessments ----
    for (const a of data.assessments ?? []) {
      const label = `${where}: assessment ${a.company}: ${a.title}`;
      if (!validUrl(a.url)) {
        skip(label, 'no usable address');
        continue;
      }
      if (NOT_A_PUBLIC_HOST.test(hostOf(a.url))) {
        skip(label, `read on ${hostOf(a.url)}, a staging, test or pre-production host a reader cannot be sent to`);
        continue;
      }
      const company = companyFor(a.company);
      if (!company) {
        skip(label, 'its company has no other record here');
        continue;
      }
      const kind = { hria: 'hria', 'saliency-analysis': 'saliency-analysis', audit: 'audit', other: 'other' }[String(a.kind)] ?? 'other';
      const assessorIdOf = (name: unknown) => (name ? organisations.find((o) => [o.name, ...o.aliases].some((n: string) => n.toLowerCase() === String(name).toLowerCase()))?.id ?? slug(String(name)) : null);
      const knownAssessor = a.assessor ? assessorIdOf(a.assessor) : null;
      const datesAgree = (x: string | null) => Boolean(x && isDate(a.date) && (x.startsWith(a.date) || a.date.startsWith(x)));
      const dup =
        assessments.find((x) => x.id === SAME_ASSESSMENT[a.title]) ??
        assessments.find(
          (x) =>
            x.companyId === company.id &&
            (x.title === a.title ||
              // One recorded before this import: the same assessor (both named) at an agreeing date.
              (recordedBefore.has(x.id) && knownAssessor !== null && x.assessorId === knownAssessor && datesAgree(x.date))),
        );
      if (dup) {
        skip(label, `already recorded (${dup.id})`);
        continue;
      }
      if (/not a human-rights|not one of|certification/i.test(String(a.notes ?? ''))) {
        skip(label, 'the researcher notes it is not a human-rights assessment');
        continue;
      }
      const source = ensureSource(
        {
          url: a.url,
          title: a.title,
          publisher: hostOf(a.url),
          date: isDate(a.date) ? a.date : null,
          verification: a.verification === 'verified' ? 'verified' : 'secondary',
          note: [a.verification === 'verified' ? 'Read on a stored copy of the page.' : 'Read on a stored copy of a reprint or citation.', String(a.notes ?? '')].filter(Boolean).join(' '),
        },
        `${company.id}-${slug(a.title, 40)}`,
      );
      addSourceTo(company, source.id);
      let assessorId: string | null = null;
      if (a.assessor) {
        const name = String(a.assessor).trim();
        let org = organisations.find((o) => [o.name, ...o.aliases].some((n: string) => n.toLowerCase() === name.toLowerCase()));
        if (!org) {
          const short = /\(([A-Z]{2,6})\)/.exec(name)?.[1];
          org = { id: uniqueId(slug(short ?? name.replace(/\s*\(.*\)/, ''), 40)), name, aliases: short ? [short] : [], kind: null, url: null, sourceIds: [] };
          organisations.push(org);
        }
        addSourceTo(org, source.id);
        assessorId = org.id;
      }
      const quote = String(a.quote ?? '').trim();
      assessments.push({
        // The title's own words ("Facebook in Sri Lanka"), not the words every assessment's title shares.
        id: uniqueId(`${company.id}-${isDate(a.date) ? a.date.slice(0, 4) : 'undated'}-${slug(String(a.title).replace(/human[- ]rights?|impact|assessments?|due diligence|\b(of|the|on|and|for)\b|\(.*?\)/gi, ' ').trim() || a.title, 36)}`),
        companyId: company.id,
        title: a.title,
        assessorId,
        kind,
        date: isDate(a.date) ? a.date : null,
        scope: String(a.scope ?? a.title),
        topics: topicsOf(`${a.title} ${a.scope ?? ''}`),
        publication: { full: 'full', summary: 'summary', none: 'not-published' }[String(a.publication)] ?? 'unknown',
        sourceId: source.id,
        otherSourceIds: [],
        ...(quote && !rejectQuote(quote) ? { quote } : {}),
      });
    }
  }

  write('sources', sources);
  write('organisations', organisations);
  write('companies', companies);
  write('commitments', commitments);
  write('questions', questions);
  write('assessments', assessments);
  const added = Object.entries(before).map(([k, n]) => `${k} +${({ sources, organisations, companies, commitments, questions, assessments } as Record<string, Rec[]>)[k]!.length - n}`);
  const reportText = `import-research: ${added.join(', ')}; ${skipped.length} entries left out:\n${skipped.map((s) => `  - ${s}`).join('\n')}\n`;
  if (args.report) writeFileSync(args.report, reportText);
  console.log(reportText.split('\n')[0]);
}

/** Why a quote cannot stand as a record's words, or null. */
function rejectQuote(text: string): string | null {
  if (text.length === 0 || isPlaceholder(text)) return 'placeholder or empty quote';
  if (/\[[^\]]*\]/.test(text)) return 'edited quote ("[…]" insertion): not the exact words';
  if (/\.\.\.|…/.test(text)) return 'cut quote ("…"): not whole sentences';
  if (text.length > 400) return 'longer than 400 characters: not one or two sentences';
  if (sentences(text).length > 2) return `${sentences(text).length} sentences: a quote is one or two`;
  if (/([,;:]|\b(or|and))\s*$/.test(text)) return 'ends mid-sentence (a cut list item or lead-in): not a whole statement';
  return null;
}

/** Topics a letter or assessment is about, from its own words; human rights when nothing narrower shows. */
function topicsOf(text: string): string[] {
  const t = text.toLowerCase();
  const topics: string[] = [];
  if (/facial|face (recognition|surveillance|analysis|api)|biometric/.test(t)) topics.push('facial-recognition');
  if (/\bai\b|artificial intelligence|algorithm|machine learning|emotion/.test(t)) topics.push('ai-ethics');
  if (topics.length === 0 || /human rights|privacy|surveillance|censorship|freedom/.test(t)) topics.push('human-rights');
  return topics;
}

main();
