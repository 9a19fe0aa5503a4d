// The TODO parser's case table, shared by todoParser.test.ts (run as is, and again with CRLF line breaks).
// Each expectation names the exact text its range covers (`covers`) on its line; the test turns that into
// characters with indexOf (or `at`, when the same text occurs earlier on the line), so a range is checked
// character for character without hand-counted numbers. A few cases also give the numbers, for non-ASCII text.
import type { IssueRef } from '../../../../src/core/model';

export interface ExpectedTodo {
  readonly line: number;
  readonly covers: string;
  readonly tag: string;
  readonly text: string;
  readonly ref: IssueRef | null;
  /** Start character, when `covers` also occurs earlier on the line (or to pin the UTF-16 count). */
  readonly at?: number;
}

export interface TodoCase {
  readonly name: string;
  readonly lang: string;
  readonly src: string;
  readonly expect: readonly ExpectedTodo[];
  readonly tags?: readonly string[];
  readonly caseSensitive?: boolean;
}

const hash = (number: number): IssueRef => ({ number, raw: `#${number}` });
const raw = (number: number, written: string): IssueRef => ({ number, raw: written });
/** A URL reference also records its host (lower case), so a look-up can refuse another GitHub's. */
const repo = (owner: string, name: string, number: number, written = `${owner}/${name}#${number}`): IssueRef => {
  const host = /^https?:\/\/([^/]+)\//.exec(written)?.[1];
  return host === undefined ? { number, owner, repo: name, raw: written } : { number, owner, repo: name, host: host.toLowerCase(), raw: written };
};

/** One TODO expected on `line`, covering `covers`, whose text is `text`. */
const todo = (line: number, covers: string, text: string, ref: IssueRef | null = null, tag = covers.match(/^@?([A-Za-z]+)/)?.[1] ?? 'TODO', at?: number): ExpectedTodo =>
  at === undefined ? { line, covers, tag, text, ref } : { line, covers, tag, text, ref, at };

const cases: TodoCase[] = [];
const yes = (name: string, lang: string, src: string, ...expect: ExpectedTodo[]): void => void cases.push({ name, lang, src, expect });
const no = (name: string, lang: string, src: string): void => void cases.push({ name, lang, src, expect: [] });
const withTags = (name: string, lang: string, src: string, tags: readonly string[], caseSensitive: boolean, ...expect: ExpectedTodo[]): void =>
  void cases.push({ name, lang, src, expect, tags, caseSensitive });

