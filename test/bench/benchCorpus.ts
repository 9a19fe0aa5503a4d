// Generates (once) the TODO-scan benchmark corpus: >= 50,000 files, >= 500 MB of mixed languages, deterministic.
// Cached under .bench/corpus (git-ignored); a marker file records the parameters so a change regenerates it.
// It looks like a git work tree (an empty `.git/` and .gitignore files) so ripgrep honours the same ignore rules
// as our scanner, and it holds a few binary files and ignored build output that both must skip.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { seededRandom } from '../seededRandom';

export const CORPUS_VERSION = 'corpus-v4: 50 packages x 40 modules x 26 files, seed 7';
const PACKAGES = 50;
const MODULES = 40;
const FILES_PER_MODULE = 26;

interface Family {
  readonly exts: readonly string[];
  readonly comment: (s: string) => string;
  readonly code: readonly ((n: number, w: string) => string)[];
}

const WORDS = (
  'alpha beta cache client config context data debug decode delta encode error event field filter format handler index ' +
  'input item key layer limit list load lock logger manager map merge model node option order output parse path ' +
  'payload queue reader record release render request resolve result retry route schema scope server session ' +
  'signal source state store stream table task token tracker update value vector worker writer'
).split(' ');

const C_CODE = [
  (n: number, w: string) => `  const ${w}${n} = compute${n % 7}(${w}, ${n}, "${w} value");`,
  (n: number, w: string) => `  if (${w}.length > ${n}) { return ${w}.slice(0, ${n}); }`,
  (n: number, w: string) => `  for (let i = 0; i < ${n}; i++) { total += ${w}[i] * ${n % 13}; }`,
  (n: number, w: string) => `  logger.debug("${w}: " + ${w}${n}.toString());`,
  () => '  }',
  (n: number, w: string) => `  function ${w}Handler${n}(${w}: ${w}Type, options) {`,
  (n: number, w: string) => `  result = ${w}.map((x) => x * ${n}).filter((x) => x !== ${n % 5});`,
];
const HASH_CODE = [
  (n: number, w: string) => `    ${w}_${n} = compute_${n % 7}(${w}, ${n}, '${w} value')`,
  (n: number, w: string) => `    if len(${w}) > ${n}: return ${w}[:${n}]`,
  (n: number, w: string) => `    for i in range(${n}): total += ${w}[i] * ${n % 13}`,
  (n: number, w: string) => `    log.debug("${w}: %s", ${w}_${n})`,
  (n: number, w: string) => `def ${w}_handler_${n}(${w}, options=None):`,
];
const MARKUP_CODE = [
  (n: number, w: string) => `  <div class="${w}-${n}" data-index="${n}">${w} ${WORDS[n % WORDS.length]} content</div>`,
  (n: number, w: string) => `  <a href="https://example.com/${w}/${n}">${w} link</a>`,
  (n: number, w: string) => `<section id="${w}${n}"><p>Some ${w} text about ${n} things.</p></section>`,
];

const FAMILIES: readonly Family[] = [
  { exts: ['ts', 'js', 'java', 'go', 'rs', 'c', 'cpp', 'h', 'cs', 'kt', 'swift', 'scala', 'php'], comment: (s) => `  // ${s}`, code: C_CODE },
  { exts: ['py', 'rb', 'sh', 'yaml'], comment: (s) => `    # ${s}`, code: HASH_CODE },
  { exts: ['html', 'md', 'xml'], comment: (s) => `<!-- ${s} -->`, code: MARKUP_CODE },
  { exts: ['css'], comment: (s) => `/* ${s} */`, code: [(n, w) => `.${w}-${n} { color: #${(n * 2654435761 % 0xffffff).toString(16)}; margin: ${n % 9}px; }`] },
  { exts: ['sql', 'lua', 'hs'], comment: (s) => `-- ${s}`, code: [(n, w) => `SELECT ${w}, count(*) FROM ${w}_${n % 17} WHERE id > ${n} GROUP BY ${w};`] },
];

const TAGS = ['TODO', 'FIXME', 'BUG', 'HACK', 'XXX'];

function sentence(rand: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[Math.floor(rand() * WORDS.length)]);
  return out.join(' ');
}

/** A pool of lines per family, so building 500 MB is array picks, not string formatting. */
function linePool(family: Family, rand: () => number): string[] {
  const pool: string[] = [];
  for (let i = 0; i < 3000; i++) {
    const n = Math.floor(rand() * 10000);
    const w = WORDS[Math.floor(rand() * WORDS.length)];
    pool.push(rand() < 0.15 ? family.comment(sentence(rand, 4 + (n % 9))) : family.code[n % family.code.length](n, w));
  }
  return pool;
}

