import * as assert from 'node:assert/strict';
import { isKnownLanguage } from '../../../../src/core/todo/commentSyntax';
import { languageIdForPath } from '../../../../src/core/todo/languageIds';

describe('languageIdForPath', () => {
  const table: [string, string][] = [
    ['src/a.ts', 'typescript'],
    ['src/a.mts', 'typescript'],
    ['src/App.tsx', 'typescriptreact'],
    ['lib/x.js', 'javascript'],
    ['lib/x.cjs', 'javascript'],
    ['C.jsx', 'javascriptreact'],
    ['tool.py', 'python'],
    ['run.sh', 'shellscript'],
    ['index.html', 'html'],
    ['pom.xml', 'xml'],
    ['schema.sql', 'sql'],
    ['init.lua', 'lua'],
    ['core.clj', 'clojure'],
    ['a.lisp', 'lisp'],
    ['main.c', 'c'],
    ['main.h', 'c'],
    ['main.cpp', 'cpp'],
    ['Program.cs', 'csharp'],
    ['Main.java', 'java'],
    ['main.go', 'go'],
    ['lib.rs', 'rust'],
    ['App.swift', 'swift'],
    ['Main.kt', 'kotlin'],
    ['A.scala', 'scala'],
    ['index.php', 'php'],
    ['app.rb', 'ruby'],
    ['script.pl', 'perl'],
    ['analysis.R', 'r'],
    ['ci.yml', 'yaml'],
    ['Cargo.toml', 'toml'],
    ['setup.cfg', 'ini'],
    ['Dockerfile', 'dockerfile'],
    ['Dockerfile.prod', 'dockerfile'],
    ['build/Makefile', 'makefile'],
    ['rules.mk', 'makefile'],
    ['CMakeLists.txt', 'cmake'],
    ['site.css', 'css'],
    ['site.scss', 'scss'],
    ['site.less', 'less'],
    ['Main.hs', 'haskell'],
    ['Main.elm', 'elm'],
    ['a.erl', 'erlang'],
    ['a.ex', 'elixir'],
    ['a.fs', 'fsharp'],
    ['a.ml', 'ocaml'],
    ['a.vb', 'vb'],
    ['a.ps1', 'powershell'],
    ['a.bat', 'bat'],
    ['README.md', 'markdown'],
    ['App.vue', 'vue'],
    ['App.svelte', 'svelte'],
    ['main.dart', 'dart'],
    ['build.gradle', 'groovy'],
    ['Jenkinsfile', 'groovy'],
    ['a.jl', 'julia'],
    ['a.f90', 'fortran'],
    ['paper.tex', 'latex'],
    ['.vimrc', 'vim'],
    ['plugin.vim', 'vim'],
    ['Gemfile', 'ruby'],
    ['.gitignore', 'ignore'],
    ['.env.local', 'dotenv'],
    ['tsconfig.json', 'jsonc'],
    ['bundle.js.map', 'json'],
    ['package.json', 'json'],
    ['tsconfig.base.json', 'jsonc'],
    ['.eslintrc', 'jsonc'],
    ['win\\path\\File.CS', 'csharp'],
    ['notes.txt', 'plaintext'],
    ['LICENSE', 'plaintext'],
    ['archive.unknownext', 'plaintext'],
  ];
  for (const [file, id] of table) {
    it(`${file} → ${id}`, () => assert.equal(languageIdForPath(file), id));
  }

  it('maps only to languages the parser knows (or plaintext)', () => {
    for (const [file] of table) {
      const id = languageIdForPath(file);
      assert.ok(id === 'plaintext' || isKnownLanguage(id), `${file}: ${id}`);
    }
  });
});