// --- C family: line comments, positions, text cleaning --------------------------------------------------------
yes('ts line comment', 'typescript', '// TODO: fix this', todo(0, 'TODO: fix this', 'fix this'));
yes('ts trailing comment', 'typescript', 'const a = 1; // TODO: later', todo(0, 'TODO: later', 'later'));
yes('ts on a later line', 'typescript', 'let a = 1;\nlet b = 2;\n  // FIXME: third line', todo(2, 'FIXME: third line', 'third line'));
yes('js no space after marker', 'javascript', '//TODO tight', todo(0, 'TODO tight', 'tight'));
yes('js doc-style triple slash', 'javascript', '/// TODO: triple', todo(0, 'TODO: triple', 'triple'));
yes('java', 'java', 'class A { // HACK: reflection\n}', todo(0, 'HACK: reflection', 'reflection'));
yes('c', 'c', 'int x = 0; // XXX overflow', todo(0, 'XXX overflow', 'overflow'));
yes('cpp', 'cpp', 'auto v = f(); // BUG: leaks', todo(0, 'BUG: leaks', 'leaks'));
yes('csharp', 'csharp', 'var x = 1; // TODO: dispose', todo(0, 'TODO: dispose', 'dispose'));
yes('go', 'go', 'x := 1 // TODO: errors', todo(0, 'TODO: errors', 'errors'));
yes('rust', 'rust', 'let x = 1; // TODO: unwrap', todo(0, 'TODO: unwrap', 'unwrap'));
yes('rust doc comment', 'rust', '//! TODO: crate docs', todo(0, 'TODO: crate docs', 'crate docs'));
yes('swift', 'swift', 'let x = 1 // FIXME: optional', todo(0, 'FIXME: optional', 'optional'));
yes('kotlin', 'kotlin', 'val x = 1 // TODO: coroutine', todo(0, 'TODO: coroutine', 'coroutine'));
yes('scala', 'scala', 'val x = 1 // TODO: implicit', todo(0, 'TODO: implicit', 'implicit'));
yes('dart', 'dart', 'var x = 1; // TODO: null safety', todo(0, 'TODO: null safety', 'null safety'));
yes('groovy', 'groovy', 'def x = 1 // TODO: gradle', todo(0, 'TODO: gradle', 'gradle'));
yes('php slash', 'php', '<?php $a = 1; // TODO: escape', todo(0, 'TODO: escape', 'escape'));
yes('php hash', 'php', '<?php $a = 1; # TODO: hash style', todo(0, 'TODO: hash style', 'hash style'));
yes('jsonc', 'jsonc', '{\n  // TODO: remove flag\n  "a": 1\n}', todo(1, 'TODO: remove flag', 'remove flag'));
yes('typescriptreact', 'typescriptreact', 'const C = () => <div />; // TODO: a11y', todo(0, 'TODO: a11y', 'a11y'));
yes('objective-c', 'objective-c', 'NSString *s = @"x"; // TODO: localize', todo(0, 'TODO: localize', 'localize'));
yes('zig', 'zig', 'const x = 1; // TODO: comptime', todo(0, 'TODO: comptime', 'comptime'));
yes('proto', 'proto', 'int32 id = 1; // TODO: rename', todo(0, 'TODO: rename', 'rename'));
yes('verilog', 'verilog', 'assign a = b; // TODO: timing', todo(0, 'TODO: timing', 'timing'));
yes('solidity', 'solidity', "string s = 'x'; // TODO: gas", todo(0, 'TODO: gas', 'gas'));
yes('scss line comment', 'scss', '.a { color: red; } // TODO: token', todo(0, 'TODO: token', 'token'));
yes('less line comment', 'less', '@x: 1; // TODO: var', todo(0, 'TODO: var', 'var'));
yes('pug', 'jade', 'div.a\n  // TODO: markup', todo(1, 'TODO: markup', 'markup'));

// --- block comments --------------------------------------------------------------------------------------------
yes('block one line', 'typescript', '/* TODO: one-liner */', todo(0, 'TODO: one-liner', 'one-liner'));
yes('block doc stars trimmed', 'javascript', '/** TODO: doc **/', todo(0, 'TODO: doc', 'doc'));
yes('block spanning lines', 'typescript', '/*\n * TODO: a\n * FIXME: b\n */', todo(1, 'TODO: a', 'a'), todo(2, 'FIXME: b', 'b'));
yes('block inner line without star', 'c', '/* intro\n   TODO: inner\n*/', todo(1, 'TODO: inner', 'inner'));
yes('block first line only', 'c', '/* TODO: first\n   and more */', todo(0, 'TODO: first', 'first'));
yes('block last line', 'java', '/*\n   text\n   TODO: last */', todo(2, 'TODO: last', 'last'));
yes('block inline in code', 'c', 'x = 1 /* TODO: inline */ + 2;', todo(0, 'TODO: inline', 'inline'));
yes('two blocks one line', 'c', '/* TODO: a */ /* FIXME: b */', todo(0, 'TODO: a', 'a'), todo(0, 'FIXME: b', 'b'));
yes('block then line comment', 'typescript', '/* a */ // TODO: after', todo(0, 'TODO: after', 'after'));
no('c blocks do not nest', 'c', '/* outer /* inner */ TODO: code now */');
yes('rust blocks nest', 'rust', '/* outer /* inner */\n TODO: still inside */', todo(1, 'TODO: still inside', 'still inside'));
yes('swift blocks nest', 'swift', '/* a /* b */ c\n * TODO: nested */', todo(1, 'TODO: nested', 'nested'));
yes('kotlin kdoc', 'kotlin', '/**\n * TODO: kdoc\n */\nfun f() {}', todo(1, 'TODO: kdoc', 'kdoc'));
yes('css block', 'css', '.a {\n  /* TODO: colors */\n}', todo(1, 'TODO: colors', 'colors'));
no('css has no line comments', 'css', '.a { background: url(x) } // TODO: not css');
yes('unterminated block runs to the end', 'c', 'int a;\n/* TODO: open\n TODO: still', todo(1, 'TODO: open', 'open'), todo(2, 'TODO: still', 'still'));
yes('block closer right after text', 'typescript', '/*TODO:tight*/', todo(0, 'TODO:tight', 'tight'));