function todoLine(family: Family, rand: () => number, n: number): string {
  const tag = TAGS[n % TAGS.length];
  const ref = [`(#${n % 400 + 1})`, '', `: GH-${n % 90 + 1}`, `(@dev${n % 5})`, ''][Math.floor(rand() * 5)];
  return family.comment(`${tag}${ref}${ref.startsWith(':') ? '' : ':'} ${sentence(rand, 5)}`);
}

function fileSize(rand: () => number): number {
  const r = rand();
  if (r < 0.7) return 1000 + Math.floor(rand() * 9000);
  if (r < 0.95) return 10000 + Math.floor(rand() * 15000);
  return 25000 + Math.floor(rand() * 55000);
}

function fileText(family: Family, pool: readonly string[], rand: () => number, n: number): string {
  const size = fileSize(rand);
  const lines: string[] = [];
  let bytes = 0;
  const withTodos = rand() < 0.06;
  const withDecoys = rand() < 0.1;
  while (bytes < size) {
    let line = pool[Math.floor(rand() * pool.length)];
    const r = rand();
    if (withTodos && r < 0.004) line = todoLine(family, rand, n + lines.length);
    else if (withDecoys && r < 0.008) line = `  message = "TODO: not a comment ${n}"; MYTODO_${n} = DEBUG_XXXL;`;
    lines.push(line);
    bytes += line.length + 1;
  }
  return lines.join('\n') + '\n';
}

export interface CorpusInfo {
  readonly dir: string;
  readonly files: number;
  readonly bytes: number;
}

/** Creates the corpus under `dir` unless a complete one with the same parameters is already there. */
export function ensureCorpus(dir: string, log: (message: string) => void = () => undefined): CorpusInfo {
  const marker = path.join(dir, '.corpus-complete');
  if (fs.existsSync(marker)) {
    const info = JSON.parse(fs.readFileSync(marker, 'utf8')) as CorpusInfo & { version: string };
    if (info.version === CORPUS_VERSION) return { dir, files: info.files, bytes: info.bytes };
  }
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, '.git'), { recursive: true });
  fs.writeFileSync(path.join(dir, '.gitignore'), '# build output\nbuild/\n*.log\n/scratch\n');
  const rand = seededRandom(7);
  const pools = FAMILIES.map((f) => linePool(f, rand));
  let files = 0;
  let bytes = 0;
  const write = (file: string, content: string | Buffer): void => {
    fs.writeFileSync(file, content);
    files++;
    bytes += typeof content === 'string' ? Buffer.byteLength(content) : content.length;
  };
  const started = Date.now();
  fs.mkdirSync(path.join(dir, 'scratch'));
  for (let i = 0; i < 20; i++) write(path.join(dir, 'scratch', `notes${i}.md`), '<!-- TODO: ignored scratch -->\n');
  for (let p = 0; p < PACKAGES; p++) {
    const pkg = path.join(dir, `pkg${String(p).padStart(2, '0')}`);
    if (p % 5 === 0) {
      fs.mkdirSync(path.join(pkg, 'build'), { recursive: true });
      for (let i = 0; i < 40; i++) write(path.join(pkg, 'build', `out${i}.js`), '// TODO: ignored build output\n'.repeat(200));
      fs.mkdirSync(pkg, { recursive: true });
      fs.writeFileSync(path.join(pkg, '.gitignore'), '*.generated.ts\n!keep.generated.ts\n');
    }
    for (let m = 0; m < MODULES; m++) {
      const moduleDir = path.join(pkg, 'src', `mod${String(m).padStart(2, '0')}`);
      fs.mkdirSync(moduleDir, { recursive: true });
      for (let f = 0; f < FILES_PER_MODULE; f++) {
        const n = (p * MODULES + m) * FILES_PER_MODULE + f;
        const familyIndex = n % 7 === 0 ? 1 : n % 11 === 0 ? 2 : n % 13 === 0 ? 3 : n % 17 === 0 ? 4 : 0;
        const family = FAMILIES[familyIndex];
        const ext = family.exts[Math.floor(rand() * family.exts.length)];
        write(path.join(moduleDir, `file${String(f).padStart(3, '0')}.${ext}`), fileText(family, pools[familyIndex], rand, n));
      }
      if (p % 5 === 0 && m === 0) {
        write(path.join(moduleDir, 'api.generated.ts'), '// TODO: ignored by the nested .gitignore\n'.repeat(50));
        write(path.join(moduleDir, 'keep.generated.ts'), '// TODO: re-included by a negated pattern\n');
      }
      if (m % 10 === 0) write(path.join(moduleDir, 'image.bin'), Buffer.concat([Buffer.from('\x89PNG\0\0TODO: binary\n'), Buffer.alloc(4096, 7)]));
    }
    if (p % 10 === 0) log(`corpus: ${files} files, ${(bytes / 1e6).toFixed(0)} MB, ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  fs.writeFileSync(marker, JSON.stringify({ version: CORPUS_VERSION, files, bytes }));
  return { dir, files, bytes };
}
