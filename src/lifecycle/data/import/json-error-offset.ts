/**
 * The offset of the first syntax error in JSON text (or its length when the text ends early),
 * found by a small recursive-descent scan. Used only after JSON.parse has failed, since not
 * every runtime puts the position in its message.
 */
export function computeJsonErrorOffset(text: string): number {
  let i = 0;
  const skip = () => {
    while (i < text.length && ' \t\r\n'.includes(text[i] as string)) i++;
  };
  const literal = (word: string): boolean => {
    if (text.startsWith(word, i)) i += word.length;
    else return false;
    return true;
  };
  const string = (): boolean => {
    i++;
    while (i < text.length) {
      const char = text[i] as string;
      if (char === '"') return ++i > 0;
      if (char === '\\') {
        if (!/^(["\\/bfnrt]|u[0-9a-fA-F]{4})/.test(text.slice(i + 1, i + 6))) return false;
        i += text[i + 1] === 'u' ? 6 : 2;
      } else if (char < ' ') return false;
      else i++;
    }
    return false;
  };
  const number = (): boolean => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (match === null) return false;
    i += match[0].length;
    return true;
  };
  const value = (): boolean => {
    skip();
    const char = text[i];
    if (char === '{' || char === '[') return container(char === '{' ? '}' : ']', char === '{');
    if (char === '"') return string();
    if (char === 't') return literal('true');
    if (char === 'f') return literal('false');
    if (char === 'n') return literal('null');
    return number();
  };
  const container = (close: string, keyed: boolean): boolean => {
    i++;
    skip();
    if (text[i] === close) return ++i > 0;
    for (;;) {
      if (keyed) {
        skip();
        if (text[i] !== '"' || !string()) return false;
        skip();
        if (text[i] !== ':') return false;
        i++;
      }
      if (!value()) return false;
      skip();
      if (text[i] === close) return ++i > 0;
      if (text[i] !== ',') return false;
      i++;
    }
  };
  if (!value()) return Math.min(i, text.length);
  skip();
  return i;
}
