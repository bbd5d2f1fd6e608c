// Writes the counting agreement corpus: a few thousand texts made from a seed, each with what X, Bluesky and Mastodon
// make of it (see reference.mjs). Run: npm ci && npm run generate [-- --seed N --count N --out FILE]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import twitter from 'twitter-text';
import { chaos, random, separator, token, EMOJI, WORDS } from './texts.mjs';
import { bluesky, mastodon, x } from './reference.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const option = (name, fallback) => {
  const at = process.argv.indexOf('--' + name);
  return at > 0 ? process.argv[at + 1] : fallback;
};
const seed = Number(option('seed', 20261212));
const count = Number(option('count', 4000));
const out = resolve(option('out', resolve(root, 'core/src/test/resources/writing/social/counting-corpus.jsonl')));

const r = random(seed);
const segmenter = new Intl.Segmenter();
const graphemes = (text) => [...segmenter.segment(text)].length;
const bytes = (text) => Buffer.byteLength(text, 'utf8');

/** Pieces joined until the measure reaches a target drawn around a limit, so many texts sit right at it. */
function nearLimit(measure, limit, spread, piece = token, between = separator) {
  const target = limit - spread + r.int(2 * spread + 1);
  let text = piece(r);
  while (measure(text) < target) {
    text += between(r) + piece(r);
  }
  return text;
}

// Emoji sequences of 13 to 35 bytes and words of scripts with 3-byte letters: 3,000 bytes in fewer than 300 graphemes.
const HEAVY = EMOJI.filter((e) => Buffer.byteLength(e) >= 13);
const heavy = (rr) => rr.chance(0.9) ? rr.pick(HEAVY) : rr.pick(rr.chance(0.5) ? WORDS.devanagari : WORDS.thai);
const dense = (rr) => rr.pick([token, token, () => rr.pick(['#', '@', '$', '(', '.'])])(rr);

function text() {
  switch (r.weighted({ short: 44, x: 14, graphemes: 10, bytes: 5, mastodon: 8, dense: 11, chaos: 8 })) {
    case 'chaos': return chaos(r, 5 + r.int(120));
    case 'x': return nearLimit((t) => twitter.parseTweet(t).weightedLength, 280, 12);
    case 'graphemes': return nearLimit(graphemes, 300, 8);
    case 'bytes': return nearLimit(bytes, 3000, 40, heavy, (rr) => rr.chance(0.6) ? '' : separator(rr));
    case 'mastodon': return nearLimit((t) => mastodon(t).length, 500, 12);
    case 'dense': return nearLimit((t) => t.length, 40 + r.int(80), 0, dense);
    default: {
      const pieces = 1 + r.int(24);
      let t = r.chance(0.05) ? separator(r) : '';
      for (let i = 0; i < pieces; i++) t += (i > 0 ? separator(r) : '') + token(r);
      return t + (r.chance(0.05) ? separator(r) : '');
    }
  }
}

/**
 * JSON with every space, control, format and private or unassigned character escaped, and the combining marks an
 * editor could compose with a Latin letter, so no editor or diff can change them.
 */
function line(value) {
  return JSON.stringify(value).replace(/[\p{C}\p{Z}\u115f\u1160\u3164]|(?<=[A-Za-z\p{M}])\p{M}/gu, (c) => c === ' ' ? c
    : c.split('').map((u) => '\\u' + u.charCodeAt(0).toString(16).padStart(4, '0')).join(''));
}

const api = JSON.parse(readFileSync(resolve(here, 'node_modules/@atproto/api/package.json'), 'utf8')).version;
const tt = JSON.parse(readFileSync(resolve(here, 'node_modules/twitter-text/package.json'), 'utf8')).version;
const lines = [line({
  corpus: 'counting agreement', seed, count,
  references: { 'twitter-text': tt, '@atproto/api': api, node: process.versions.node, unicode: process.versions.unicode },
})];
const seen = new Set();
for (let id = 0; lines.length <= count; id++) {
  const t = text();
  if (seen.has(t)) continue;
  seen.add(t);
  lines.push(line({ id: lines.length, text: t, x: x(t), bluesky: bluesky(t), mastodon: mastodon(t) }));
}
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, lines.join('\n') + '\n');
console.log(`${count} texts written to ${out}`);
