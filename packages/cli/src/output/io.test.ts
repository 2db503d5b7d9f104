import { describe, expect, it } from 'vitest';
import { colorWanted } from './io.js';

describe('colorWanted', () => {
  it('colours a terminal, not a pipe, unless told otherwise', () => {
    expect(colorWanted({}, true)).toBe(true);
    expect(colorWanted({}, false)).toBe(false);
  });

  it('honours NO_COLOR, FORCE_COLOR and TERM=dumb, NO_COLOR first', () => {
    expect(colorWanted({ NO_COLOR: '1' }, true)).toBe(false);
    expect(colorWanted({ NO_COLOR: '' }, true)).toBe(true); // empty means unset
    expect(colorWanted({ FORCE_COLOR: '1' }, false)).toBe(true);
    expect(colorWanted({ FORCE_COLOR: '0' }, true)).toBe(false);
    expect(colorWanted({ NO_COLOR: '1', FORCE_COLOR: '1' }, true)).toBe(false);
    expect(colorWanted({ TERM: 'dumb' }, true)).toBe(false);
    expect(colorWanted({ TERM: 'dumb', FORCE_COLOR: '1' }, true)).toBe(true);
  });

  it('lets --color / --no-color override everything', () => {
    expect(colorWanted({ NO_COLOR: '1' }, false, true)).toBe(true);
    expect(colorWanted({ FORCE_COLOR: '1' }, true, false)).toBe(false);
  });
});
