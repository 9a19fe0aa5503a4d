// File name → VS Code language id, for files the workspace scan reads without opening them in an editor. Follows
// VS Code's own associations where they exist (`.m` is Objective-C, `.h` is C).

const BY_EXTENSION: Readonly<Record<string, string>> = {};
const BY_NAME: Readonly<Record<string, string>> = {};

function add(table: Readonly<Record<string, string>>, languageId: string, keys: string): void {
  for (const key of keys.split(' ')) (table as Record<string, string>)[key] = languageId;
}

add(BY_EXTENSION, 'typescript', 'ts mts cts');
add(BY_EXTENSION, 'typescriptreact', 'tsx');
add(BY_EXTENSION, 'javascript', 'js mjs cjs es6 gs');
add(BY_EXTENSION, 'javascriptreact', 'jsx');
add(BY_EXTENSION, 'python', 'py pyi pyw rpy gyp gypi');
add(BY_EXTENSION, 'starlark', 'bzl star bazel');
add(BY_EXTENSION, 'shellscript', 'sh bash zsh ksh fish ebuild');
add(BY_EXTENSION, 'html', 'html htm xhtml shtml');
add(BY_EXTENSION, 'xml', 'xml xsd xaml csproj vbproj fsproj props targets resx plist wsdl nuspec svg');
add(BY_EXTENSION, 'xsl', 'xsl xslt');
add(BY_EXTENSION, 'sql', 'sql psql pgsql');
add(BY_EXTENSION, 'lua', 'lua luau');
add(BY_EXTENSION, 'clojure', 'clj cljs cljc edn');
add(BY_EXTENSION, 'lisp', 'lisp lsp cl asd');
add(BY_EXTENSION, 'elisp', 'el');
add(BY_EXTENSION, 'scheme', 'scm ss sld');
add(BY_EXTENSION, 'racket', 'rkt');
add(BY_EXTENSION, 'c', 'c h i');
add(BY_EXTENSION, 'cpp', 'cc cpp cxx c++ hpp hh hxx h++ ipp inl ino tpp');
add(BY_EXTENSION, 'cuda-cpp', 'cu cuh');
add(BY_EXTENSION, 'objective-c', 'm');
add(BY_EXTENSION, 'objective-cpp', 'mm');
add(BY_EXTENSION, 'hlsl', 'hlsl hlsli fx fxh');
add(BY_EXTENSION, 'glsl', 'glsl vert frag comp geom');
add(BY_EXTENSION, 'csharp', 'cs csx cake');
add(BY_EXTENSION, 'java', 'java jav');
add(BY_EXTENSION, 'go', 'go');
add(BY_EXTENSION, 'rust', 'rs');
add(BY_EXTENSION, 'swift', 'swift');
add(BY_EXTENSION, 'kotlin', 'kt kts');
add(BY_EXTENSION, 'scala', 'scala sc sbt');
add(BY_EXTENSION, 'dart', 'dart');
add(BY_EXTENSION, 'groovy', 'groovy gvy gradle');
add(BY_EXTENSION, 'php', 'php php4 php5 phtml ctp');
add(BY_EXTENSION, 'ruby', 'rb rbx rjs gemspec rake ru erb podspec');
add(BY_EXTENSION, 'perl', 'pl pm pod t psgi');
add(BY_EXTENSION, 'r', 'r rhistory rprofile');
add(BY_EXTENSION, 'yaml', 'yaml yml');
add(BY_EXTENSION, 'toml', 'toml');
add(BY_EXTENSION, 'ini', 'ini cfg conf');
add(BY_EXTENSION, 'properties', 'properties');
add(BY_EXTENSION, 'dockerfile', 'dockerfile containerfile');
add(BY_EXTENSION, 'makefile', 'mk mak make');
add(BY_EXTENSION, 'cmake', 'cmake');
add(BY_EXTENSION, 'css', 'css');
add(BY_EXTENSION, 'scss', 'scss');
add(BY_EXTENSION, 'sass', 'sass');
add(BY_EXTENSION, 'less', 'less');
add(BY_EXTENSION, 'stylus', 'styl');
add(BY_EXTENSION, 'haskell', 'hs');
add(BY_EXTENSION, 'purescript', 'purs');
add(BY_EXTENSION, 'elm', 'elm');
add(BY_EXTENSION, 'erlang', 'erl hrl');
add(BY_EXTENSION, 'elixir', 'ex exs');
add(BY_EXTENSION, 'fsharp', 'fs fsi fsx fsscript');
add(BY_EXTENSION, 'ocaml', 'ml mli');
add(BY_EXTENSION, 'vb', 'vb vbs brs bas');
add(BY_EXTENSION, 'powershell', 'ps1 psm1 psd1 pssc');
add(BY_EXTENSION, 'bat', 'bat cmd');
add(BY_EXTENSION, 'markdown', 'md markdown mdown mkd mdx');
add(BY_EXTENSION, 'vue', 'vue');
add(BY_EXTENSION, 'svelte', 'svelte');
add(BY_EXTENSION, 'astro', 'astro');
add(BY_EXTENSION, 'julia', 'jl');
add(BY_EXTENSION, 'octave', 'oct');
add(BY_EXTENSION, 'fortran', 'f f77 f90 f95 f03 f08 for ftn');
add(BY_EXTENSION, 'latex', 'tex ltx sty cls dtx');
add(BY_EXTENSION, 'bibtex', 'bib');
add(BY_EXTENSION, 'vim', 'vim vimrc');
add(BY_EXTENSION, 'nim', 'nim nims nimble');
add(BY_EXTENSION, 'crystal', 'cr');
add(BY_EXTENSION, 'coffeescript', 'coffee cson iced');
add(BY_EXTENSION, 'handlebars', 'hbs handlebars');
add(BY_EXTENSION, 'razor', 'cshtml razor');
add(BY_EXTENSION, 'jinja', 'jinja jinja2 j2');
add(BY_EXTENSION, 'twig', 'twig');
add(BY_EXTENSION, 'jade', 'pug jade');
add(BY_EXTENSION, 'json', 'json webmanifest har map');
add(BY_EXTENSION, 'jsonc', 'jsonc code-workspace');
add(BY_EXTENSION, 'jsonl', 'jsonl ndjson');
add(BY_EXTENSION, 'jsonnet', 'jsonnet libsonnet');
add(BY_EXTENSION, 'graphql', 'graphql gql graphqls');
add(BY_EXTENSION, 'proto', 'proto');
add(BY_EXTENSION, 'nix', 'nix');
add(BY_EXTENSION, 'terraform', 'tf tfvars hcl');
add(BY_EXTENSION, 'zig', 'zig');
add(BY_EXTENSION, 'd', 'd di');
add(BY_EXTENSION, 'pascal', 'pas pp dpr lpr');
add(BY_EXTENSION, 'ada', 'adb ads ada');
add(BY_EXTENSION, 'vhdl', 'vhd vhdl');
add(BY_EXTENSION, 'verilog', 'v vh');
add(BY_EXTENSION, 'systemverilog', 'sv svh');
add(BY_EXTENSION, 'prolog', 'pro');
add(BY_EXTENSION, 'tcl', 'tcl tk');
add(BY_EXTENSION, 'solidity', 'sol');
add(BY_EXTENSION, 'gdscript', 'gd');
add(BY_EXTENSION, 'dotenv', 'env');
add(BY_EXTENSION, 'plaintext', 'txt text log');

