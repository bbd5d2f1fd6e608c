// Writes the lists the app's counting needs to read a text exactly as the references do, taken from the pinned
// reference packages themselves:
//   x-tlds.txt        the top-level domains twitter-text links (its gTLD and ccTLD lists)
//   x-emoji.txt       every emoji sequence twitter-text weighs as one emoji (what its twemoji-parser matches)
//   bluesky-tlds.txt  the top-level domains @atproto/api links without a scheme (the `tlds` package, ASCII ones:
//                     its link grammar only ever reads ASCII letters there)
// Run: npm ci && npm run tables
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import twitter from 'twitter-text';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const out = resolve(here, '../../core/src/main/resources/org/scriptorium/core/writing/social/counting');
mkdirSync(out, { recursive: true });

/** The alternatives of a "(?:(?:a|b|c)(?=...))" list as twitter-text writes its TLD lists. */
function alternatives(regex) {
  const source = regex.source;
  const body = source.slice(source.indexOf('(?:(?:') + 6, source.lastIndexOf(')(?='));
  return body.split('|');
}

/**
 * Every string a regex made only of literals, classes, groups, alternation, "?" and the lookahead "(?!c)" can match.
 * twemoji-parser's regex is such a finite list written compactly; its strings are read back here as UTF-16 code units,
 * each with the one character it must not be followed by ("" when none: the lookahead only ever says "no U+FE0E").
 */
function language(source) {
  let at = 0;
  const unit = () => {
    const c = source[at++];
    if (c !== '\\') return c.charCodeAt(0);
    const e = source[at++];
    if (e === 'u') { at += 4; return parseInt(source.slice(at - 4, at), 16); }
    if (e === 'x') { at += 2; return parseInt(source.slice(at - 2, at), 16); }
    return e.charCodeAt(0);
  };
  const join = (left, right) => {
    if (left.notBefore && right.s) {
      return right.s[0] === left.notBefore ? null : { s: left.s + right.s, notBefore: right.notBefore };
    }
    return { s: left.s + right.s, notBefore: left.notBefore || right.notBefore };
  };
  const alternation = () => {
    let strings = sequence();
    while (source[at] === '|') { at++; strings = strings.concat(sequence()); }
    return strings;
  };
  const sequence = () => {
    let strings = [{ s: '', notBefore: '' }];
    while (at < source.length && source[at] !== '|' && source[at] !== ')') {
      let atom;
      if (source.startsWith('(?!', at)) {
        at += 3;
        atom = [{ s: '', notBefore: String.fromCharCode(unit()) }];
        at++; // ')'
      } else if (source[at] === '(') {
        at += source.startsWith('(?:', at) ? 3 : 1;
        atom = alternation();
        at++; // ')'
      } else if (source[at] === '[') {
        at++;
        atom = [];
        while (source[at] !== ']') {
          const from = unit();
          let to = from;
          if (source[at] === '-' && source[at + 1] !== ']') { at++; to = unit(); }
          for (let u = from; u <= to; u++) atom.push({ s: String.fromCharCode(u), notBefore: '' });
        }
        at++;
      } else {
        atom = [{ s: String.fromCharCode(unit()), notBefore: '' }];
      }
      if (source[at] === '?') { at++; atom = [{ s: '', notBefore: '' }].concat(atom); }
      strings = strings.flatMap((left) => atom.map((right) => join(left, right)).filter((x) => x !== null));
    }
    return strings;
  };
  return alternation();
}

const hex = (s) => [...s].map((c) => c.codePointAt(0).toString(16).toUpperCase()).join(' ');
const wellFormed = (s) => !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s);

const tlds = [...alternatives(twitter.regexen.validGTLD), ...alternatives(twitter.regexen.validCCTLD)];
writeFileSync(resolve(out, 'x-tlds.txt'), tlds.join('\n') + '\n');

const emojiRegex = require('twemoji-parser/dist/lib/regex').default;
const sticky = new RegExp(emojiRegex.source, 'y');
// Kept: what the regex itself matches whole when it reads the string from its start (an earlier alternative may
// shadow a later, longer one); a string it matches only when no U+FE0E follows is marked "!FE0E", and where the
// same string is also reachable without that condition, the condition goes.
const emoji = new Map();
for (const { s, notBefore } of language(emojiRegex.source)) {
  if (!s || !wellFormed(s)) continue;
  sticky.lastIndex = 0;
  const m = sticky.exec(s);
  if (m === null || m[0] !== s) continue;
  emoji.set(s, emoji.has(s) ? emoji.get(s) && notBefore : notBefore);
}
const emojiLines = [...emoji.keys()].sort().map((s) => hex(s) + (emoji.get(s) ? ' !' + hex(emoji.get(s)) : ''));
writeFileSync(resolve(out, 'x-emoji.txt'), emojiLines.join('\n') + '\n');

const bluesky = require('tlds').filter((t) => /^[a-z]+$/.test(t));
writeFileSync(resolve(out, 'bluesky-tlds.txt'), bluesky.join('\n') + '\n');

console.log(`${tlds.length} X TLDs, ${emoji.size} X emoji, ${bluesky.length} Bluesky TLDs written to ${out}`);
