/** A Web Storage in memory, for tests: two "tabs" share one, as two real tabs share localStorage. */
export class MemoryStorage implements Storage {
	#items = new Map<string, string>();
	/** Every key written or removed, in order: what the other tabs' `storage` events would name. */
	readonly writes: string[] = [];

	get length(): number {
		return this.#items.size;
	}
	key(index: number): string | null {
		return [...this.#items.keys()][index] ?? null;
	}
	getItem(key: string): string | null {
		return this.#items.get(key) ?? null;
	}
	setItem(key: string, value: string): void {
		this.#items.set(key, String(value));
		this.writes.push(key);
	}
	removeItem(key: string): void {
		this.#items.delete(key);
		this.writes.push(key);
	}
	clear(): void {
		this.#items.clear();
	}
	[name: string]: unknown;
}
