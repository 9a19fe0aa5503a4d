// How each language writes comments and strings: just enough lexical knowledge to tell a TODO in a comment from
// one in a string literal or an identifier. Keyed by VS Code language id (see languageIds.ts for file names).

/** Where a line-comment marker counts. `afterSpace`: at line start or after whitespace (shell `#`, YAML). */
export type MarkerPlacement = 'any' | 'afterSpace' | 'lineStart';

export interface LineMarker {
  readonly marker: string;
  readonly placement: MarkerPlacement;
  /** `REM` in batch files: any case, and only as a whole word. */
  readonly word?: boolean;
  /** A backslash before the marker makes it literal (`\%` in LaTeX, `\#` in make). */
  readonly escapable?: boolean;
}

export interface BlockMarker {
  readonly open: string;
  readonly close: string;
  readonly nested?: boolean;
  /** Ruby `=begin`, MATLAB `%{`: only at the start of a line. */
  readonly lineStart?: boolean;
}

export interface StringDelimiter {
  readonly open: string;
  readonly close: string;
  /** A string that may span lines; the others end at the end of the line even when unterminated. */
  readonly multiline: boolean;
  /** Backslash escapes the next character. */
  readonly escapes: boolean;
  /** MATLAB: after an operand (`a'`, `x(1)'`) the quote is the transpose operator, not a string. */
  readonly notAfterOperand?: boolean;
}

export interface CommentSyntax {
  readonly line: readonly LineMarker[];
  readonly block: readonly BlockMarker[];
  readonly strings: readonly StringDelimiter[];
  /**
   * `'` opens a character literal only when it closes right away (`'a'`, `'\n'`); otherwise it is a Rust
   * lifetime, a Haskell prime, an Ada attribute or a MATLAB transpose, and not a string.
   */
  readonly charQuote?: boolean;
  /** JavaScript regular-expression literals, recognised by the token before the `/`. */
  readonly regexLiterals?: boolean;
}

const line = (marker: string, placement: MarkerPlacement = 'any', extra: Partial<LineMarker> = {}): LineMarker => ({
  marker,
  placement,
  ...extra,
});
const block = (open: string, close: string, extra: Partial<BlockMarker> = {}): BlockMarker => ({ open, close, ...extra });
const str = (open: string, close = open, multiline = false, escapes = true): StringDelimiter => ({ open, close, multiline, escapes });

const DQ = str('"');
const SQ = str("'");
const SLASH_SLASH = line('//');
const HASH = line('#');
const C_BLOCK = block('/*', '*/');
const C_NESTED = block('/*', '*/', { nested: true });
const XML_BLOCK = block('<!--', '-->');
const TRIPLE_DQ = str('"""', '"""', true);
const TRIPLE_SQ = str("'''", "'''", true);

