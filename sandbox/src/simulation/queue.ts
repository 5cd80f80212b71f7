/** A binary min-heap on a numeric key: the simulation's agenda of events and answers by time. */
export class TimeQueue<T> {
  private readonly items: { at: number; order: number; value: T }[] = [];
  private counter = 0;

  get size(): number {
    return this.items.length;
  }

  push(at: number, value: T): void {
    // `order` keeps equal times first-in first-out, so runs are reproducible.
    const item = { at, order: this.counter++, value };
    const items = this.items;
    items.push(item);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(items[i] as typeof item, items[parent] as typeof item)) break;
      [items[i], items[parent]] = [items[parent] as typeof item, items[i] as typeof item];
      i = parent;
    }
  }

  /** The earliest time waiting, if any. */
  peek(): number | undefined {
    return this.items[0]?.at;
  }

  pop(): T | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (top === undefined || last === undefined) return undefined;
    if (items.length > 0) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let smallest = i;
        if (left < items.length && this.before(items[left] as typeof last, items[smallest] as typeof last))
          smallest = left;
        if (right < items.length && this.before(items[right] as typeof last, items[smallest] as typeof last))
          smallest = right;
        if (smallest === i) break;
        [items[i], items[smallest]] = [items[smallest] as typeof last, items[i] as typeof last];
        i = smallest;
      }
    }
    return top.value;
  }

  private before(a: { at: number; order: number }, b: { at: number; order: number }): boolean {
    return a.at < b.at || (a.at === b.at && a.order < b.order);
  }
}
