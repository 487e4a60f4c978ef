/**
 * Waits past the current millisecond. Rows created back to back can share a timestamp (the
 * precision we store); tests that assert "newest first" across separate writes use this so the
 * order they check is the order of the writes, not of random ids.
 */
export const tick = () => new Promise((resolve) => setTimeout(resolve, 3));
