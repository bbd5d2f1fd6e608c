// The pieces the corpus texts are made of, and a seeded random generator to put them together. Everything here is
// written for this corpus: words in several scripts, emoji sequences, links, tags, mentions, cashtags, punctuation,
// spaces of every kind and the characters X refuses.

/** mulberry32: a small, fast, seedable generator, so the same seed always gives the same corpus. */
export function random(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n) => Math.floor(next() * n);
  const pick = (list) => list[int(list.length)];
  const chance = (p) => next() < p;
  /** Picks a key of {name: weight}. */
  const weighted = (weights) => {
    const total = Object.values(weights).reduce((a, b) => a + b, 0);
    let r = next() * total;
    for (const [name, weight] of Object.entries(weights)) {
      r -= weight;
      if (r < 0) return name;
    }
    return Object.keys(weights)[0];
  };
  return { next, int, pick, chance, weighted };
}

export const WORDS = {
  latin: ['the', 'post', 'writing', 'Launch', 'notes', 'hello', 'world', 'résumé', 're\u0301sume\u0301', 'Straße',
    'naïve', 'A\u030angstro\u0308m', 'Ångström', 'façade', 'über', 'déjà', 'vu', 'mañana', 'coöperate', 'ﬁne',
    'Zoë', 'x', 'I', 'a', 'fünf', 'Ǆemal', 'ǅ', 'İstanbul', 'ß', 'Σίσυφος', 'Привет', 'мир', 'ąę', 'łódź'],
  cjk: ['漢字', '中文字符', '日本語のテキスト', 'ひらがな', 'カタカナ', 'ｶﾀｶﾅ', '한국어', '안녕하세요', '\u1100\u1161\u11a8',
    '𠀋𡈽', '𩸽', '々', '〜', '㍻', '简体中文', '繁體中文'],
  arabic: ['مرحبا', 'بالعالم', 'مَرْحَبًا', 'السلام عليكم', 'كتاب', '١٢٣', 'שלום', 'עולם', 'سلام'],
  devanagari: ['नमस्ते', 'हिन्दी', 'क्षत्रिय', 'श्री', 'द्वार', 'कि', 'ज़िन्दगी', '१२३', 'প্রথম', 'தமிழ்', 'ਪੰਜਾਬੀ'],
  thai: ['สวัสดีครับ', 'ภาษาไทย', 'น้ำ', 'กรุงเทพมหานคร', 'ที่', 'ຂອບໃຈ', 'ខ្មែរ', 'မြန်မာ'],
};

export const EMOJI = ['😀', '😂', '❤️', '❤', '👍', '👍🏽', '👋🏿', '👨‍👩‍👧‍👦', '👨‍👩‍👧', '👩‍❤️‍💋‍👨', '👩🏽‍💻', '🧑🏾‍🚀',
  '🏳️‍🌈', '🏴‍☠️', '🇩🇪', '🇯🇵', '🇺🇳', '🇦', '🏴󠁧󠁢󠁳󠁣󠁴󠁿', '1️⃣', '#️⃣', '*️⃣', '7⃣', '☺️', '☺', '✌🏻', '🫠', '🫨',
  '🐦‍🔥', '🧑‍🧑‍🧒', '🙂‍↔️', '🫩', '🏽', '\u200d', '©', '©️', '™', '↔️', '🕴🏼', '🤷‍♀️', '🤷🏻‍♂️', '👁️‍🗨️', '🐈‍⬛',
  '🧔🏻‍♀️', '🫱🏼‍🫲🏿', '🎉', '🔥', '🦀', '🌍'];

export const SPACES = [' ', ' ', ' ', ' ', '\t', '\n', '\r\n', '\n\n', '\u00a0', '\u1680', '\u2000', '\u2002', '\u2003',
  '\u2007', '\u2009', '\u200a', '\u202f', '\u205f', '\u3000', '\u2028', '\u2029', '\u000b', '\u000c', '\u0085',
  '\u180e', '\u200b', '\u2060', '\u00ad'];

export const PUNCTUATION = ['.', ',', '!', '?', '…', '—', '–', '-', '(', ')', '[', ']', '"', "'", '“', '”', '‘', '’', '«',
  '»', '¿', '¡', '。', '、', '：', '！', '？', '؟', '،', '।', '॥', ':', ';', '/', '&', '*', '~', '+', '=', '<', '>',
  '_', '%', '^', '|', '\\', '`', '@', '#', '$', '＠', '＃', '・', '‼', '⁉'];

