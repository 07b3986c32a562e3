/**
 * `npx tsx src/scripts/migrate-dataset-2.ts [DATASET_DIR]`
 *
 * One-off migration of the bundled dataset (1.x) to the 2.0 record shapes, kept so a reviewer can see
 * exactly what moved where:
 * - a status becomes a dated claim: the latest recorded status change gives `status`, `asOf` and
 *   `evidenceSourceId`; with none, the status is `unknown` as of the statement's own date;
 * - `quoteVerbatim` goes: a commitment is the company's own words, copied exactly;
 * - records whose "quote" was the UN B-Tech commentary's sentence about a company become reported
 *   practices (`kind: "reported-practice"`, `reportedById: "un-btech"`) holding the commentary's
 *   whole sentence, with no `pageUrl`;
 * - one-off acts ("enlisted BSR to conduct a formal assessment", "are contracting an independent
 *   third-party") leave the commitments: the assessments they started already record them;
 * - a placeholder quote and a duplicate of another record's quote are dropped;
 * - a `pageUrl` stays only where it is the address of the record's own source and that source was read
 *   there; an organisation's `url` only where a source gives it;
 * - `vagueTermIds` whose phrase is not in the text are dropped.
 * Refuses to run twice (a migrated file has `asOf`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

type Rec = Record<string, any>;

const root = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
const dir = path.resolve(process.argv[2] ?? path.join(root, 'src/data/dataset'));
const read = (name: string): any => JSON.parse(readFileSync(path.join(dir, `${name}.json`), 'utf8'));
const write = (name: string, value: unknown) => writeFileSync(path.join(dir, `${name}.json`), JSON.stringify(value, null, 2) + '\n');

/** The B-Tech commentary's own sentences (seed un-btech-downstream-hrdd-2022-09.txt), by the records that borrowed part of them. */
const TELECOMS =
  'For some time, telecommunications companies – such as Ericsson, Vodafone, Telenor, and BT – have had in place human rights policies that signal a commitment to address end-use human rights risks.';
const BIG_TECH = 'In recent years, similar public commitments have been made by high-profile technology companies including Microsoft, Apple, Meta, and Google.';
const OTHER_TECH =
  'Equally important, many companies in other parts of the tech ecosystem such as web hosting, artificial intelligence, IT infrastructure, cyber security, cloud services, and software companies, have been doing the same. Examples include Hewlett Packard Enterprise (HPE), Salesforce, and Cloudflare.';
const REPORTED: Record<string, { quote: string; summary: string }> = {
  'ericsson-human-rights-policy': { quote: TELECOMS, summary: 'B-Tech names Ericsson among telecoms companies whose human rights policies signal a commitment to address end-use risks.' },
  'vodafone-human-rights-policy': { quote: TELECOMS, summary: 'B-Tech names Vodafone among telecoms companies whose human rights policies signal a commitment to address end-use risks.' },
  'telenor-human-rights-policy': { quote: TELECOMS, summary: 'B-Tech names Telenor among telecoms companies whose human rights policies signal a commitment to address end-use risks.' },
  'bt-human-rights-policy': { quote: TELECOMS, summary: 'B-Tech names BT among telecoms companies whose human rights policies signal a commitment to address end-use risks.' },
  'microsoft-human-rights-policy': { quote: BIG_TECH, summary: 'B-Tech names Microsoft among high-profile technology companies with similar public commitments on end-use human rights risks.' },
  'apple-human-rights-policy': { quote: BIG_TECH, summary: 'B-Tech names Apple among high-profile technology companies with similar public commitments on end-use human rights risks.' },
  'meta-human-rights-policy': { quote: BIG_TECH, summary: 'B-Tech names Meta among high-profile technology companies with similar public commitments on end-use human rights risks.' },
  'google-human-rights-policy': { quote: BIG_TECH, summary: 'B-Tech names Google among high-profile technology companies with similar public commitments on end-use human rights risks.' },
  'hpe-human-rights-policy': { quote: OTHER_TECH, summary: 'B-Tech names HPE among companies outside telecoms and big tech doing the same (public commitments on end-use risks).' },
  'salesforce-human-rights-policy': { quote: OTHER_TECH, summary: 'B-Tech names Salesforce among companies outside telecoms and big tech doing the same (public commitments on end-use risks).' },
  'cloudflare-human-rights-policy': { quote: OTHER_TECH, summary: 'B-Tech names Cloudflare among companies outside telecoms and big tech doing the same (public commitments on end-use risks).' },
  'cisco-human-rights-advisory-committee': {
    quote: 'For example, companies have developed governance oversight and cross-functional committees comprised of executives and senior managers such as Cisco\'s Human Rights Advisory Committee.',
    summary: 'B-Tech cites Cisco’s Human Rights Advisory Committee as governance oversight of its human rights commitment.',
  },
  'gni-multi-stakeholder-initiative': {
    quote: 'The pioneering and foremost example of this is the multi-stakeholder Global Network Initiative, a non-governmental organization with the dual goals of preventing internet censorship by authoritarian governments and protecting the Internet privacy rights of individuals.',
    summary: 'B-Tech describes the Global Network Initiative as a multi-stakeholder body against internet censorship and for internet privacy.',
  },
  'microsoft-2018-call-for-facial-recognition-regulation': {
    quote: 'For example, as far back as 2018, Microsoft\'s President Brad Smith spoke out about the need for the regulation of facial recognition technologies.',
    summary: 'B-Tech reports that Microsoft’s President Brad Smith called for regulating facial recognition in 2018.',
  },
  'twitter-trust-and-safety-council': {
    quote: 'A positive approach is Twitter\'s Trust and Safety council, "a group of independent expert organizations from around the world that together advocate for safety and advise Twitter as the company develops products, programs, and rules".',
    summary: 'B-Tech cites Twitter’s Trust and Safety Council of independent expert organisations advising the company; it was dissolved in December 2022.',
  },
  'salesforce-office-of-ethical-and-humane-use': {
    quote: 'An example of such work is Salesforce\'s Office of Ethical and Humane Use, which sits within its product organisation and has achieved changes such as "elevating inclusive product language, building privacy safeguards for vaccine management solutions and launching mechanisms to flag potential bias in data for customers".',
    summary: 'B-Tech cites Salesforce’s Office of Ethical and Humane Use, inside its product organisation, for changes in product design.',
  },
  'hpe-sales-transaction-screening': {
    quote: 'The company screens sales transactions that have a high risk of irresponsible use, and where necessary works "with the business to avoid or mitigate transactions with risk of potential misuse, which can be through blocking sales, establishing contractual requirements, limiting use, training service engineers and sales staff to spot red flags, and ongoing monitoring of use".',
    summary: 'B-Tech reports that HPE screens high-risk sales transactions and, where necessary, blocks, restricts or monitors them.',
  },
  'hpe-sales-channel-due-diligence': {
    quote: 'HPE has also been identifying, with the support of BSR, good practices and opportunities to advance due diligence by actors across the sales channel including distributors and resellers.',
    summary: 'B-Tech reports that HPE works with BSR on due diligence by distributors and resellers across its sales channel.',
  },
};

