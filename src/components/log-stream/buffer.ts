/**
 * A bounded ring buffer of rows: at most `max` rows; pushing past it drops the
 * oldest and counts the drop. Rows with an event id are deduplicated, so a
 * line a server sends again after a reconnect shows once.
 */
export class RingBuffer<T> {
  private items: (T | undefined)[] = [];
  private head = 0;
  private size = 0;
  /** Ids seen recently (insertion order = age); kept to twice the capacity. Numbers and strings are distinct ids. */
  private seen = new Set<string | number>();
  /** Rows dropped from the front since the last clear. */
  dropped = 0;

  constructor(private max: number) {
    this.max = Math.max(1, Math.floor(max));
  }

  get length(): number {
    return this.size;
  }

  get capacity(): number {
    return this.max;
  }

  /** Row i, oldest first (0 ≤ i < length). */
  get(i: number): T {
    return this.items[(this.head + i) % this.max] as T;
  }

  /**
   * Appends a row. `id` (when given) dedups: a row whose id was seen is
   * refused. Returns true when the row was added.
   */
  push(item: T, id?: string | number): boolean {
    if (id !== undefined) {
      if (this.seen.has(id)) return false;
      this.seen.add(id);
      if (this.seen.size > this.max * 2) this.seen.delete(this.seen.values().next().value!);
    }
    if (this.size < this.max) {
      this.items[(this.head + this.size) % this.max] = item;
      this.size++;
    } else {
      this.items[this.head] = item;
      this.head = (this.head + 1) % this.max;
      this.dropped++;
    }
    return true;
  }

  /** New capacity; keeps the newest rows (the rest count as dropped). */
  resize(max: number): void {
    const rows = this.toArray();
    this.max = Math.max(1, Math.floor(max));
    const keep = rows.slice(Math.max(0, rows.length - this.max));
    this.dropped += rows.length - keep.length;
    this.items = keep;
    this.head = 0;
    this.size = keep.length;
  }

  /** Empties the buffer and the drop count; seen ids stay, so a replayed line is still refused. */
  clear(): void {
    this.items = [];
    this.head = 0;
    this.size = 0;
    this.dropped = 0;
  }

  toArray(): T[] {
    const out: T[] = [];
    for (let i = 0; i < this.size; i++) out.push(this.get(i));
    return out;
  }
}
