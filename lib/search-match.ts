// The static export's search, in the browser: the same query (lib/search-query.ts) matched
// against the index built at export time (`/search-index.json`), with the same meaning as the
// database's full-text index: every clause's words next to each other, the last as a prefix.
import {
  highlightWords,
  isSearchable,
  parseSearchQuery,
  tokenize,
  type Clause,
} from './search-query';
import type { SearchIndex, SearchResults } from './search-types';

function hasClause(tokens: string[], { words }: Clause): boolean {
  const last = words.length - 1;
  for (let i = 0; i + last < tokens.length; i++) {
    let j = 0;
    while (j < last && tokens[i + j] === words[j]) j++;
    if (j === last && tokens[i + last].startsWith(words[last])) return true;
  }
  return false;
}

/** Matches in the order of the index, the ones naming the query's words most often first. */
function find<T>(items: T[], words: (item: T) => string[], clauses: Clause[], marks: string[]) {
  const found: { item: T; score: number; at: number }[] = [];
  items.forEach((item, at) => {
    const tokens = words(item);
    if (!clauses.every((c) => hasClause(tokens, c) !== c.exclude)) return;
    const score = tokens.filter((t) => marks.some((m) => t.startsWith(m))).length / tokens.length;
    found.push({ item, score, at });
  });
  return found.sort((a, b) => b.score - a.score || a.at - b.at).map((f) => f.item);
}

export function matchIndex(index: SearchIndex, raw: unknown, limit = 20): SearchResults {
  const q = parseSearchQuery(raw);
  const marks = highlightWords(q);
  const ok = isSearchable(q);
  const places = ok
    ? find(index.places, (p) => [p.name, ...p.aliases].flatMap(tokenize), q.clauses, marks)
    : [];
  const articles = ok ? find(index.articles, (a) => tokenize(a.title), q.clauses, marks) : [];
  const excerpts = ok ? find(index.excerpts, (e) => tokenize(e.text), q.clauses, marks) : [];
  return {
    query: q.text,
    words: marks,
    counts: { places: places.length, articles: articles.length, excerpts: excerpts.length },
    places: places.slice(0, limit),
    articles: articles.slice(0, limit),
    excerpts: excerpts.slice(0, limit).map((e) => ({
      article: index.articles[e.article],
      paragraph: e.paragraph,
      text: e.text,
      places: e.places.map(([id, name]) => ({ id, name })),
    })),
  };
}
