import { describe, expect, it } from 'vitest';
import { agencyOffset, placeOffset } from './zones.js';

describe('placeOffset', () => {
  it('reads the city, or the region a dateline gives after it', () => {
    expect(placeOffset('WASHINGTON')).toBe(-5);
    expect(placeOffset('SEATTLE, Wash.')).toBe(-8);
    expect(placeOffset('MALE, the Maldives')).toBe(5);
    expect(placeOffset('Bonn')).toBe(1);
    expect(placeOffset('Smalltown')).toBeNull();
  });
});

describe('agencyOffset', () => {
  it('knows the home desks of the agencies', () => {
    expect(agencyOffset('Xinhua')).toBe(8);
    expect(agencyOffset('AP')).toBe(-5);
    expect(agencyOffset('Unknown Wire')).toBeNull();
  });
});
