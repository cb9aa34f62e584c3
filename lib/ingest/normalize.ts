// Name keys: the one place that decides when two spellings are "the same name" for lookup.
// Cyrillic is transliterated (Ukrainian and Russian letters, a simplified national scheme), so
// "Харків" and "Kharkiv" share a key; diacritics, apostrophes and case are dropped.

const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'h',
  ґ: 'g',
  д: 'd',
  е: 'e',
  є: 'ie',
  ж: 'zh',
  з: 'z',
  и: 'y',
  і: 'i',
  ї: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ь: '',
  ю: 'iu',
  я: 'ia',
  ы: 'y',
  э: 'e',
  ё: 'e',
  ъ: '',
  ў: 'u',
};
// Russian "г" is g (Москва/Moskva, Гомель/Gomel); Ukrainian "г" is h. A word is read as Russian
// when it has a letter Ukrainian lacks.
const RUSSIAN_ONLY = /[ыэёъ]/;

export function transliterate(word: string): string {
  const lower = word.toLowerCase();
  const russian = RUSSIAN_ONLY.test(lower);
  let out = '';
  for (const ch of lower) {
    if (ch === 'г' && russian) out += 'g';
    else if (ch === 'и' && russian) out += 'i';
    else out += CYRILLIC[ch] ?? ch;
  }
  return out;
}

/** The lookup key of a name: lower case, no diacritics or apostrophes, words split on spaces and hyphens. */
export function nameKey(name: string): string {
  // Most names are plain ASCII letters: skip the slow path (the gazetteer keys 30,000 names at load).
  if (/^[A-Za-z ]*$/.test(name)) return name.toLowerCase().trim().replace(/ +/g, ' ');
  return (/[\u0400-\u04ff]/.test(name) ? transliterate(name) : name.toLowerCase())
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[’'ʼʹ`]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[-‐–\s.]+/g, ' ')
    .trim();
}

/** A stable id from a name: ASCII, lower case, hyphens. */
export function slugify(name: string): string {
  return nameKey(name)
    .replace(/[^a-z0-9 ]/g, '')
    .trim()
    .replace(/ +/g, '-');
}