/** One-off acts, recorded by the assessments they started (id → the assessment). */
const ONE_OFF_ACTS: Record<string, string> = {
  'google-2019-celebrity-recognition-assessment-commissioned': 'google-2019-celebrity-recognition-hria',
  'microsoft-2021-third-party-human-rights-assessment': 'microsoft-2023-foley-hoag-hria',
};
/** Dropped: a placeholder with no words, and a shorter copy of another record's quote (id → the record kept). */
const DROPPED: Record<string, string | null> = {
  'google-2018-ai-principles-surveillance-and-weapons': null,
  'ibm-2020-oppose-mass-surveillance-edri-quotation': 'ibm-2020-oppose-mass-surveillance',
};

function main(): void {
  const commitments: Rec[] = read('commitments');
  if (commitments.some((c) => 'asOf' in c)) throw new Error(`${dir} is already migrated (its commitments have asOf)`);
  const sources: Rec[] = read('sources');
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const lexicon: Rec = JSON.parse(readFileSync(path.join(root, 'src/core/lexicon/vague-terms.json'), 'utf8'));
  const phrases = new Map<string, string[]>(lexicon.terms.map((t: Rec) => [t.id, [t.phrase, ...(t.variants ?? [])]]));
  const words = (t: string) => ` ${t.toLowerCase().replace(/[’‘`]/g, "'").replace(/[^\p{L}\p{N}']+/gu, ' ').trim()} `;
  const keepVague = (ids: string[] = [], text: string) => ids.filter((id) => (phrases.get(id) ?? []).some((p) => words(text).includes(words(p))));

  const renamed = new Map<string, string | null>(Object.entries({ ...ONE_OFF_ACTS, ...DROPPED }));
  const remap = (ids: string[] = []) => [...new Set(ids.flatMap((id) => (renamed.has(id) ? (renamed.get(id) ? [renamed.get(id)!] : []) : [id])))];

  const migrated = commitments.flatMap((c): Rec[] => {
    if (renamed.has(c.id)) return [];
    const latest = c.statusHistory?.at(-1);
    const claim = latest
      ? { status: latest.status, asOf: latest.date, evidenceSourceId: latest.sourceId }
      : { status: 'unknown', asOf: c.date, evidenceSourceId: null };
    const base = {
      id: c.id,
      companyId: c.companyId,
      kind: c.kind,
      quote: c.quote,
      summary: c.summary,
      date: c.date,
      topics: c.topics,
      ...claim,
      statusHistory: c.statusHistory ?? [],
      vagueTermIds: keepVague(c.vagueTermIds, c.quote),
      sourceId: c.sourceId,
      relatedIds: remap(c.relatedIds).filter((id) => id !== c.id),
    };
    const reported = REPORTED[c.id];
    if (reported) {
      // The reporter's words: vague terms in them are B-Tech's, not the company's.
      return [{ ...base, kind: 'reported-practice', reportedById: 'un-btech', quote: reported.quote, summary: reported.summary, vagueTermIds: [] }];
    }
    const source = sourceById.get(c.sourceId);
    const readThere = c.pageUrl && source && source.url === c.pageUrl && (source.verification === 'verified' || source.verification === 'seed');
    return [{ ...base, pageUrl: readThere ? c.pageUrl : null }];
  });
  write('commitments', migrated);

  const questions: Rec[] = read('questions');
  write('questions', questions.map((q) => ({ ...q, relatedCommitmentIds: remap(q.relatedCommitmentIds), vagueTermIds: keepVague(q.vagueTermIds, q.text) })));

  const sourceUrls = new Set(sources.map((s) => s.url).filter(Boolean));
  const organisations: Rec[] = read('organisations');
  write('organisations', organisations.map((o) => ({ ...o, url: o.url && sourceUrls.has(o.url) ? o.url : null })));

  console.log(`migrated ${dir}: ${migrated.length} commitments and reported practices (${commitments.length - migrated.length} dropped)`);
}

main();
