import { BadRequestException, ForbiddenException, NotFoundException } from '@nestjs/common';
import { describe, expect, it } from 'vitest';
import { graphqlOutcome, httpOutcome, targetOf } from './audit-entry.util.js';

describe('audit entries', () => {
  it('tells a refusal (role, key) from a failure and a success', () => {
    expect(graphqlOutcome(undefined)).toEqual({ outcome: 'SUCCESS', errorCode: null });
    expect(graphqlOutcome(new ForbiddenException('no'))).toEqual({ outcome: 'REFUSED', errorCode: 'FORBIDDEN' });
    expect(graphqlOutcome(new BadRequestException('bad'))).toEqual({ outcome: 'FAILED', errorCode: 'BAD_USER_INPUT' });
    expect(graphqlOutcome(new NotFoundException('gone'))).toEqual({ outcome: 'FAILED', errorCode: 'NOT_FOUND' });
    expect(graphqlOutcome(new Error('boom'))).toEqual({ outcome: 'FAILED', errorCode: 'INTERNAL_SERVER_ERROR' });
    expect(httpOutcome(202)).toEqual({ outcome: 'SUCCESS', errorCode: null });
    expect(httpOutcome(403)).toEqual({ outcome: 'REFUSED', errorCode: '403' });
    expect(httpOutcome(413)).toEqual({ outcome: 'FAILED', errorCode: '413' });
  });

  it('names the target by id, never by what else the answer carries', () => {
    expect(targetOf({ id: 'k1' }, { id: 'k1', name: 'ci' })).toBe('k1');
    expect(targetOf({ name: 'ci' }, { key: { id: 'k2' }, secret: 'tdm_secret' })).toBe('k2');
    expect(targetOf({}, { workspace: { id: 'w1' }, ownerKey: 'tdm_secret' })).toBe('w1');
    expect(targetOf({ month: '2026-01' }, { id: 'w2' })).toBe('w2');
    expect(targetOf({}, null)).toBeNull();
    expect(targetOf({}, { secret: 'tdm_secret' })).toBeNull();
  });
});
