import { describe, expect, it } from 'vitest';
import { parseHashtags } from './hashtags.js';

describe('parseHashtags', () => {
  it('lower-cases tags, drops the #, and keeps the order of first appearance without repeats', () => {
    expect(parseHashtags('New drop! #FallEdit #northwind\n#falledit #Trail_Ready')).toEqual([
      'falledit',
      'northwind',
      'trail_ready',
    ]);
  });

  it('reads unicode letters and digits, and ends a tag at punctuation', () => {
    expect(parseHashtags('#été2025, #Größe. #日本 #café!')).toEqual(['été2025', 'größe', '日本', 'café']);
  });

  it('keeps a tag written with a combining accent whole', () => {
    expect(parseHashtags('#cafe\u0301')).toEqual(['café']);
  });

  it('ignores numbers, a # inside a word or entity, and an empty #', () => {
    expect(parseHashtags('#1 seller C# page#top &#39; # #2025 #2025sale')).toEqual(['2025sale']);
  });

  it('accepts the fullwidth ＃', () => {
    expect(parseHashtags('＃秋コーデ')).toEqual(['秋コーデ']);
  });

  it('gives no tags for empty text', () => {
    expect(parseHashtags(null)).toEqual([]);
    expect(parseHashtags('')).toEqual([]);
  });
});