// --- strings, characters, regexes: a tag there is no comment -------------------------------------------------
no('double-quoted string', 'typescript', 'const s = "// TODO: no";');
no('single-quoted string', 'javascript', "const s = '// TODO: no';");
no('template literal across lines', 'typescript', 'const s = `\n// TODO: no\n`;');
no('escaped quote keeps string open', 'javascript', 'const s = "a \\" // TODO: no";');
yes('escaped backslash closes string', 'javascript', 'const s = "a\\\\"; // TODO: yes', todo(0, 'TODO: yes', 'yes'));
yes('comment after a string holding a marker', 'typescript', 'f("//"); // TODO: real', todo(0, 'TODO: real', 'real'));
yes('regex literal with a quote', 'javascript', 'const re = /"/; // TODO: after regex', todo(0, 'TODO: after regex', 'after regex'));
yes('regex literal with slashes', 'javascript', "s.replace(/\\/\\//g, ''); // TODO: after", todo(0, 'TODO: after', 'after'));
yes('division is not a regex', 'typescript', 'const r = a / b; // TODO: divide', todo(0, 'TODO: divide', 'divide'));
no('java text block', 'java', 'String s = """\n  // TODO: no\n  """;');
yes('c char literal quote', 'c', "char q = '\"'; // TODO: after char", todo(0, 'TODO: after char', 'after char'));
yes('c escaped char literal', 'c', "char q = '\\''; // TODO: escaped", todo(0, 'TODO: escaped', 'escaped'));
yes('rust lifetimes are not chars', 'rust', "fn f<'a>(x: &'a str) { // TODO: lifetime", todo(0, 'TODO: lifetime', 'lifetime'));
yes('rust raw string', 'rust', 'let s = r#"// TODO: no"#; // FIXME: yes', todo(0, 'FIXME: yes', 'yes'));
no('go raw string', 'go', 's := `\n// TODO: no\n`');
yes('csharp verbatim string ends at quote', 'csharp', 'var p = @"C:\\dir\\"; // TODO: verbatim', todo(0, 'TODO: verbatim', 'verbatim'));
no('kotlin raw string', 'kotlin', 'val s = """\n// TODO: no\n"""');
yes('scala symbol is not a char', 'scala', "val s = 'sym // TODO: symbol", todo(0, 'TODO: symbol', 'symbol'));
no('json string', 'json', '{ "note": "// TODO: no" }');
no('json has no comments at all', 'json', '{\n  // TODO: not json\n}');
no('unterminated string ends at the line', 'typescript', 'const s = "open // TODO: no');
yes('next line after an unterminated string', 'typescript', 'const s = "open\n// TODO: next', todo(1, 'TODO: next', 'next'));
no('groovy triple string', 'groovy', "def s = '''\n// TODO: no\n'''");
no('dart triple string', 'dart', 'var s = """\n// TODO: no\n""";');

