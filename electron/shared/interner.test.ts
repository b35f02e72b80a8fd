import { describe, expect, it } from 'vitest';
import { Interner } from './interner.js';

describe('Interner', () => {
  it('numbers each distinct value once, in order of first sight', () => {
    const interner = new Interner();
    expect(['os', 'sys', 'os', '', 'sys', 'socket'].map((value) => interner.id(value))).toEqual([0, 1, 0, 2, 1, 3]);
    expect(interner.values).toEqual(['os', 'sys', '', 'socket']);
  });
});
