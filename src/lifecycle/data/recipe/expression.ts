import { LabError } from '../../../shared/lab-error';

/** An arithmetic expression over columns, parsed (never evaluated as code). */
export type ExpressionNode =
  | { kind: 'number'; value: number }
  | { kind: 'column'; name: string }
  | { kind: 'negate'; operand: ExpressionNode }
  | { kind: 'binary'; op: '+' | '-' | '*' | '/'; left: ExpressionNode; right: ExpressionNode };

type Token =
  | { kind: 'number'; value: number; at: number }
  | { kind: 'column'; name: string; at: number }
  | { kind: 'op'; op: '+' | '-' | '*' | '/' | '(' | ')'; at: number };

/** Longest accepted expression, in characters. */
export const maxExpressionLength = 2000;

function syntaxError(expression: string, at: number, why: string): LabError {
  return new LabError(
    'INVALID_ARGUMENT',
    `derive: ${why} at position ${at + 1} of "${expression}"`,
    {
      params: {
        step: 'derive',
        field: 'expression',
        position: at + 1,
        reason: 'expression',
        reasonText: why,
      },
    },
  );
}

const numberPattern = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/;

function tokenize(expression: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  while (at < expression.length) {
    const char = expression[at]!;
    if (char === ' ' || char === '\t' || char === '\n') {
      at++;
    } else if ('+-*/()'.includes(char)) {
      tokens.push({ kind: 'op', op: char as '+', at });
      at++;
    } else if (char === '`' || char === '[') {
      const close = expression.indexOf(char === '`' ? '`' : ']', at + 1);
      if (close < 0) throw syntaxError(expression, at, `an unclosed column reference ${char}`);
      const name = expression.slice(at + 1, close);
      if (name === '') throw syntaxError(expression, at, 'an empty column name');
      tokens.push({ kind: 'column', name, at });
      at = close + 1;
    } else {
      const match = numberPattern.exec(expression.slice(at));
      if (!match) {
        const word = /^[\w$.]+/.exec(expression.slice(at))?.[0] ?? char;
        throw syntaxError(
          expression,
          at,
          `"${word}" is not allowed (only numbers, + - * /, parentheses and columns in \`backticks\` or [brackets])`,
        );
      }
      tokens.push({ kind: 'number', value: Number(match[0]), at });
      at += match[0].length;
    }
  }
  return tokens;
}

/**
 * Parses arithmetic over columns: numbers, + - * /, unary minus, parentheses, and column
 * references in `backticks` or [brackets]. Anything else (names, calls, property access,
 * strings) is INVALID_ARGUMENT with its position.
 */
export function parseExpression(expression: string): ExpressionNode {
  if (typeof expression !== 'string' || expression.trim() === '') {
    throw new LabError('INVALID_ARGUMENT', 'derive: the expression is empty', {
      params: {
        step: 'derive',
        field: 'expression',
        reason: 'empty',
        reasonText: 'the expression is empty',
      },
    });
  }
  if (expression.length > maxExpressionLength)
    throw syntaxError(expression, maxExpressionLength, 'the expression is too long');
  const tokens = tokenize(expression);
  let i = 0;
  const peekOp = () => {
    const token = tokens[i];
    return token?.kind === 'op' ? token.op : null;
  };
  const end = () => tokens[i]?.at ?? expression.length;

  function primary(depth: number): ExpressionNode {
    if (depth > 200) throw syntaxError(expression, end(), 'the expression nests too deeply');
    const token = tokens[i++];
    if (token === undefined) throw syntaxError(expression, expression.length, 'a value is missing');
    if (token.kind === 'number') return { kind: 'number', value: token.value };
    if (token.kind === 'column') return { kind: 'column', name: token.name };
    if (token.op === '-') return { kind: 'negate', operand: primary(depth + 1) };
    if (token.op === '+') return primary(depth + 1);
    if (token.op === '(') {
      const inner = sum(depth + 1);
      if (peekOp() !== ')') throw syntaxError(expression, end(), 'a ")" is missing');
      i++;
      return inner;
    }
    throw syntaxError(expression, token.at, `unexpected "${token.op}"`);
  }
  function product(depth: number): ExpressionNode {
    let left = primary(depth);
    for (let op = peekOp(); op === '*' || op === '/'; op = peekOp()) {
      i++;
      left = { kind: 'binary', op, left, right: primary(depth) };
    }
    return left;
  }
  function sum(depth: number): ExpressionNode {
    let left = product(depth);
    for (let op = peekOp(); op === '+' || op === '-'; op = peekOp()) {
      i++;
      left = { kind: 'binary', op, left, right: product(depth) };
    }
    return left;
  }
  const tree = sum(0);
  if (i < tokens.length) throw syntaxError(expression, end(), 'an operator is missing');
  return tree;
}

/** The column names an expression refers to, in order of first use. */
export function listExpressionColumns(node: ExpressionNode, into: string[] = []): string[] {
  if (node.kind === 'column' && !into.includes(node.name)) into.push(node.name);
  if (node.kind === 'negate') listExpressionColumns(node.operand, into);
  if (node.kind === 'binary') {
    listExpressionColumns(node.left, into);
    listExpressionColumns(node.right, into);
  }
  return into;
}

/** The expression's value for one row; `read` gives a column's value (NaN when missing). */
export function evaluateExpression(node: ExpressionNode, read: (name: string) => number): number {
  switch (node.kind) {
    case 'number':
      return node.value;
    case 'column':
      return read(node.name);
    case 'negate':
      return -evaluateExpression(node.operand, read);
    default: {
      const a = evaluateExpression(node.left, read);
      const b = evaluateExpression(node.right, read);
      return node.op === '+' ? a + b : node.op === '-' ? a - b : node.op === '*' ? a * b : a / b;
    }
  }
}