// --- hash-comment languages ----------------------------------------------------------------------------------
yes('python', 'python', 'x = 1  # TODO: types', todo(0, 'TODO: types', 'types'));
yes('python after string with hash', 'python', "s = '# TODO no'  # TODO yes", todo(0, 'TODO yes', 'yes', null, 'TODO', 19));
no('python docstring is a string', 'python', 'def f():\n    """\n    TODO: docstring\n    """');
no("python ''' string", 'python', "s = '''\n# TODO: no\n'''");
yes('python after docstring', 'python', '"""doc"""\n# HACK: after', todo(1, 'HACK: after', 'after'));
yes('shell', 'shellscript', 'echo hi # TODO: quote', todo(0, 'TODO: quote', 'quote'));
no('shell hash inside a word', 'shellscript', 'echo a#TODO');
no('shell hash in double quotes', 'shellscript', 'echo "# TODO: no"');
yes('shell single quotes have no escapes', 'shellscript', "echo 'a\\' # TODO: after", todo(0, 'TODO: after', 'after'));
yes('shell variable length is no comment', 'shellscript', 'n=${#arr[@]} # TODO: count', todo(0, 'TODO: count', 'count'));
yes('ruby', 'ruby', 'x = 1 # TODO: freeze', todo(0, 'TODO: freeze', 'freeze'));
yes('ruby =begin block', 'ruby', '=begin\nTODO: in block\n=end', todo(1, 'TODO: in block', 'in block'));
yes('perl', 'perl', 'my $x = $#a; # TODO: perl', todo(0, 'TODO: perl', 'perl'));
yes('r', 'r', 'x <- 1 # TODO: vectorize', todo(0, 'TODO: vectorize', 'vectorize'));
yes('yaml', 'yaml', 'key: value # TODO: tune', todo(0, 'TODO: tune', 'tune'));
no('yaml hash inside a value', 'yaml', 'key: a#TODO');
no('yaml hash in a quoted value', 'yaml', 'key: "a # TODO no"');
yes('toml', 'toml', 'a = "# TODO no" # TODO: toml', todo(0, 'TODO: toml', 'toml'));
yes('ini semicolon', 'ini', '; TODO: section', todo(0, 'TODO: section', 'section'));
no('ini comment only at line start', 'ini', 'key = a ; TODO: no');
yes('properties', 'properties', '# TODO: key', todo(0, 'TODO: key', 'key'));
yes('dockerfile', 'dockerfile', 'FROM node\n# TODO: pin digest', todo(1, 'TODO: pin digest', 'pin digest'));
no('dockerfile hash mid-line', 'dockerfile', 'RUN echo a # TODO: no');
yes('makefile', 'makefile', 'all: ; echo hi # TODO: deps', todo(0, 'TODO: deps', 'deps'));
no('makefile escaped hash', 'makefile', 'X = a\\# TODO no');
yes('powershell', 'powershell', '$a = 1 # TODO: ps', todo(0, 'TODO: ps', 'ps'));
yes('powershell block', 'powershell', '<#\n TODO: help\n#>', todo(1, 'TODO: help', 'help'));
yes('elixir', 'elixir', 'x = 1 # TODO: pipe', todo(0, 'TODO: pipe', 'pipe'));
no('elixir heredoc', 'elixir', '@doc """\nTODO: no\n"""');
yes('julia', 'julia', 'x = 1 # TODO: julia', todo(0, 'TODO: julia', 'julia'));
yes('julia block', 'julia', '#=\n  TODO: block\n=#', todo(1, 'TODO: block', 'block'));
yes('nim block', 'nim', '#[ TODO: nim block ]#', todo(0, 'TODO: nim block', 'nim block'));
yes('coffeescript block', 'coffeescript', '###\nTODO: coffee\n###', todo(1, 'TODO: coffee', 'coffee'));
yes('cmake', 'cmake', 'set(A 1) # TODO: cmake', todo(0, 'TODO: cmake', 'cmake'));
yes('cmake bracket comment', 'cmake', '#[[ TODO: bracket ]]', todo(0, 'TODO: bracket', 'bracket'));
yes('graphql', 'graphql', 'type A { id: ID } # TODO: schema', todo(0, 'TODO: schema', 'schema'));
yes('terraform hash', 'terraform', 'resource "a" "b" {} # TODO: tf', todo(0, 'TODO: tf', 'tf'));
yes('terraform block', 'terraform', '/* TODO: tf block */', todo(0, 'TODO: tf block', 'tf block'));
yes('nix', 'nix', '{ a = 1; } # TODO: nix', todo(0, 'TODO: nix', 'nix'));
yes('tcl', 'tcl', '# TODO: tcl', todo(0, 'TODO: tcl', 'tcl'));
yes('gdscript', 'gdscript', 'var a = 1 # TODO: godot', todo(0, 'TODO: godot', 'godot'));
yes('starlark', 'starlark', 'load("x") # TODO: bazel', todo(0, 'TODO: bazel', 'bazel'));