export const INVALID = ['\ufffe', '\uffff', '\ufeff'];

const TLDS = ['com', 'com', 'org', 'net', 'io', 'co', 'de', 'jp', 'fr', 'app', 'dev', 'social', 'xyz', 'museum',
  'travel', 'co.uk', 'com.br', 'notatld', 'local', 'test', 'COM', 'Org', 'рф', 'xn--p1ai', 'ly', 'me', 'tv', 'ai',
  'onion', 'example', 'berlin', 'photography', 'a', 'c0m'];
const LABELS = ['example', 'twitter', 'bsky', 'wikipedia', 'mastodon', 'my-site', 'a', 'x1', 'news', 'blog', 'docs',
  'sub.domain', 'www', 'bücher', '例え', 'xn--bcher-kva', 'foo_bar', '-bad', 'café', 'Example', 'UPPER', '123'];
const PATHS = ['', '', '/', '/a/b', '/wiki/Foo_(bar)', '/wiki/Foo_(bar_(baz))', '/café', '/漢字', '/путь',
  '/path-with-dash/', '/a?b=c&d=e', '/a#frag', '/search?q=tw%20it', '/~user/', '/a.b.c', '/x/y/z/1234567890/abcdef',
  '/' + 'long-segment-'.repeat(6) + 'end', '/a(b', '/a)b', '/@user/123', '/a;b', '/a,b', '/%E2%9C%93', '/a!', '/a*b',
  '/emoji😀', '/a|b', '/a"b', ':8080/port', ':99999/x', '?q=1', '/a/b.', '/a/b?'];
const TRAILING = ['', '', '', '', '.', ',', '!', '?', ')', ':', ';', "'", '"', '…', '...', ').', '!)', '?!', '’'];

/** A link as people write them: with or without a scheme, paths, ports, queries, trailing punctuation, brackets. */
export function link(r) {
  const kind = r.weighted({ plain: 10, tco: 1, email: 1, ip: 1 });
  let body;
  if (kind === 'tco') {
    body = 't.co/' + r.pick(['x', 'AbC123xyz', 'a'.repeat(41), 'Ab_c']);
  } else if (kind === 'email') {
    body = r.pick(['ana', 'first.last', 'x']) + '@' + r.pick(LABELS) + '.' + r.pick(TLDS);
  } else if (kind === 'ip') {
    body = r.pick(['127.0.0.1', '192.168.1.20:8080', '[::1]', '10.0.0.1/path']);
  } else {
    const www = r.chance(0.2) ? 'www.' : '';
    const labels = [r.pick(LABELS)];
    if (r.chance(0.2)) labels.push(r.pick(LABELS));
    body = www + labels.join('.') + '.' + r.pick(TLDS) + r.pick(PATHS);
  }
  const scheme = r.weighted({ '': 5, 'https://': 4, 'http://': 2, 'HTTPS://': 0.4, 'Http://': 0.3, 'ftp://': 0.3,
    'gemini://': 0.2, 'https//': 0.2, 'https:///': 0.1 });
  let written = scheme + body + r.pick(TRAILING);
  if (r.chance(0.12)) written = '(' + written + ')';
  return written;
}

const TAG_BODIES = ['tag', 'Scriptorium', 'C++', 'tag-with-dash', 'tag_with_underscore', '日本語', 'हिन्दी', 'café',
  'cafe\u0301', '123', '１２３', 'tag123', '2026', 'tag!', 'tag.', 'tag,', 'tag?!', 'தமிழ்', 'ภาษาไทย', 'مرحبا',
  '🎉', '️⃣', 'tag#second', 'a\u200db', 'x', '_', 'über_cool', 'ŁÓDŹ', 'Ǆ', 'tag\u00adsoft', 'a-', '-a', 'a:b',
  'a/b', 'a\'s', 'emoji🔥tag', 'ﬁne', 'ｔａｇ', '!', '.', '@', 'tag@x', 'ok…', 'crème-brûlée', 'A1'];

