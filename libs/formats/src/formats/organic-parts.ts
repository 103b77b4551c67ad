import type { ParseEvent } from '../canonical.js';
import type { Column } from '../columns.js';
import type { RowCells } from '../row-cells.js';

/**
 * Small pieces the organic exports share (X, TikTok Studio, LinkedIn Page, YouTube Studio, Meta Business Suite posts).
 */

/**
 * The sum of the counts a file gives, or null when it gives none of them. Used for engagements, whose one
 * cross-platform definition is likes + comments + shares (+ saves where given), docs/FORMATS.md §4.
 */
export function sumCounts(...counts: ReadonlyArray<number | null | undefined>): number | null {
  const given = counts.filter((count): count is number => typeof count === 'number');
  return given.length === 0 ? null : given.reduce((sum, count) => sum + count, 0);
}

/**
 * The sum of parts read from a row's cells (likes + comments + shares), as `sumCounts`; but null when a part's cell
 * was given and unreadable: a total short of one part would pass for the whole one.
 */
export function sumParts(cells: RowCells, parts: ReadonlyArray<readonly [Column | undefined, number | null]>) {
  if (parts.some(([column]) => cells.leftOut(column))) return null;
  return sumCounts(...parts.map(([, count]) => count));
}

/** Warnings noticed while mapping rows, each said once, just before the event that raised it. */
export class OnceWarnings {
  private readonly said = new Set<string>();
  private pending: string[] = [];

  add(message: string | null): void {
    if (message === null || this.said.has(message)) return;
    this.said.add(message);
    this.pending.push(message);
  }

  *drain(): Generator<ParseEvent> {
    const messages = this.pending;
    this.pending = [];
    for (const message of messages) yield { type: 'warning', message };
  }
}

export async function* withWarnings(
  events: AsyncIterable<ParseEvent>,
  warnings: OnceWarnings,
): AsyncGenerator<ParseEvent> {
  for await (const event of events) {
    yield* warnings.drain();
    yield event;
  }
  yield* warnings.drain();
}