// --- other comment syntaxes ----------------------------------------------------------------------------------
yes('sql line', 'sql', "SELECT '-- TODO no' -- TODO: index", todo(0, 'TODO: index', 'index'));
yes('sql block', 'sql', '/* TODO: sql block */ SELECT 1;', todo(0, 'TODO: sql block', 'sql block'));
yes('lua line', 'lua', 'local a = 1 -- TODO: lua', todo(0, 'TODO: lua', 'lua'));
yes('lua long comment', 'lua', '--[[\n  TODO: long\n]]', todo(1, 'TODO: long', 'long'));
yes('lua leveled long comment', 'lua', '--[==[\nTODO: leveled ]] still\n]==]', todo(1, 'TODO: leveled ]] still', 'leveled ]] still'));
no('lua long string', 'lua', 'local s = [[\n-- TODO: no\n]]');
yes('haskell line', 'haskell', 'f x = x -- TODO: haskell', todo(0, 'TODO: haskell', 'haskell'));
yes('haskell nested block', 'haskell', '{- a {- b -} c\n   TODO: nested -}', todo(1, 'TODO: nested', 'nested'));
yes('haskell prime is no char', 'haskell', "f' x = x -- TODO: prime", todo(0, 'TODO: prime', 'prime'));
yes('elm', 'elm', '{- TODO: elm -}', todo(0, 'TODO: elm', 'elm'));
yes('ocaml', 'ocaml', 'let x = 1 (* TODO: ocaml *)', todo(0, 'TODO: ocaml', 'ocaml'));
yes('fsharp line', 'fsharp', 'let x = 1 // TODO: fsharp', todo(0, 'TODO: fsharp', 'fsharp'));
yes('fsharp block', 'fsharp', '(* TODO: fs block *)', todo(0, 'TODO: fs block', 'fs block'));
yes('clojure', 'clojure', '(def a 1) ; TODO: clj', todo(0, 'TODO: clj', 'clj'));
yes('clojure double semicolon', 'clojure', ';; TODO: top', todo(0, 'TODO: top', 'top'));
no('clojure char literal semicolon', 'clojure', '(str \\; "TODO: no")');
yes('lisp block', 'lisp', '#| TODO: lisp |#', todo(0, 'TODO: lisp', 'lisp'));
yes('erlang', 'erlang', 'f() -> ok. % TODO: erlang', todo(0, 'TODO: erlang', 'erlang'));
yes('latex', 'latex', 'Text. % TODO: cite', todo(0, 'TODO: cite', 'cite'));
no('latex escaped percent', 'latex', '50\\% TODO: no');
yes('matlab transpose is no string', 'matlab', "x = a' * b'; % TODO: transpose", todo(0, 'TODO: transpose', 'transpose'));
no('matlab string', 'matlab', "s = 'a % TODO: no';");
yes('matlab block', 'matlab', '%{\nTODO: matlab block\n%}', todo(1, 'TODO: matlab block', 'matlab block'));
yes('octave hash', 'octave', 'x = 1 # TODO: octave', todo(0, 'TODO: octave', 'octave'));
yes('fortran', 'fortran', "print *, '! TODO no' ! TODO: fortran", todo(0, 'TODO: fortran', 'fortran'));
yes('vim', 'vim', '" TODO: vim', todo(0, 'TODO: vim', 'vim'));
no('vim string', 'vim', 'echo "TODO: no"');
yes('bat rem', 'bat', 'REM TODO: bat', todo(0, 'TODO: bat', 'bat'));
yes('bat lowercase rem', 'bat', '@rem FIXME: quiet', todo(0, 'FIXME: quiet', 'quiet'));
yes('bat double colon', 'bat', ':: HACK: label', todo(0, 'HACK: label', 'label'));
no('bat echo', 'bat', 'echo TODO: no');
no('bat remark needs a word', 'bat', 'remove TODO: no');
yes('vb apostrophe', 'vb', 'Dim s = "a \' TODO no" \' TODO: vb', todo(0, 'TODO: vb', 'vb'));
yes('vb rem', 'vb', 'Rem TODO: old style', todo(0, 'TODO: old style', 'old style'));
yes('ada', 'ada', 'X : Integer := 1; -- TODO: ada', todo(0, 'TODO: ada', 'ada'));
yes('vhdl', 'vhdl', "a <= b'length; -- TODO: vhdl", todo(0, 'TODO: vhdl', 'vhdl'));
yes('pascal braces', 'pascal', '{ TODO: pascal }', todo(0, 'TODO: pascal', 'pascal'));
yes('pascal paren star', 'pascal', '(* TODO: pascal star *)', todo(0, 'TODO: pascal star', 'pascal star'));
yes('d nested plus', 'd', '/+ /+ inner +/\n TODO: d +/', todo(1, 'TODO: d', 'd'));
yes('prolog', 'prolog', 'a :- b. % TODO: prolog', todo(0, 'TODO: prolog', 'prolog'));

