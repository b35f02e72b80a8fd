import { describe, expect, it } from 'vitest';
import { clampSidebarWidth, DEFAULT_SIDEBAR_WIDTH, MAX_SIDEBAR_WIDTH, MIN_SIDEBAR_WIDTH, widthAfterKey } from './sidebarWidth';

describe('the sidebar width', () => {
  it('stays between its limits, in quarter rems', () => {
    expect(clampSidebarWidth(3)).toBe(MIN_SIDEBAR_WIDTH);
    expect(clampSidebarWidth(400)).toBe(MAX_SIDEBAR_WIDTH);
    expect(clampSidebarWidth(20.13)).toBe(20.25);
    expect(clampSidebarWidth(Number.NaN)).toBe(DEFAULT_SIDEBAR_WIDTH);
  });

  it('moves with the arrow keys (Shift: four steps), Home and End; other keys are left alone', () => {
    expect(widthAfterKey(17.5, 'ArrowRight', false)).toBe(18.5);
    expect(widthAfterKey(17.5, 'ArrowLeft', true)).toBe(13.5);
    expect(widthAfterKey(12.5, 'ArrowLeft', true)).toBe(MIN_SIDEBAR_WIDTH);
    expect(widthAfterKey(17.5, 'Home', false)).toBe(MIN_SIDEBAR_WIDTH);
    expect(widthAfterKey(17.5, 'End', false)).toBe(MAX_SIDEBAR_WIDTH);
    expect(widthAfterKey(17.5, 'a', false)).toBeNull();
  });
});