add(BY_NAME, 'dockerfile', 'dockerfile containerfile');
add(BY_NAME, 'makefile', 'makefile gnumakefile bsdmakefile');
add(BY_NAME, 'cmake', 'cmakelists.txt');
add(BY_NAME, 'ruby', 'gemfile rakefile podfile vagrantfile brewfile guardfile fastfile appfile');
add(BY_NAME, 'groovy', 'jenkinsfile');
add(BY_NAME, 'shellscript', '.bashrc .bash_profile .bash_login .bash_logout .zshrc .zprofile .zshenv .profile .envrc pkgbuild');
add(BY_NAME, 'ignore', '.gitignore .dockerignore .npmignore .eslintignore .prettierignore .vscodeignore');
add(BY_NAME, 'ini', '.editorconfig .gitconfig .gitattributes .npmrc .pylintrc .flake8');
add(BY_NAME, 'starlark', 'build workspace build.bazel workspace.bazel module.bazel');
add(BY_NAME, 'dotenv', '.env');
add(BY_NAME, 'vim', '.vimrc _vimrc .gvimrc');
add(BY_NAME, 'jsonc', 'tsconfig.json jsconfig.json settings.json launch.json tasks.json extensions.json keybindings.json devcontainer.json .devcontainer.json');

/** The VS Code language id for a file path (either separator), or `plaintext` when unknown. */
export function languageIdForPath(filePath: string): string {
  const slash = Math.max(filePath.lastIndexOf('/'), filePath.lastIndexOf('\\'));
  const name = filePath.slice(slash + 1).toLowerCase();
  if (Object.hasOwn(BY_NAME, name)) return BY_NAME[name];
  if (name.startsWith('dockerfile.') || name.startsWith('containerfile.')) return 'dockerfile';
  if (name.startsWith('.env.')) return 'dotenv';
  // VS Code opens these as JSON with comments.
  if (/^(?:tsconfig|jsconfig)\..*\.json$|^\.(?:eslintrc|babelrc|swcrc|jshintrc)(?:\.json)?$/.test(name)) return 'jsonc';
  const dot = name.lastIndexOf('.');
  if (dot <= 0) return 'plaintext';
  const ext = name.slice(dot + 1);
  return Object.hasOwn(BY_EXTENSION, ext) ? BY_EXTENSION[ext] : 'plaintext';
}