// --- markup --------------------------------------------------------------------------------------------------
yes('html', 'html', '<p>a</p> <!-- TODO: html -->', todo(0, 'TODO: html', 'html'));
yes('html block spanning lines', 'html', '<!--\n  TODO: first\n  FIXME: second\n-->', todo(1, 'TODO: first', 'first'), todo(2, 'FIXME: second', 'second'));
no('html text is not a comment', 'html', '<p>TODO: text</p>');
yes('html inline script', 'html', '<script>\n  init(); // TODO: defer\n</script>', todo(1, 'TODO: defer', 'defer'));
no('html link is no comment', 'html', '<a href="https://x.org">// TODO: no</a>');
yes('php template comment', 'php', '<div><!-- TODO: php template --></div>', todo(0, 'TODO: php template', 'php template'));
yes('xml', 'xml', '<a><!-- FIXME: xml --></a>', todo(0, 'FIXME: xml', 'xml'));
yes('markdown comment', 'markdown', '# Title\n<!-- TODO: docs -->', todo(1, 'TODO: docs', 'docs'));
no('markdown list item', 'markdown', '- TODO: plain list');
yes('vue template', 'vue', '<template>\n  <!-- TODO: vue -->\n</template>', todo(1, 'TODO: vue', 'vue'));
yes('vue script', 'vue', '<script>\nconst a = 1; // TODO: script\n</script>', todo(1, 'TODO: script', 'script'));
yes('svelte style block', 'svelte', '<style>\n  /* TODO: svelte */\n</style>', todo(1, 'TODO: svelte', 'svelte'));
yes('handlebars', 'handlebars', '{{!-- TODO: hbs --}}', todo(0, 'TODO: hbs', 'hbs'));
yes('razor', 'razor', '@* TODO: razor *@', todo(0, 'TODO: razor', 'razor'));
yes('jinja', 'jinja', '{# TODO: jinja #}', todo(0, 'TODO: jinja', 'jinja'));

// --- fallback for unknown languages --------------------------------------------------------------------------
yes('plaintext hash', 'plaintext', '# TODO: plain', todo(0, 'TODO: plain', 'plain'));
yes('plaintext slashes', 'plaintext', 'x // TODO: plain slashes', todo(0, 'TODO: plain slashes', 'plain slashes'));
no('plaintext prose', 'plaintext', 'TODO: not a comment');
no('plaintext url', 'plaintext', 'see http://example.com/TODO');
yes('unknown language id', 'no-such-language', '# FIXME: fallback', todo(0, 'FIXME: fallback', 'fallback'));

// --- word boundaries and placement ---------------------------------------------------------------------------
no('TODONOW', 'typescript', '// TODONOW');
no('MYTODO', 'typescript', '// MYTODO: x');
no('TODO_X', 'typescript', '// TODO_X');
no('TODOs', 'typescript', '// TODOs are fun');
no('TODO1', 'typescript', '// TODO1 x');
no('non-ASCII letter before', 'typescript', '// ÜTODO x');
no('identifier in code', 'typescript', 'const TODO = 1;');
no('prose mention', 'typescript', '// see the TODO list');
yes('dash after tag', 'typescript', '// TODO-ish thing', todo(0, 'TODO-ish thing', 'ish thing'));
yes('at-sign before tag', 'javascript', '/** @TODO: jsdoc */', todo(0, 'TODO: jsdoc', 'jsdoc', null, 'TODO'));
yes('bracketed tag', 'typescript', '// [TODO] brackets', todo(0, 'TODO] brackets', 'brackets'));
yes('list decoration', 'typescript', '// - TODO: listed', todo(0, 'TODO: listed', 'listed'));
yes('commented-out code with its comment', 'typescript', '// x(); // TODO: inner', todo(0, 'TODO: inner', 'inner'));
yes('one TODO per comment line', 'typescript', '// TODO: a TODO: b', todo(0, 'TODO: a TODO: b', 'a TODO: b'));
yes('bare tag', 'typescript', '// TODO', todo(0, 'TODO', ''));
yes('tag and colon only', 'typescript', '// TODO:', todo(0, 'TODO:', ''));
yes('trailing blanks trimmed', 'typescript', '// TODO: spaced   \t', todo(0, 'TODO: spaced', 'spaced'));
yes('dash separator', 'typescript', '// TODO - dashed', todo(0, 'TODO - dashed', 'dashed'));
yes('em dash separator', 'typescript', '// TODO — em dash', todo(0, 'TODO — em dash', 'em dash'));
yes('exclamation separator', 'typescript', '// FIXME!!! now', todo(0, 'FIXME!!! now', 'now'));
no('lowercase is not the tag by default', 'typescript', '// todo: lower');