/** A hashtag, now and then one at or past Bluesky's 64-character limit. */
export function hashtag(r) {
  const sign = r.weighted({ '#': 12, '＃': 1.5 });
  let body;
  if (r.chance(0.08)) {
    const unit = r.pick(['a', 'é', 'e\u0301', 'क्ष', '字', '😀']);
    body = unit.repeat(60 + r.int(8)) + r.pick(['', '!', '.']);
  } else {
    body = r.pick(TAG_BODIES);
  }
  return sign + body;
}

const HANDLES = ['alice', 'alice.bsky.social', 'bob.test', 'carol.example.com', 'Alice_Smith', 'dave', 'a.b',
  'user.notatld', 'very_long_handle_name_over_twenty', 'ana.', 'x-y.bsky.social', 'éva', 'ünal.de', 'list/slug',
  'user/a-list', 'user@mastodon.social', 'ana@example.social', 'bob@host.example', 'ana@münchen.de', 'a@b',
  'user@mastodon.social.', 'USER@HOST.COM', '123', '_', 'alice.bsky.social/post', 'alice.BSKY.SOCIAL', 'ana@x@y'];

export function mention(r) {
  return r.weighted({ '@': 12, '＠': 1 }) + r.pick(HANDLES);
}

const TICKERS = ['AAPL', 'aapl', 'BRK.A', 'brk_b', 'TSLA', 'TOOLONG', 'A', 'X1', '1234', 'GOOG', 'Amzn', 'MSFT1',
  'ABCDEF', 'ABCDE'];

export function cashtag(r) {
  return '$' + r.pick(TICKERS);
}

export function word(r) {
  const script = r.weighted({ latin: 6, cjk: 2, arabic: 1.5, devanagari: 1.5, thai: 1 });
  return r.pick(WORDS[script]);
}

/** One piece of a text. */
export function token(r) {
  switch (r.weighted({ word: 30, emoji: 6, link: 5, hashtag: 5, mention: 4, cashtag: 2, punctuation: 5, number: 2,
    invalid: 0.3 })) {
    case 'emoji': return r.pick(EMOJI);
    case 'link': return link(r);
    case 'hashtag': return hashtag(r);
    case 'mention': return mention(r);
    case 'cashtag': return cashtag(r);
    case 'punctuation': return r.pick(PUNCTUATION);
    case 'number': return String(r.int(100000));
    case 'invalid': return r.pick(INVALID);
    default: return word(r);
  }
}

const SHARDS = ['http://', 'https://', 'HTTP://', 'www.', '.com', '.co.uk', '.org', '.de', '.jp', '.рф', '.РФ', '.онлайн', '.みんな',
  't.co/', '/', '/a', '?', '=', '&', '#', '＃', '@', '＠', '$', '.', ',', ':', ';', '!', '(', ')', '[', ']', '-', '_', '~', "'",
  '"', '…', 'a', 'Z', 'é', 'e', '\u0301', 'ß', 'Ω', 'ж', 'Ж', 'ı', 'İ', 'ſ', 'K', '字', '𠀋', 'ア', 'ｱ', '한', 'ก', '\u0e31',
  'क', '\u094d', '\u0937', 'ع', '\u064e', '0', '7', '٣', '１', 'x', 'AAPL', 'bsky.social', 'example', 'xn--p1ai',
  '\u200d', '\ufe0f', '\ufe0e', '\u20e3', '🏽', '🇩', '🇪', '👨', '👩', '😀', '❤', '✌', '☺', '©', '\ue50a', '\uf870',
  '\u00ad', '\u200b', '\u2060', '\u202e', '\u2066', '\ufffe', '\uffff', '\ufeff', ' ', '\u00a0', '\u3000', '\u2028',
  '\n', '\t', '\u0085', '\u180e', '\u2009'];

/** A run of small shards (scheme pieces, domain endings, signs, marks, joiners, spaces) in any order. */
export function chaos(r, length) {
  let text = '';
  while (text.length < length) text += r.pick(SHARDS);
  return text;
}

/** What goes between two pieces: mostly a plain space, any other space now and then, sometimes nothing. */
export function separator(r) {
  switch (r.weighted({ space: 20, other: 4, none: 2 })) {
    case 'space': return ' ';
    case 'none': return '';
    default: return r.pick(SPACES);
  }
}