const C: CommentSyntax = { line: [SLASH_SLASH], block: [C_BLOCK], strings: [DQ], charQuote: true };
const JAVA: CommentSyntax = { ...C, strings: [TRIPLE_DQ, DQ] };
const CSHARP: CommentSyntax = { ...C, strings: [TRIPLE_DQ, str('@"', '"', true, false), str('$@"', '"', true, false), DQ] };
const GO: CommentSyntax = { ...C, strings: [DQ, str('`', '`', true, false)] };
const RUST: CommentSyntax = {
  line: [SLASH_SLASH],
  block: [C_NESTED],
  strings: [str('r##"', '"##', true, false), str('r#"', '"#', true, false), str('"', '"', true)],
  charQuote: true,
};
const SWIFT: CommentSyntax = { line: [SLASH_SLASH], block: [C_NESTED], strings: [TRIPLE_DQ, DQ] };
const KOTLIN: CommentSyntax = { ...SWIFT, charQuote: true };
const DART: CommentSyntax = { line: [SLASH_SLASH], block: [C_NESTED], strings: [TRIPLE_DQ, TRIPLE_SQ, DQ, SQ] };
const GROOVY: CommentSyntax = { ...DART, block: [C_BLOCK] };
const JS: CommentSyntax = {
  line: [SLASH_SLASH],
  block: [C_BLOCK],
  strings: [DQ, SQ, str('`', '`', true)],
  regexLiterals: true,
};
const JSON_C: CommentSyntax = { line: [SLASH_SLASH], block: [C_BLOCK], strings: [DQ] };
/** JSON proper has no comments (VS Code opens commented JSON such as tsconfig.json as `jsonc`). */
const NO_COMMENTS: CommentSyntax = { line: [], block: [], strings: [DQ] };
const PHP: CommentSyntax = { line: [SLASH_SLASH, HASH], block: [C_BLOCK, block('<!--', '-->')], strings: [DQ, SQ] };
const CSS: CommentSyntax = { line: [], block: [C_BLOCK], strings: [DQ, SQ] };
const SCSS: CommentSyntax = { ...CSS, line: [SLASH_SLASH] };
const PYTHON: CommentSyntax = { line: [HASH], block: [], strings: [TRIPLE_DQ, TRIPLE_SQ, DQ, SQ] };
const SHELL: CommentSyntax = { line: [line('#', 'afterSpace')], block: [], strings: [DQ, str("'", "'", true, false)] };
const RUBY: CommentSyntax = { line: [HASH], block: [block('=begin', '=end', { lineStart: true })], strings: [DQ, SQ] };
const HASH_DQ_SQ: CommentSyntax = { line: [HASH], block: [], strings: [DQ, SQ] };
const YAML: CommentSyntax = { line: [line('#', 'afterSpace')], block: [], strings: [DQ] };
const TOML: CommentSyntax = { line: [HASH], block: [], strings: [TRIPLE_DQ, TRIPLE_SQ, DQ, str("'", "'", false, false)] };
const INI: CommentSyntax = { line: [line(';', 'lineStart'), line('#', 'lineStart')], block: [], strings: [] };
const HASH_AT_LINE_START: CommentSyntax = { line: [line('#', 'lineStart')], block: [], strings: [] };
const MAKEFILE: CommentSyntax = { line: [line('#', 'any', { escapable: true })], block: [], strings: [] };
const POWERSHELL: CommentSyntax = { line: [HASH], block: [block('<#', '#>')], strings: [DQ, SQ] };
const BAT: CommentSyntax = {
  line: [line('rem', 'lineStart', { word: true }), line('@rem', 'lineStart', { word: true }), line('::', 'lineStart')],
  block: [],
  strings: [],
};
const VB: CommentSyntax = { line: [line("'"), line('rem', 'lineStart', { word: true })], block: [], strings: [str('"', '"', false, false)] };
const SQL: CommentSyntax = { line: [line('--')], block: [C_BLOCK], strings: [str("'", "'", true, false), str('"', '"', false, false)] };
const LUA: CommentSyntax = {
  line: [line('--')],
  block: [block('--[[', ']]'), block('--[=[', ']=]'), block('--[==[', ']==]'), block('--[===[', ']===]')],
  strings: [DQ, SQ, str('[[', ']]', true, false), str('[=[', ']=]', true, false), str('[==[', ']==]', true, false)],
};
const HASKELL: CommentSyntax = { line: [line('--')], block: [block('{-', '-}', { nested: true })], strings: [DQ], charQuote: true };
const OCAML: CommentSyntax = { line: [], block: [block('(*', '*)', { nested: true })], strings: [DQ], charQuote: true };
const FSHARP: CommentSyntax = { line: [SLASH_SLASH], block: [block('(*', '*)', { nested: true })], strings: [TRIPLE_DQ, DQ], charQuote: true };
const CLOJURE: CommentSyntax = { line: [line(';', 'any', { escapable: true })], block: [], strings: [DQ] };
const LISP: CommentSyntax = { ...CLOJURE, block: [block('#|', '|#', { nested: true })] };
const ERLANG: CommentSyntax = { line: [line('%')], block: [], strings: [DQ] };
const ELIXIR: CommentSyntax = { line: [HASH], block: [], strings: [TRIPLE_DQ, TRIPLE_SQ, DQ, SQ] };
const LATEX: CommentSyntax = { line: [line('%', 'any', { escapable: true })], block: [], strings: [] };
const MATLAB: CommentSyntax = {
  line: [line('%')],
  block: [block('%{', '%}', { lineStart: true })],
  strings: [DQ, { ...str("'", "'", false, false), notAfterOperand: true }],
};
const OCTAVE: CommentSyntax = { ...MATLAB, line: [line('%'), HASH], block: [...MATLAB.block, block('#{', '#}', { lineStart: true })] };
const FORTRAN: CommentSyntax = { line: [line('!')], block: [], strings: [str('"', '"', false, false), str("'", "'", false, false)] };
const VIM: CommentSyntax = { line: [line('"', 'lineStart')], block: [], strings: [DQ, str("'", "'", false, false)] };
const JULIA: CommentSyntax = { line: [HASH], block: [block('#=', '=#', { nested: true })], strings: [TRIPLE_DQ, DQ], charQuote: true };
const NIM: CommentSyntax = { line: [HASH], block: [block('#[', ']#', { nested: true })], strings: [TRIPLE_DQ, DQ], charQuote: true };
const COFFEE: CommentSyntax = { line: [HASH], block: [block('###', '###')], strings: [TRIPLE_DQ, TRIPLE_SQ, DQ, SQ] };
const MARKUP: CommentSyntax = { line: [], block: [XML_BLOCK], strings: [] };
/**
 * Single-file components and HTML pages mix markup, script and style; string tracking would trip over apostrophes
 * in prose, so there is none, and `//` counts only after whitespace (not in `https://`).
 */