// --- issue references ----------------------------------------------------------------------------------------
yes('paren hash', 'typescript', '// TODO(#12): fix', todo(0, 'TODO(#12): fix', 'fix', hash(12)));
yes('paren hash, no text', 'typescript', '// TODO(#12)', todo(0, 'TODO(#12)', '', hash(12)));
yes('space hash', 'typescript', '// TODO #12 fix', todo(0, 'TODO #12 fix', 'fix', hash(12)));
yes('space hash colon', 'typescript', '// TODO #12: fix', todo(0, 'TODO #12: fix', 'fix', hash(12)));
yes('colon then hash', 'typescript', '// TODO: #12 fix', todo(0, 'TODO: #12 fix', 'fix', hash(12)));
yes('trailing hash stays in text', 'typescript', '// TODO: text #12', todo(0, 'TODO: text #12', 'text #12', hash(12)));
yes('parenthesised hash in text', 'typescript', '// TODO: fix (#7)', todo(0, 'TODO: fix (#7)', 'fix (#7)', hash(7)));
yes('owner/repo in parens', 'typescript', '// TODO(owner/repo#12): x', todo(0, 'TODO(owner/repo#12): x', 'x', repo('owner', 'repo', 12)));
yes('owner/repo in text', 'typescript', '// TODO: see octo-org/my.repo#3', todo(0, 'TODO: see octo-org/my.repo#3', 'see octo-org/my.repo#3', repo('octo-org', 'my.repo', 3)));
yes('GH- leading', 'typescript', '// TODO GH-12: fix', todo(0, 'TODO GH-12: fix', 'fix', raw(12, 'GH-12')));
yes('gh- lowercase', 'typescript', '// TODO: gh-7 fix', todo(0, 'TODO: gh-7 fix', 'fix', raw(7, 'gh-7')));
yes('GH- in text', 'typescript', '// FIXME: blocked by GH-40', todo(0, 'FIXME: blocked by GH-40', 'blocked by GH-40', raw(40, 'GH-40')));
yes('issue URL leading', 'typescript', '// TODO https://github.com/o/r/issues/12 fix',
  todo(0, 'TODO https://github.com/o/r/issues/12 fix', 'fix', repo('o', 'r', 12, 'https://github.com/o/r/issues/12')));
yes('issue URL in text', 'python', '# TODO: fix, see https://github.com/octo/app/issues/9',
  todo(0, 'TODO: fix, see https://github.com/octo/app/issues/9', 'fix, see https://github.com/octo/app/issues/9', repo('octo', 'app', 9, 'https://github.com/octo/app/issues/9')));
yes('GHE issue URL', 'typescript', '// TODO(https://github.example.com/team/proj/issues/77): x',
  todo(0, 'TODO(https://github.example.com/team/proj/issues/77): x', 'x', repo('team', 'proj', 77, 'https://github.example.com/team/proj/issues/77')));
yes('GHE URL with port', 'typescript', '// TODO: http://ghe.local:8080/a/b/issues/5 x',
  todo(0, 'TODO: http://ghe.local:8080/a/b/issues/5 x', 'x', repo('a', 'b', 5, 'http://ghe.local:8080/a/b/issues/5')));
yes('pull request URL', 'typescript', '// TODO: https://github.com/o/r/pull/8 revert',
  todo(0, 'TODO: https://github.com/o/r/pull/8 revert', 'revert', repo('o', 'r', 8, 'https://github.com/o/r/pull/8')));
