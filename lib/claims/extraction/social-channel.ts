// Whether an attribution names a social-media post as the channel of the words: "wrote on
// Facebook", "in a post on X", « sur sa page Facebook », "tweeted" (decision 050). Only the words
// around the source and the cue are read, outside the claim itself: a second speaker's "said on
// Facebook" elsewhere in the sentence is not this claim's channel.
import type { RawAttribution } from "./structure";
import type { Token } from "./tokens";

const PLATFORMS = "facebook|instagram|linkedin|telegram|tiktok|twitter|whatsapp|youtube|bluesky|mastodon|snapchat";
// (Tried on lower-cased text: see forLowerCase.)
const PLATFORM_NAMED = new RegExp(String.raw`(?<![\p{L}])(?:${PLATFORMS}|réseaux sociaux|social media|social network)(?![\p{L}])`, "u");
// ("on X", « sur X », « sur son compte X », "its X account": case matters, "on x" is no platform.)
// (« Sur X, l’IRM a indiqué… »: at the start of a sentence too.)
const X_PLATFORM = /(?<![\p{L}])(?:(?:[Oo]n|[Ss]ur|compte|account|fil|profil|profile)\s+(?:X|Threads)|(?:X|Threads)\s+(?:account|post|posts|feed))(?![\p{L}])/u;
// (Not "and" between two platforms: « Sur ses comptes Facebook et X, la présidence… ».)
const CLAUSE_BREAK = new RegExp(String.raw`[;]|(?<![\p{L}])(?:but|while|whereas|mais|alors que|tandis que|quand|(?:and|et)(?!\s+(?:X|Threads|${PLATFORMS})(?![\p{L}])))(?![\p{L}])`, "giu");
const PLATFORM_HINT = new RegExp(`${PLATFORMS}|sociaux|social|forum|reddit|board`, "i");
// A forum is a platform too, where the text says the words were posted on one: "in a widely shared
// post on a parenting forum", « Sur le forum de randonnée Hauts Sentiers, un internaute… » (not "at
// a forum on housing", a meeting).
const FORUM = /(?<![\p{L}])(?:on|sur)\s+(?:(?:a|an|the|le|un|ce|this|its|son)\s+)?(?:[\p{Ll}-]+\s+){0,2}(?:forum|forums|message board|subreddit)(?![\p{L}])|(?<![\p{L}])reddit(?![\p{L}])/iu;
const POSTING_CUES = new Set(["tweet", "retweet", "post", "tweeter", "retweeter"]);
// The platform as the speaker itself ("Facebook said in a statement", "a TikTok spokesperson").
const PLATFORM_SPEAKS = new RegExp(String.raw`^(?:the\s+|a\s+|an\s+|le\s+|la\s+|l['’])?(?:${PLATFORMS})(?![\p{L}])`, "iu");

/** Whether a phrase names a social network ("Facebook", « les réseaux sociaux »). */
export const namesPlatform = (s: string): boolean => PLATFORM_NAMED.test(s.toLowerCase());

export function viaSocialMedia(text: string, a: RawAttribution, content: [number, number], sentence: [number, number], sourceText: string | null): boolean {
  if (sourceText && PLATFORM_SPEAKS.test(sourceText.trim())) return false;
  if (POSTING_CUES.has(a.cue.lemma)) return true;
  // (A cheap look first: most sentences name no platform at all.)
  const around = text.slice(Math.min(sentence[0], content[0]), Math.max(sentence[1], content[1]));
  if (!PLATFORM_HINT.test(around) && !/X|Threads/.test(around)) return false;
  const start = Math.min(a.cueSpan[0], a.source?.[0] ?? Infinity);
  // (Before the attribution, only its own clause: "…films its crimes for social media, but a
  // youth worker said…" names no channel of the youth worker's.)
  // ("In a Facebook post shared more than 3,000 times, the club said…": a long opening phrase.)
  const before = text.slice(Math.max(sentence[0], start - 80), start);
  const breakAt = [...before.matchAll(CLAUSE_BREAK)].pop();
  const from = start - before.length + (breakAt ? breakAt.index + breakAt[0].length : 0);
  const to = Math.min(sentence[1], Math.max(a.cueSpan[1], a.source?.[1] ?? 0) + 60);
  const outside = [text.slice(from, Math.max(from, Math.min(to, content[0]))), text.slice(Math.min(to, Math.max(from, content[1])), to)].join(" ");
  // (« l’intersyndicale revendique 92 % sur sa page Facebook »: the channel closing the words.)
  const tail = text.slice(Math.max(content[0], content[1] - 40), content[1]);
  return namesPlatform(outside) || X_PLATFORM.test(outside) || FORUM.test(outside) || PLATFORM_AT_END.test(tail);
}

const PLATFORM_AT_END = new RegExp(String.raw`(?<![\p{L}])(?:on|sur)\s+(?:(?:its|his|her|their|son|sa|ses|leur)\s+)?(?:(?:page|compte|account|fil|profil|profile)\s+)?(?:${PLATFORMS})(?:\s+(?:page|account|feed))?\s*$`, "iu");

/** Where a phrase naming the platform a post was published on ends, when one starts at `from`
 *  ("on Facebook", « sur sa page Instagram », "on its X account"), else -1. */
export function platformPhraseEnd(tokens: Token[], from: number): number {
  if (!/^(?:on|sur)$/u.test(tokens[from]?.l ?? "")) return -1;
  for (let k = from + 1; k < Math.min(tokens.length, from + 5); k++) {
    if (tokens[k]!.p) return -1;
    if (namesPlatform(tokens[k]!.w) || (tokens[k]!.w === "X" && /^(?:compte|account|on|sur)$/u.test(tokens[k - 1]!.l))) return /^(?:account|page|feed)$/u.test(tokens[k + 1]?.l ?? "") ? k + 2 : k + 1;
  }
  return -1;
}
