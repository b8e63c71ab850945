// Finds what would make a run depend on more than its seed and inputs (the project's founding
// rule "Determinism": the firmware and hardware never read the wall clock or Math.random; every
// run is replayable from its seed; design/architecture.md "Contracts": same model + seed + inputs
// ⇒ byte-identical trace, on every machine). Every file the given ones import, through any number
// of modules, is read as the TypeScript compiler reads it, and each name is resolved to what it
// names, so that `globalThis.Date`, `new Date()`, `const { random } = Math` or a helper module
// that reads the clock are found as `Date.now()` is, and a local variable or a property that
// happens to be called `date` or `random` is not.

import ts from 'typescript';
import { relative } from 'node:path';
import { REPO_ROOT } from './scenario-files.ts';

/** The platform's sources of time, chance, scheduling and locale, by the global name that reaches them. */
export const FORBIDDEN_GLOBALS: Readonly<Record<string, string>> = {
  Date: 'the wall clock (Date)',
  performance: 'the wall clock (performance)',
  process: 'the process (process.hrtime, process.env, …)',
  setTimeout: 'a real timer',
  setInterval: 'a real timer',
  setImmediate: 'a real timer',
  clearTimeout: 'a real timer',
  clearInterval: 'a real timer',
  clearImmediate: 'a real timer',
  queueMicrotask: 'a real timer',
  crypto: "the platform's random source (crypto)",
  globalThis: 'the global object (Date, Math.random, … by another name)',
  global: 'the global object (Date, Math.random, … by another name)',
  Intl: "the machine's locale (Intl)",
  WeakRef: 'garbage collection (WeakRef)',
  FinalizationRegistry: 'garbage collection (FinalizationRegistry)',
  eval: 'code built at run time (eval)',
  Function: 'code built at run time (Function)',
  require: 'a module loaded by name at run time (require)',
};

/** Methods that read the machine's locale unless given one: the index of their locale argument. */
const LOCALE_ARGUMENT: Readonly<Record<string, number>> = {
  toLocaleString: 0,
  toLocaleDateString: 0,
  toLocaleTimeString: 0,
  toLocaleUpperCase: 0,
  toLocaleLowerCase: 0,
  localeCompare: 1,
};

/** The global object's own name (TypeScript gives it a symbol without a declaration). */
const GLOBAL_THIS = 'globalThis';

/** Math's one member that is not a pure function of its arguments. */
const MATH_RANDOM = 'random';

export interface ScanRules {
  /** Global names allowed in these files (each with its reason, kept beside the call). */
  allowGlobals?: readonly string[];
  /** Packages and node: modules these files may import (type-only imports are free). */
  allowModules: readonly string[];
}

export interface Finding {
  /** The file, relative to the repository. */
  file: string;
  line: number;
  what: string;
  /** The code at fault, as written. */
  code: string;
}

const COMPILER_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  allowImportingTsExtensions: true,
  noEmit: true,
  skipLibCheck: true,
  types: ['node'],
};

/** Whether a declaration comes from the platform (TypeScript's lib files, Node's types), not the project. */
function isPlatform(program: ts.Program, decl: ts.Declaration): boolean {
  const file = decl.getSourceFile();
  return program.isSourceFileDefaultLibrary(file) || file.fileName.includes('/node_modules/@types/node/');
}

/** The global the identifier names, or undefined when it names a local, a parameter, an import or a property. */
function platformGlobal(program: ts.Program, checker: ts.TypeChecker, id: ts.Identifier): string | undefined {
  const symbol = ts.isShorthandPropertyAssignment(id.parent) && id.parent.name === id ? checker.getShorthandAssignmentValueSymbol(id.parent) : checker.getSymbolAtLocation(id);
  if (!symbol) return undefined;
  const decls = symbol.declarations ?? [];
  // The global object is the one global TypeScript declares nowhere.
  if (decls.length === 0) return symbol.name === GLOBAL_THIS ? GLOBAL_THIS : undefined;
  return decls.every((d) => isPlatform(program, d)) ? id.text : undefined;
}