yes('number colon', 'typescript', '// TODO 12: fix', todo(0, 'TODO 12: fix', 'fix', raw(12, '12')));
yes('number in parens', 'typescript', '// TODO(12): fix', todo(0, 'TODO(12): fix', 'fix', raw(12, '12')));
yes('number without colon is text', 'typescript', '// TODO 12 apples', todo(0, 'TODO 12 apples', '12 apples'));
yes('username is no reference', 'typescript', '// TODO(@alice): fix', todo(0, 'TODO(@alice): fix', 'fix'));
yes('username then reference in text', 'typescript', '// TODO(@alice): fix #3', todo(0, 'TODO(@alice): fix #3', 'fix #3', hash(3)));
yes('username then leading reference', 'typescript', '// TODO(@alice) #3: fix', todo(0, 'TODO(@alice) #3: fix', 'fix', hash(3)));
yes('google-style name', 'typescript', '// TODO(alice): fix', todo(0, 'TODO(alice): fix', 'fix'));
yes('google-style bug id', 'typescript', '// TODO(b/123): fix', todo(0, 'TODO(b/123): fix', 'fix'));
yes('reference and name in parens', 'typescript', '// TODO(#12, @bob): x', todo(0, 'TODO(#12, @bob): x', 'x', hash(12)));
yes('html entity is no reference', 'html', '<!-- TODO: use &#12; -->', todo(0, 'TODO: use &#12;', 'use &#12;'));
yes('hash glued to a word', 'typescript', '// TODO: fix a#12', todo(0, 'TODO: fix a#12', 'fix a#12'));
yes('zero is no issue', 'typescript', '// TODO: #0 zero', todo(0, 'TODO: #0 zero', '#0 zero'));
yes('hex colour is no reference', 'css', '/* TODO: #fff */', todo(0, 'TODO: #fff', '#fff'));
yes('digits then letters', 'typescript', '// TODO: #12abc', todo(0, 'TODO: #12abc', '#12abc'));
yes('too many digits', 'typescript', '// TODO #1234567890', todo(0, 'TODO #1234567890', '#1234567890'));
yes('path fragment', 'typescript', '// TODO: path/to/file#12', todo(0, 'TODO: path/to/file#12', 'path/to/file#12'));
yes('first of two references', 'typescript', '// TODO #1 #2 both', todo(0, 'TODO #1 #2 both', '#2 both', hash(1)));
yes('reference in a block comment line', 'c', '/*\n * FIXME(#5): leak\n */', todo(1, 'FIXME(#5): leak', 'leak', hash(5)));

// --- configurable tags ---------------------------------------------------------------------------------------
withTags('custom tag', 'typescript', '// NOTE: custom\n// TODO: not configured', ['NOTE'], true, todo(0, 'NOTE: custom', 'custom', null, 'NOTE'));
withTags('several custom tags', 'python', '# REVIEW: a\n# OPTIMIZE: b', ['OPTIMIZE', 'REVIEW'], true,
  todo(0, 'REVIEW: a', 'a', null, 'REVIEW'), todo(1, 'OPTIMIZE: b', 'b', null, 'OPTIMIZE'));
withTags('case-insensitive', 'typescript', '// todo: lower\n// Fixme: mixed', ['TODO', 'FIXME'], false,
  todo(0, 'todo: lower', 'lower', null, 'TODO'), todo(1, 'Fixme: mixed', 'mixed', null, 'FIXME'));
withTags('case-insensitive still on word boundaries', 'typescript', '// mytodo: no', ['TODO'], false);
withTags('tag starting with @', 'javascript', '// @fixme later', ['@fixme'], true, todo(0, '@fixme later', 'later', null, '@fixme'));
withTags('no tags at all', 'typescript', '// TODO: x', [], true);
withTags('longer tag wins', 'typescript', '// TODO_LATER: x', ['TODO', 'TODO_LATER'], true, todo(0, 'TODO_LATER: x', 'x', null, 'TODO_LATER'));

// --- non-ASCII: characters are UTF-16 code units --------------------------------------------------------------
yes('accented text', 'typescript', '// TODO: héllo wörld', todo(0, 'TODO: héllo wörld', 'héllo wörld'));
yes('CJK text', 'python', '# TODO: 修复这个', todo(0, 'TODO: 修复这个', '修复这个'));
yes('emoji before the comment', 'typescript', 'const s = "😀"; // TODO: after emoji', todo(0, 'TODO: after emoji', 'after emoji', null, 'TODO', 19));
yes('emoji in the text', 'typescript', '// TODO: ship 🚀 it', todo(0, 'TODO: ship 🚀 it', 'ship 🚀 it', null, 'TODO', 3));
yes('non-ASCII line before', 'typescript', '// ü\nconst ß = "ü"; // FIXME: x', todo(1, 'FIXME: x', 'x', null, 'FIXME', 18));
yes('RTL text', 'typescript', '// TODO: שלום', todo(0, 'TODO: שלום', 'שלום'));

export const TODO_CASES: readonly TodoCase[] = cases;
