/**
 * Arrow keys, Home and End over a list of `count` items (tabs, services,
 * pipeline stages): the index to move to, or undefined for any other key.
 * From no selection (`index` < 0) forward goes to the first, backward to the last.
 * `wrap: false` stops at the ends (a pipeline has a first and a last stage).
 */
export function nextIndex(key: string, index: number, count: number, { wrap = true } = {}): number | undefined {
  if (count <= 0) return undefined;
  const step = (delta: number) => {
    if (index < 0) return delta > 0 ? 0 : count - 1;
    const next = index + delta;
    return wrap ? (next + count) % count : Math.min(count - 1, Math.max(0, next));
  };
  switch (key) {
    case 'ArrowDown':
    case 'ArrowRight':
      return step(1);
    case 'ArrowUp':
    case 'ArrowLeft':
      return step(-1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}