/** Whether the identifier is written where a name is declared or a member named, not read. */
function isNameNotReference(id: ts.Identifier): boolean {
  const p = id.parent;
  if (ts.isPropertyAccessExpression(p) && p.name === id) return true;
  if (ts.isQualifiedName(p) && p.right === id) return true;
  if ((ts.isPropertyAssignment(p) || ts.isPropertyDeclaration(p) || ts.isMethodDeclaration(p) || ts.isPropertySignature(p) || ts.isMethodSignature(p) || ts.isGetAccessor(p) || ts.isSetAccessor(p)) && p.name === id) return true;
  if (ts.isBindingElement(p) && p.propertyName === id) return true;
  return false;
}

function isInType(node: ts.Node): boolean {
  for (let n: ts.Node | undefined = node; n; n = n.parent) {
    if (ts.isTypeNode(n) || ts.isTypeAliasDeclaration(n) || ts.isInterfaceDeclaration(n)) return true;
    if (ts.isExpression(n) && !ts.isIdentifier(n)) return false;
  }
  return false;
}

/** Every use of a source of nondeterminism in `entries` and every file they import, relative or not. */
export function scanForNondeterminism(entries: readonly string[], rules: ScanRules): Finding[] {
  const program = ts.createProgram({ rootNames: [...entries], options: COMPILER_OPTIONS });
  const checker = program.getTypeChecker();
  const allowed = new Set(rules.allowGlobals ?? []);
  const modules = new Set(rules.allowModules);
  const findings: Finding[] = [];
  for (const sf of program.getSourceFiles()) {
    if (program.isSourceFileDefaultLibrary(sf) || sf.fileName.includes('/node_modules/')) continue;
    const found = (node: ts.Node, what: string): void => {
      const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
      findings.push({ file: relative(REPO_ROOT, sf.fileName), line: line + 1, what, code: node.getText(sf) });
    };
    const visit = (node: ts.Node): void => {
      if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
        const spec = node.moduleSpecifier.text;
        const typeOnly = ts.isImportDeclaration(node) ? node.importClause?.isTypeOnly === true : node.isTypeOnly;
        if (!spec.startsWith('.') && !typeOnly && !modules.has(spec)) found(node.moduleSpecifier, `module "${spec}" (not among the modules these files may use: ${[...modules].join(', ') || 'none'})`);
      } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
        found(node, 'a module loaded at run time (import())');
      } else if (ts.isIdentifier(node) && !isNameNotReference(node) && !isInType(node)) {
        const name = platformGlobal(program, checker, node);
        if (name === 'Math') {
          const p = node.parent;
          const member = ts.isPropertyAccessExpression(p) && p.expression === node ? p.name.text : undefined;
          if (member === MATH_RANDOM) found(p, "the platform's random source (Math.random)");
          else if (member === undefined) found(p, 'Math by another name (Math.random within reach)');
        } else if (name !== undefined && Object.hasOwn(FORBIDDEN_GLOBALS, name) && !allowed.has(name)) {
          found(node.parent && ts.isPropertyAccessExpression(node.parent) ? node.parent : node, FORBIDDEN_GLOBALS[name]!);
        }
      } else if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
        const method = node.expression.name.text;
        if (Object.hasOwn(LOCALE_ARGUMENT, method)) {
          const locale = node.arguments[LOCALE_ARGUMENT[method]!];
          if (!locale || !ts.isStringLiteralLike(locale)) found(node, `the machine's locale (${method} without a locale)`);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return findings;
}

/** A finding as one line: `src/x.ts:12: the wall clock (Date): Date.now()`. */
export function findingLine(f: Finding): string {
  return `${f.file}:${f.line}: ${f.what}: ${f.code}`;
}
