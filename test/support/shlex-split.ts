/**
 * How the SSM agent in a container turns the ExecuteCommand `command` into an
 * argv: google/shlex's `Split` (amazon-ssm-agent `agent/session/shell/shell_unix.go`),
 * rewritten here for the fake agent of the tests. Words are split on space, tab,
 * CR and LF; `'…'` is literal; `"…"` is literal except that `\` takes the next
 * character; a `\` outside quotes takes the next character; a `#` that starts a
 * word starts a comment to the end of the line. No expansion of any kind.
 */
export function shlexSplit(input: string): string[] {
  const words: string[] = [];
  let word: string | undefined;
  let state: 'start' | 'word' | 'escape' | 'single' | 'double' | 'double-escape' | 'comment' = 'start';
  for (const char of input) {
    switch (state) {
      case 'start':
      case 'word':
        if (/[ \t\r\n]/.test(char)) {
          if (word !== undefined) words.push(word);
          word = undefined;
          state = 'start';
        } else if (char === '#' && state === 'start') {
          state = 'comment';
        } else if (char === "'") {
          word ??= '';
          state = 'single';
        } else if (char === '"') {
          word ??= '';
          state = 'double';
        } else if (char === '\\') {
          word ??= '';
          state = 'escape';
        } else {
          word = (word ?? '') + char;
          state = 'word';
        }
        break;
      case 'escape':
        word += char;
        state = 'word';
        break;
      case 'single':
        if (char === "'") state = 'word';
        else word += char;
        break;
      case 'double':
        if (char === '"') state = 'word';
        else if (char === '\\') state = 'double-escape';
        else word += char;
        break;
      case 'double-escape':
        word += char;
        state = 'double';
        break;
      case 'comment':
        if (char === '\n') state = 'start';
        break;
    }
  }
  if (state === 'single' || state === 'double' || state === 'double-escape' || state === 'escape') {
    throw new Error(`unterminated ${state} in command`);
  }
  if (word !== undefined) words.push(word);
  return words;
}
