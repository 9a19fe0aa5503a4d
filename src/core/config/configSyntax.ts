// jsonc-parser's syntax errors in words a person reads in the Problems view.
import { printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { ProblemList } from './configProblems';
import { quote } from './configReader';

// By name, not by the `ParseErrorCode` const enum: the tests are transpiled file by file, which cannot inline it.
const MESSAGES: Readonly<Record<string, string>> = {
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'expected a property name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected a colon after the property name',
  CommaExpected: 'expected a comma',
  CloseBraceExpected: 'expected a closing brace }',
  CloseBracketExpected: 'expected a closing bracket ]',
  EndOfFileExpected: 'expected the end of the file after the top-level value',
  InvalidCommentToken: 'invalid comment',
  UnexpectedEndOfComment: 'the comment is not closed',
  UnexpectedEndOfString: 'the string is not closed',
  UnexpectedEndOfNumber: 'the number is incomplete',
  InvalidUnicode: 'invalid \\u escape sequence',
  InvalidEscapeCharacter: 'invalid escape sequence',
  InvalidCharacter: 'control characters in a string must be escaped',
};

export function reportSyntaxErrors(text: string, errors: readonly ParseError[], problems: ProblemList): void {
  for (const error of errors) {
    problems.error('syntax', `Syntax error: ${describe(text, error)}`, error);
  }
}

function describe(text: string, error: ParseError): string {
  const name = printParseErrorCode(error.error);
  if (name === 'InvalidSymbol') {
    const symbol = text.slice(error.offset, error.offset + error.length);
    if (symbol.startsWith("'")) return 'JSON strings and property names use double quotes, not single quotes';
    return `unexpected ${quote(symbol)}`;
  }
  return MESSAGES[name] ?? 'the JSON is not valid';
}
