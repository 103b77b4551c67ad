import { describe, expect, it } from 'vitest';
import { postSortOf, truncateText } from './top-posts.util';

describe('truncateText', () => {
  it('keeps a short caption whole, on one line', () => {
    expect(truncateText('New in:\n  wool hats')).toBe('New in: wool hats');
  });

  it('cuts a long caption at a word and marks the cut', () => {
    expect(truncateText('one two three four five six', 12)).toBe('one two…');
  });
});

describe('postSortOf', () => {
  it('reads a sort the API knows, else falls back to engagements', () => {
    expect(postSortOf('REACH')).toBe('REACH');
    expect(postSortOf('LIKES')).toBe('ENGAGEMENTS');
  });
});
