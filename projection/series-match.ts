/**
 * Which series an incoming name means: the rule a file's row label, series column, or company and
 * metric are matched by, so next quarter's file lands on the series the workbook already has.
 * In order: the series key; the series' label; one of its aliases; then the company and the
 * metric's words, normalised (case, punctuation, `&`/`and`/`+`, "net", "revenue"/"sales",
 * "segment", "capex"/"capital expenditures"/"purchases of property and equipment", plurals). The
 * first rule that finds anything decides; finding two series there is ambiguous, never settled
 * silently. Pure: the caller hands in the workbook's series and asks once per distinct name.
 */

/** What the matcher knows of a series. */
export interface MatchableSeries {
  readonly key: string;
  readonly label: string;
  readonly company: string;
  readonly metric: string;
  readonly aliases: readonly string[];
}

export const MATCH_RULES = ['key', 'label', 'alias', 'words'] as const;
export type MatchRule = (typeof MATCH_RULES)[number];

export type SeriesMatch =
  | { readonly kind: 'matched'; readonly key: string; readonly by: MatchRule }
  | { readonly kind: 'ambiguous'; readonly keys: readonly string[]; readonly by: MatchRule }
  | { readonly kind: 'none'; readonly suggestions: readonly string[] };

/** Words that say nothing about which metric a name is. */
const FILLER = new Set(['net', 'segment', 'of', 'the']);

/** Phrases that mean the same metric, longest first, rewritten to one word before splitting. */
const PHRASES: readonly (readonly [RegExp, string])[] = [
  [/\bpurchases? of property,? plant,? and equipment\b/g, ' capex '],
  [/\bpurchases? of property and equipment\b/g, ' capex '],
  [/\bpurchases? of pp ?and ?e\b/g, ' capex '],
  [/\bcapital expenditures?\b/g, ' capex '],
  [/\bpp ?and ?e\b/g, ' ppe '],
  [/\bsales\b/g, ' revenue '],
  [/\brevenues\b/g, ' revenue '],
];

/** Plain text of a name for comparison: lower case, `&` and `+` as "and", punctuation as spaces. */
export function normalizeName(text: string): string {
  return text
    .toLowerCase()
    .replace(/[&+]/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/\s+/g, ' ');
}

function singular(word: string): string {
  if (word.length <= 3 || word.endsWith('ss')) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  return word.endsWith('s') ? word.slice(0, -1) : word;
}

/**
 * The words that say which metric a name is, as one sorted text: "Client and Gaming" and
 * "gaming & client" both give "client gaming". "revenue" is dropped (a segment's name is its
 * revenue), as are "and", the company's own name and filler.
 */
export function metricWords(text: string, company = ''): string {
  let plain = ` ${normalizeName(text)} `;
  for (const [pattern, replacement] of PHRASES) plain = plain.replace(pattern, replacement);
  const companyWords = new Set(normalizeName(company).split(' '));
  const words = new Set(
    plain
      .split(' ')
      .filter((w) => w !== '' && w !== 'and' && w !== 'revenue' && !FILLER.has(w) && !companyWords.has(w))
      .map(singular),
  );
  return [...words].sort().join(' ');
}

/**
 * Levenshtein distance, for suggesting the keys closest to an unknown one. One row of numbers,
 * updated in place: an import works this out for every key per new name (a thousand new series
 * against the default workbook's keys took about 0.1 s with a new array per row).
 */
function distance(a: string, b: string): number {
  const row: number[] = [];
  for (let j = 0; j <= b.length; j++) row.push(j);
  for (let i = 1; i <= a.length; i++) {
    const code = a.charCodeAt(i - 1);
    // row[j] still holds the previous row's value until it is overwritten; `diagonal` the one before.
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (code === b.charCodeAt(j - 1) ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

function decide(keys: readonly string[], by: MatchRule): SeriesMatch | null {
  const unique = [...new Set(keys)];
  if (unique.length === 0) return null;
  return unique.length === 1
    ? { kind: 'matched', key: unique[0]!, by }
    : { kind: 'ambiguous', keys: unique.sort(), by };
}

function push(index: Map<string, string[]>, name: string, key: string): void {
  if (name === '') return;
  const keys = index.get(name);
  if (keys) keys.push(key);
  else index.set(name, [key]);
}

/**
 * A matcher over `series`: `match(name, company)` says which series `name` means (see above).
 * `company` narrows labels, aliases and words to that company's series; without it a name that
 * fits series of two companies is ambiguous. Answers are kept, so each distinct name is worked
 * out once however many rows carry it.
 */
export function createSeriesMatcher(series: readonly MatchableSeries[]) {
  const keys = new Set(series.map((s) => s.key));
  // The keys in the suggestions' tie order, sorted once, when first needed: sorting by distance
  // alone is then enough (the sort is stable), where comparing names per pair of keys took longer
  // than the distances. Not before: the first localeCompare loads collation data (about 50 ms).
  let keysInOrder: string[] | undefined;
  const companyOf = new Map(series.map((s) => [s.key, normalizeName(s.company)]));
  const byLabel = new Map<string, string[]>();
  const byAlias = new Map<string, string[]>();
  const byWords = new Map<string, string[]>();
  for (const s of series) {
    push(byLabel, normalizeName(s.label), s.key);
    for (const alias of s.aliases) push(byAlias, normalizeName(alias), s.key);
    const words = new Set([
      metricWords(s.metric.replace(/_/g, ' '), s.company),
      metricWords(s.label, s.company),
    ]);
    for (const w of words) if (w !== '') push(byWords, `${normalizeName(s.company)}|${w}`, s.key);
  }
  const answers = new Map<string, SeriesMatch>();

  function find(name: string, company: string | undefined): SeriesMatch {
    const trimmed = name.trim();
    const lower = trimmed.toLowerCase();
    if (keys.has(lower)) return { kind: 'matched', key: lower, by: 'key' };
    const wanted = company === undefined || company.trim() === '' ? null : normalizeName(company);
    const ofCompany = (found: readonly string[] | undefined) =>
      (found ?? []).filter((k) => wanted === null || companyOf.get(k) === wanted);
    const plain = normalizeName(trimmed);
    const found =
      decide(ofCompany(byLabel.get(plain)), 'label') ??
      decide(ofCompany(byAlias.get(plain)), 'alias') ??
      (wanted === null
        ? null
        : decide(byWords.get(`${wanted}|${metricWords(trimmed, company)}`) ?? [], 'words'));
    // (A name of filler words alone, "Net revenue", has no words: only a label or alias finds it.)
    if (found) return found;
    keysInOrder ??= [...keys].sort((a, b) => a.localeCompare(b));
    const suggestions = keysInOrder
      .map((key) => ({ key, d: distance(lower, key) }))
      .sort((a, b) => a.d - b.d)
      .slice(0, 3)
      .map((s) => s.key);
    return { kind: 'none', suggestions };
  }

  return {
    match(name: string, company?: string): SeriesMatch {
      const id = `${company ?? ''}\u0000${name}`;
      let answer = answers.get(id);
      if (!answer) {
        answer = find(name, company);
        answers.set(id, answer);
      }
      return answer;
    },
  };
}
