/** Maps the placeholders of a case ($T, $U) to physical table names and back. */
export class TableNames {
  private readonly physical = new Map<string, string>();

  constructor(private readonly prefix: string) {}

  /** The physical name of a placeholder, created on first use. */
  resolve(placeholder: string): string {
    let name = this.physical.get(placeholder);
    if (name === undefined) {
      name = `${this.prefix}${placeholder.slice(1)}`;
      this.physical.set(placeholder, name);
    }
    return name;
  }

  /** Replaces every string (and object key) that is exactly a placeholder. */
  substitute(value: unknown): any {
    if (typeof value === 'string')
      return value.startsWith('$') && /^\$[A-Z]$/.test(value) ? this.resolve(value) : value;
    if (Array.isArray(value)) return value.map((element) => this.substitute(element));
    if (value === null || typeof value !== 'object' || value instanceof Uint8Array) return value;
    return Object.fromEntries(
      Object.entries(value).map(([key, element]) => [
        this.substitute(key),
        this.substitute(element),
      ]),
    );
  }

  /** Puts the placeholders back into a normalized result (names inside messages too). */
  restore(value: unknown): any {
    if (typeof value === 'string') return this.restoreText(value);
    if (Array.isArray(value)) return value.map((element) => this.restore(element));
    if (value === null || typeof value !== 'object') return value;
    return Object.fromEntries(
      Object.entries(value).map(([key, element]) => [this.restoreText(key), this.restore(element)]),
    );
  }

  private restoreText(text: string): string {
    let restored = text;
    const longestFirst = [...this.physical].sort((a, b) => b[1].length - a[1].length);
    for (const [placeholder, name] of longestFirst)
      restored = restored.split(name).join(placeholder);
    return restored;
  }
}
