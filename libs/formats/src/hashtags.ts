/**
 * Hashtags of a post's text, as `PostRow.hashtags` stores them: lower-case, without `#`, de-duplicated in order
 * of first appearance. A tag is unicode letters, combining marks (so `#café` written with a separate accent
 * stays whole), digits and `_`, with at least one letter or `_`: `#2025` alone is a number, not a tag (the
 * platforms do not link it either). A `#` glued to a word or to `&` (`C#`, `page#top`, `&#39;`) starts none.
 * The fullwidth `＃` of CJK keyboards counts as `#`.
 */
const HASHTAG = /(?<![\p{L}\p{M}\p{N}_&#＃])[#＃]([\p{L}\p{M}\p{N}_]+)/gu;
const HAS_NON_DIGIT = /[\p{L}\p{M}_]/u;

export function parseHashtags(text: string | null | undefined): string[] {
  if (!text) return [];
  const tags = new Set<string>();
  for (const match of text.normalize('NFC').matchAll(HASHTAG)) {
    const tag = match[1] ?? '';
    if (HAS_NON_DIGIT.test(tag)) tags.add(tag.toLowerCase());
  }
  return [...tags];
}
