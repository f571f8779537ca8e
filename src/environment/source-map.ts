import type { Position } from './diagnostic.js';
import { parentPointer } from './json-pointer.js';

interface Located {
  /** Position of the property name, for members of objects. */
  readonly key?: Position;
  /** Position of the value itself. */
  readonly value: Position;
}

/**
 * Maps JSON pointers of a parsed document to where they were written,
 * so that a problem found in the data can be reported at its line and column.
 */
export class SourceMap {
  readonly #entries = new Map<string, Located>();
  readonly #end: Position;

  constructor(end: Position) {
    this.#end = end;
  }

  set(pointer: string, located: Located): void {
    this.#entries.set(pointer, located);
  }

  has(pointer: string): boolean {
    return this.#entries.has(pointer);
  }

  /**
   * The position of the value at `pointer`; `at: 'key'` prefers the property
   * name (an unknown property is best shown at its name). A pointer that is
   * not in the file (a defaulted value) falls back to its nearest ancestor.
   */
  positionOf(pointer: string, at: 'key' | 'value' = 'value'): Position {
    let current = pointer;
    for (;;) {
      const located = this.#entries.get(current);
      if (located) return at === 'key' && located.key ? located.key : located.value;
      if (current === '') return this.#end;
      current = parentPointer(current);
    }
  }
}