const COMPONENT: CommentSyntax = { line: [line('//', 'afterSpace')], block: [XML_BLOCK, C_BLOCK], strings: [] };
const HANDLEBARS: CommentSyntax = { line: [], block: [block('{{!--', '--}}'), block('{{!', '}}'), XML_BLOCK], strings: [] };
const RAZOR: CommentSyntax = { line: [line('//', 'afterSpace')], block: [block('@*', '*@'), XML_BLOCK, C_BLOCK], strings: [] };
const JINJA: CommentSyntax = { line: [], block: [block('{#', '#}'), XML_BLOCK], strings: [] };
const CMAKE: CommentSyntax = { line: [HASH], block: [block('#[[', ']]')], strings: [DQ] };
const GRAPHQL: CommentSyntax = { line: [HASH], block: [], strings: [TRIPLE_DQ, DQ] };
const NIX: CommentSyntax = { line: [HASH], block: [C_BLOCK], strings: [DQ] };
const HCL: CommentSyntax = { line: [HASH, SLASH_SLASH], block: [C_BLOCK], strings: [DQ] };
const PROTO: CommentSyntax = { line: [SLASH_SLASH], block: [C_BLOCK], strings: [DQ, SQ] };
const ZIG: CommentSyntax = { line: [SLASH_SLASH], block: [], strings: [DQ], charQuote: true };
const D: CommentSyntax = { line: [SLASH_SLASH], block: [C_BLOCK, block('/+', '+/', { nested: true })], strings: [DQ, str('`', '`', true, false)], charQuote: true };
const PASCAL: CommentSyntax = { line: [SLASH_SLASH], block: [block('(*', '*)'), block('{', '}')], strings: [str("'", "'", false, false)] };
const ADA: CommentSyntax = { line: [line('--')], block: [], strings: [str('"', '"', false, false)], charQuote: true };
const VERILOG: CommentSyntax = { line: [SLASH_SLASH], block: [C_BLOCK], strings: [DQ] };
const PROLOG: CommentSyntax = { line: [line('%')], block: [C_BLOCK], strings: [DQ, SQ] };
const TCL: CommentSyntax = { line: [line('#', 'lineStart')], block: [], strings: [DQ] };
const PUG: CommentSyntax = { line: [SLASH_SLASH], block: [], strings: [] };

/** Unknown languages: `#` and `//` after whitespace or at line start, no strings (the text may be prose). */
export const FALLBACK_SYNTAX: CommentSyntax = { line: [line('#', 'afterSpace'), line('//', 'afterSpace')], block: [], strings: [] };

