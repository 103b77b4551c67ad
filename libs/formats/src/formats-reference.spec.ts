import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { EXPORT_FORMATS } from './registry.js';

const REFERENCE = readFileSync(new URL('../../../docs/formats.md', import.meta.url), 'utf8');

/** docs/formats.md is the formats reference: a registered format without its section is undocumented. */
it('gives every registered format its section in docs/formats.md, in registry order', () => {
  const sections = [...REFERENCE.matchAll(/^### `([\w-]+)`$/gm)].map((match) => match[1]);
  expect(sections).toEqual(EXPORT_FORMATS.map((format) => format.id));
});
