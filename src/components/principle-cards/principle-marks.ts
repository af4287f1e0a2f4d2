/**
 * Which mottos are marked: the card under the pointer and the card holding
 * keyboard focus (both, when they differ), in document order.
 */
export function markedIndexes(count: number, hovered?: number, focused?: number): number[] {
  const marked = new Set<number>();
  for (const i of [hovered, focused]) {
    if (i !== undefined && Number.isInteger(i) && i >= 0 && i < count) marked.add(i);
  }
  return [...marked].sort((a, b) => a - b);
}