const TABLE: Readonly<Record<string, CommentSyntax>> = {
  c: C, cpp: C, 'objective-c': C, 'objective-cpp': C, 'cuda-cpp': C, hlsl: C, glsl: C, solidity: { ...C, strings: [DQ, SQ], charQuote: false },
  java: JAVA, csharp: CSHARP, go: GO, rust: RUST, swift: SWIFT, kotlin: KOTLIN, scala: { ...KOTLIN, block: [C_BLOCK] },
  dart: DART, groovy: GROOVY,
  javascript: JS, javascriptreact: JS, typescript: JS, typescriptreact: JS, json: NO_COMMENTS, jsonc: JSON_C, jsonl: NO_COMMENTS,
  jsonnet: { ...JSON_C, line: [SLASH_SLASH, HASH] },
  php: PHP, css: CSS, scss: SCSS, sass: SCSS, less: SCSS, stylus: SCSS,
  python: PYTHON, starlark: PYTHON, gdscript: HASH_DQ_SQ,
  shellscript: SHELL, perl: { ...HASH_DQ_SQ, line: [line('#', 'afterSpace')] }, ruby: RUBY, crystal: { ...HASH_DQ_SQ, strings: [DQ], charQuote: true },
  r: HASH_DQ_SQ, yaml: YAML, toml: TOML, ini: INI, properties: INI, dotenv: HASH_AT_LINE_START, ignore: HASH_AT_LINE_START,
  'git-commit': HASH_AT_LINE_START, dockerfile: HASH_AT_LINE_START, makefile: MAKEFILE, cmake: CMAKE,
  powershell: POWERSHELL, bat: BAT, vb: VB, sql: SQL, lua: LUA,
  haskell: HASKELL, purescript: HASKELL, elm: HASKELL, ocaml: OCAML, fsharp: FSHARP,
  clojure: CLOJURE, lisp: LISP, scheme: LISP, racket: LISP, elisp: LISP,
  erlang: ERLANG, elixir: ELIXIR, latex: LATEX, tex: LATEX, bibtex: LATEX, matlab: MATLAB, octave: OCTAVE,
  fortran: FORTRAN, 'fortran-modern': FORTRAN, FortranFreeForm: FORTRAN, vim: VIM, viml: VIM,
  julia: JULIA, nim: NIM, coffeescript: COFFEE,
  html: COMPONENT, xml: MARKUP, xsl: MARKUP, svg: MARKUP, markdown: MARKUP,
  vue: COMPONENT, svelte: COMPONENT, astro: COMPONENT, handlebars: HANDLEBARS, razor: RAZOR, aspnetcorerazor: RAZOR,
  jinja: JINJA, 'jinja-html': JINJA, twig: JINJA, 'django-html': JINJA, jade: PUG, pug: PUG,
  graphql: GRAPHQL, nix: NIX, terraform: HCL, hcl: HCL, proto: PROTO, proto3: PROTO, zig: ZIG, d: D,
  pascal: PASCAL, objectpascal: PASCAL, ada: ADA, vhdl: { ...ADA, strings: [DQ] }, verilog: VERILOG, systemverilog: VERILOG,
  prolog: PROLOG, tcl: TCL,
};

/** The comment syntax of a VS Code language id; unknown ids get {@link FALLBACK_SYNTAX}. */
export function syntaxFor(languageId: string): CommentSyntax {
  return Object.hasOwn(TABLE, languageId) ? TABLE[languageId] : FALLBACK_SYNTAX;
}

/** False for languages without comments (JSON): their files cannot hold a TODO and need not be read. */
export function hasComments(languageId: string): boolean {
  const syntax = syntaxFor(languageId);
  return syntax.line.length > 0 || syntax.block.length > 0;
}

export function isKnownLanguage(languageId: string): boolean {
  return Object.hasOwn(TABLE, languageId);
}

/** Every language id with its own comment syntax, for documentation and tests. */
export const KNOWN_LANGUAGE_IDS: readonly string[] = Object.keys(TABLE);
