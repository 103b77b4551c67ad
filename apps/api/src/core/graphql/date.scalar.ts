import { BadRequestException } from '@nestjs/common';
import { CustomScalar, Scalar } from '@nestjs/graphql';
import { Kind, type ValueNode } from 'graphql';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar day `YYYY-MM-DD` in the workspace's time zone: a string, never a Date, so no zone can shift it. */
export function parseIsoDay(value: unknown): string {
  const match = typeof value === 'string' ? ISO_DAY.exec(value) : null;
  const day = match ? new Date(`${value as string}T00:00:00Z`) : null;
  if (!day || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== value) {
    throw new BadRequestException(`Date must be a real day written YYYY-MM-DD, got ${JSON.stringify(value)}`);
  }
  return value as string;
}

@Scalar('Date')
export class DateScalar implements CustomScalar<string, string> {
  description = 'A calendar day, YYYY-MM-DD, in the workspace time zone';

  parseValue(value: unknown): string {
    return parseIsoDay(value);
  }

  /** Days the API answers were written by Postgres: their shape is checked, not their calendar (1,095 in a series). */
  serialize(value: unknown): string {
    return typeof value === 'string' && ISO_DAY.test(value) ? value : parseIsoDay(value);
  }

  parseLiteral(ast: ValueNode): string {
    return parseIsoDay(ast.kind === Kind.STRING ? ast.value : null);
  }
}
