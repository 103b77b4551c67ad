import { BadRequestException } from '@nestjs/common';
import type { ImportRun } from './import.entity.js';

/** Where an import stands in the `imports` list, newest first: its creation instant, then its id to break ties. */
export interface ImportCursor {
  createdAt: string;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** As `Date.toISOString` writes it, which is all this API puts in a cursor. */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** Opaque to clients: base64url of `[createdAt, id]`, which they pass back as `after` and never build themselves. */
export function encodeImportCursor(run: Pick<ImportRun, 'createdAt' | 'id'>): string {
  return Buffer.from(JSON.stringify([run.createdAt.toISOString(), run.id]), 'utf8').toString('base64url');
}

/** The position an `after` names; BadRequestException (→ BAD_USER_INPUT) when it is not a cursor this API gave. */
export function decodeImportCursor(cursor: string): ImportCursor {
  const decoded = parseJson(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (Array.isArray(decoded) && decoded.length === 2) {
    const [createdAt, id] = decoded as unknown[];
    const instant =
      typeof createdAt === 'string' && ISO_INSTANT.test(createdAt) && !Number.isNaN(Date.parse(createdAt));
    if (instant && typeof id === 'string' && UUID.test(id)) return { createdAt: createdAt as string, id };
  }
  const shown = cursor.length > 80 ? `${cursor.slice(0, 80)}…` : cursor;
  throw new BadRequestException(
    `"after" must be the cursor of an import from an earlier page of imports, got ${JSON.stringify(shown)}`,
  );
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
