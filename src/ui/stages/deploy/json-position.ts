/** Where JSON text first goes wrong: 0-based offset, with 1-based line and column. */
export interface JsonErrorPosition {
  offset: number;
  line: number;
  column: number;
}

const whitespace = new Set([' ', '\t', '\n', '\r']);
const literals = ['true', 'false', 'null'];
const numberPattern = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
// eslint-disable-next-line no-control-regex -- JSON forbids raw control characters in strings
const stringPattern = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;

/** Line and column (1-based) of an offset in text. */
export function computeLineColumn(text: string, offset: number): JsonErrorPosition {
  const before = text.slice(0, offset);
  const lines = before.split('\n');
  return { offset, line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

/**
 * The offset of the first JSON syntax error in text, or null when the text is valid JSON
 * (a small scanner, because engines word and place JSON.parse errors differently).
 */
export function computeJsonErrorOffset(text: string): number | null {
  let at = 0;
  const skip = () => {
    while (at < text.length && whitespace.has(text[at] ?? '')) at += 1;
  };
  const match = (pattern: RegExp): boolean => {
    pattern.lastIndex = at;
    const found = pattern.exec(text);
    if (found === null) return false;
    at += found[0].length;
    return true;
  };
  /** Reads one value; false (with `at` at the fault) when it is malformed. */
  const value = (): boolean => {
    skip();
    const char = text[at];
    if (char === '{') return container('}', true);
    if (char === '[') return container(']', false);
    if (char === '"') return match(stringPattern);
    const literal = literals.find((word) => text.startsWith(word, at));
    if (literal !== undefined) {
      at += literal.length;
      return true;
    }
    return match(numberPattern);
  };
  const container = (close: string, keyed: boolean): boolean => {
    at += 1;
    skip();
    if (text[at] === close) {
      at += 1;
      return true;
    }
    for (;;) {
      if (keyed) {
        skip();
        if (text[at] !== '"' || !match(stringPattern)) return false;
        skip();
        if (text[at] !== ':') return false;
        at += 1;
      }
      if (!value()) return false;
      skip();
      if (text[at] === close) {
        at += 1;
        return true;
      }
      if (text[at] !== ',') return false;
      at += 1;
    }
  };
  if (!value()) return at;
  skip();
  return at < text.length ? at : null;
}
