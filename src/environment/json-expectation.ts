/**
 * What JSON's grammar expects at a place in a text: a property name, the colon
 * after one, a value, a comma or the end of the object or array, or nothing
 * more (the document's one value has ended). Read by a forward scan of the
 * tokens before the place, so a syntax error can be named for what is missing
 * there rather than guessed from the characters around it.
 */
export type JsonExpectation = 'key' | 'colon' | 'value' | 'comma-or-close' | 'end-of-document';

type Container = { readonly kind: 'object' | 'array'; expecting: JsonExpectation };

export function jsonExpectationAt(text: string, offset: number): JsonExpectation {
  const stack: Container[] = [];
  let topLevelDone = false;
  const afterValue = () => {
    const top = stack.at(-1);
    if (top === undefined) topLevelDone = true;
    else top.expecting = 'comma-or-close';
  };
  let i = 0;
  while (i < offset && i < text.length) {
    const char = text[i] ?? '';
    if (/\s/.test(char)) {
      i++;
      continue;
    }
    const top = stack.at(-1);
    if (char === '"') {
      i = endOfString(text, i);
      if (top?.kind === 'object' && top.expecting === 'key') top.expecting = 'colon';
      else afterValue();
      continue;
    }
    if (char === '{' || char === '[') {
      stack.push({ kind: char === '{' ? 'object' : 'array', expecting: char === '{' ? 'key' : 'value' });
    } else if (char === '}' || char === ']') {
      stack.pop();
      afterValue();
    } else if (char === ':') {
      if (top !== undefined) top.expecting = 'value';
    } else if (char === ',') {
      if (top !== undefined) top.expecting = top.kind === 'object' ? 'key' : 'value';
    } else {
      // A number or a literal: a run up to the next structural character or space.
      while (i + 1 < offset && i + 1 < text.length && !/[\s{}[\]:,"]/.test(text[i + 1] ?? '')) i++;
      afterValue();
    }
    i++;
  }
  const top = stack.at(-1);
  if (top !== undefined) return top.expecting;
  return topLevelDone ? 'end-of-document' : 'value';
}

/** The offset just after the string that starts at `start` (its closing quote, or the end of the text). */
function endOfString(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i + 1;
  }
  return text.length;
}
