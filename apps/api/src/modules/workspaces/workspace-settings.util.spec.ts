import { BadRequestException } from '@nestjs/common';
import { describe, expect, it } from 'vitest';
import { amountText, currencyCode, displayName, timeZoneName } from './workspace-settings.util.js';

describe('workspace settings', () => {
  it('trims names and refuses empty or over-long ones', () => {
    expect(displayName('  Acme  ', 'name')).toBe('Acme');
    expect(() => displayName('   ', 'name')).toThrow(/name must have 1 to 100 characters/);
    expect(() => displayName('x'.repeat(101), 'name')).toThrow(BadRequestException);
  });

  it('takes ISO 4217 codes in any case and refuses anything else', () => {
    expect(currencyCode(' eur ')).toBe('EUR');
    for (const bad of ['EURO', 'XYZ', '', '€']) expect(() => currencyCode(bad)).toThrow(BadRequestException);
  });

  it('takes IANA time zones in their canonical spelling and refuses unknown ones', () => {
    expect(timeZoneName('UTC')).toBe('UTC');
    expect(timeZoneName('europe/paris')).toBe('Europe/Paris');
    for (const bad of ['Mars/Olympus', '', '+25:00']) expect(() => timeZoneName(bad)).toThrow(BadRequestException);
  });

  it('keeps amounts exact and refuses negative, too long or too precise ones', () => {
    expect(amountText(1234.5)).toBe('1234.5');
    expect(amountText(0)).toBe('0');
    expect(() => amountText(-1, 'organicMonthlyCost')).toThrow(/organicMonthlyCost must be 0 or more/);
    expect(() => amountText(0.1234567)).toThrow(/6 after/);
    expect(() => amountText(1e15)).toThrow(/14 digits/);
  });
});
