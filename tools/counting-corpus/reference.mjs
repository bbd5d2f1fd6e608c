// What the networks' own libraries make of one text: X through npm twitter-text (parseTweet with its default v3
// configuration, extractEntitiesWithIndices), Bluesky through @atproto/api (RichText and the app.bsky.feed.post
// lexicon), and Mastodon through the rule its server applies (StatusLengthValidator), written here on top of the
// same twitter-text extractor the server's Ruby code is a sibling of.
import twitter from 'twitter-text';
import { AppBskyFeedPost, RichText } from '@atproto/api';

const segmenter = new Intl.Segmenter();
const graphemes = (text) => {
  let n = 0;
  for (const _ of segmenter.segment(text)) n++;
  return n;
};

/** X: weighted length, validity and the entities, indices in UTF-16 code units as Java counts them. */
export function x(text) {
  const parsed = twitter.parseTweet(text);
  const entities = twitter.extractEntitiesWithIndices(text).map((e) => {
    if (e.url !== undefined) return ['link', e.indices[0], e.indices[1], e.url];
    if (e.hashtag !== undefined) return ['hashtag', e.indices[0], e.indices[1], e.hashtag];
    if (e.cashtag !== undefined) return ['cashtag', e.indices[0], e.indices[1], e.cashtag];
    return ['mention', e.indices[0], e.indices[1], e.screenName + (e.listSlug || '')];
  });
  return { length: parsed.weightedLength, valid: parsed.valid, entities };
}

const CREATED_AT = '2026-01-01T00:00:00.000Z';
const SOME_DID = 'did:plc:ewvi7nxzyoun6zhxrhs64oiz';

/** Whether the network's post lexicon takes a record: what a PDS checks before it stores the post. */
const accepted = (record) => AppBskyFeedPost.validateRecord({ $type: 'app.bsky.feed.post', createdAt: CREATED_AT, ...record }).success;

/**
 * Bluesky: graphemes and UTF-8 bytes, whether the text alone passes the lexicon, and the facets RichText detects
 * (byte ranges, kind, value), each with whether the lexicon takes it (a mention given a resolved DID).
 */
export function bluesky(text) {
  const rich = new RichText({ text });
  rich.detectFacetsWithoutResolution();
  const facets = (rich.facets ?? []).map((facet) => {
    const feature = facet.features[0];
    const kind = feature.$type.split('#')[1];
    const value = kind === 'link' ? feature.uri : kind === 'mention' ? feature.did : feature.tag;
    const sent = { index: facet.index, features: [kind === 'mention' ? { ...feature, did: SOME_DID } : feature] };
    return [kind, facet.index.byteStart, facet.index.byteEnd, value, accepted({ text: 'x', facets: [sent] })];
  });
  return { graphemes: rich.graphemeLength, bytes: rich.length, valid: accepted({ text }), facets };
}

const WORD = '\\p{L}\\p{M}\\p{Nd}\\p{Pc}'; // Ruby's [[:word:]] on a Unicode string
// Mastodon's Account::MENTION_RE: a local "@user" or a remote "@user@host".
const MASTODON_MENTION = new RegExp(
  `(?<![=/${WORD}])@(([a-z0-9_]+(?:[a-z0-9_.-]+[a-z0-9_]+)?)(?:@[${WORD}.-]+[${WORD}]+)?)`, 'giu');
const MAX_DOMAIN_LENGTH = 253;
const URL_PLACEHOLDER = 'x'.repeat(23);

/**
 * Mastodon's StatusLengthValidator: links written with a scheme count as 23 characters, a mention as "@user" even
 * when written "@user@host", everything else in graphemes; a blank post counts nothing.
 */
export function mastodon(text) {
  if (/^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*$/.test(text)) return { length: 0 }; // Ruby's blank?
  const urls = twitter.extractUrlsWithIndices(text, { extractUrlsWithoutProtocol: false })
    .map((u) => ({ indices: u.indices, replacement: URL_PLACEHOLDER }));
  const mentions = [];
  if (/[@＠]/.test(text)) {
    for (const m of text.matchAll(MASTODON_MENTION)) {
      const start = m.index;
      const end = start + m[0].length;
      if (twitter.regexen.endMentionMatch.test(text.slice(end))) continue;
      const [user, domain] = m[1].split('@');
      if (domain && domain.length > MAX_DOMAIN_LENGTH) continue;
      mentions.push({ indices: [start, end], replacement: '@' + user });
    }
  }
  const entities = urls.concat(mentions).sort((a, b) => a.indices[0] - b.indices[0]);
  let countable = '';
  let from = 0;
  for (const e of entities) {
    if (e.indices[0] < from) continue; // overlapping: the earlier one wins
    countable += text.slice(from, e.indices[0]) + e.replacement;
    from = e.indices[1];
  }
  countable += text.slice(from);
  return { length: graphemes(countable) };
}
