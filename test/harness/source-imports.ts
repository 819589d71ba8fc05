/**
 * Every module import of the firmware's source and the names each one uses,
 * read from the TypeScript syntax tree: for `const { A, B } = await
 * import('x')` the names A and B, for `(await import('x')).default.C` the
 * path default.C, for a namespace kept in a variable the properties read
 * from it. The bundle check (test/build/dist-imports.test.ts) asks the built
 * chunks for exactly these names, so nobody keeps a list by hand. A shape it
 * cannot read is reported, never skipped: a new way of importing gets a
 * rule here, not a silent pass.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import ts from 'typescript'

export interface SourceImport {
  /** firmware/… as esbuild's metafile names inputs. */
  file: string
  line: number
  specifier: string
  kind: 'dynamic-import' | 'import-statement'
  /** Property paths read from the module namespace, e.g. [['default', 'ThermalPrinter']]. */
  uses: string[][]
  /** Set when the uses could not be read from the code around the import. */
  unreadable?: string
}

const ROOT = new URL('../../', import.meta.url).pathname

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name)
    if (e.isDirectory()) return sourceFiles(path)
    return /\.ts$/.test(e.name) && !/\.d\.ts$/.test(e.name) ? [path] : []
  })
}

/** Names bound by a destructuring pattern, each as the property path it reads. */
function patternUses(pattern: ts.BindingName, prefix: string[]): string[][] | undefined {
  if (!ts.isObjectBindingPattern(pattern)) return undefined
  const uses: string[][] = []
  for (const element of pattern.elements) {
    const key = element.propertyName ?? element.name
    if (element.dotDotDotToken || !(ts.isIdentifier(key) || ts.isStringLiteral(key))) return undefined
    const path = [...prefix, key.text]
    // `{ default: { A } }` reads default.A; a plain name reads itself.
    const nested = ts.isIdentifier(element.name) ? undefined : patternUses(element.name, path)
    if (!ts.isIdentifier(element.name) && nested === undefined) return undefined
    uses.push(...(nested ?? [path]))
  }
  return uses
}

/** `name.X` read anywhere in the scope that declares `name`. */
function namespaceUses(name: ts.Identifier, scope: ts.Node): string[][] {
  const uses: string[][] = []
  const visit = (node: ts.Node) => {
    if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === name.text)
      uses.push([node.name.text])
    ts.forEachChild(node, visit)
  }
  visit(scope)
  return uses
}

function skipParens(node: ts.Node): ts.Node {
  let n = node.parent
  while (ts.isParenthesizedExpression(n)) n = n.parent
  return n
}

/** What the code around `await <expr>` reads from the value; `node` is the awaited expression's parent chain start. */
function awaitedUses(awaited: ts.Node, prefix: string[]): string[][] | undefined {
  const parent = skipParens(awaited)
  if (ts.isVariableDeclaration(parent) && parent.initializer !== undefined) {
    if (ts.isIdentifier(parent.name)) return namespaceUses(parent.name, parent.parent.parent.parent)
    return patternUses(parent.name, prefix)
  }
  if (ts.isPropertyAccessExpression(parent)) {
    const path = [...prefix, parent.name.text]
    const outer = skipParens(parent)
    // `(await import('x')).default` then destructured: `const { A } = (await import('x')).default`.
    if (ts.isVariableDeclaration(outer) && !ts.isIdentifier(outer.name)) return patternUses(outer.name, path)
    return [path]
  }
  return undefined
}

/** The uses of one `import('x')` call: awaited directly, through `.then(({ A }) => …)`, or as one element of `await Promise.all([…])`. */
function dynamicUses(call: ts.CallExpression): string[][] | undefined {
  const parent = skipParens(call)
  if (ts.isAwaitExpression(parent)) return awaitedUses(parent, [])
  if (ts.isPropertyAccessExpression(parent) && parent.name.text === 'then' && ts.isCallExpression(parent.parent)) {
    const callback = parent.parent.arguments[0]
    const param =
      callback && (ts.isArrowFunction(callback) || ts.isFunctionExpression(callback))
        ? callback.parameters[0]
        : undefined
    return param ? patternUses(param.name, []) : undefined
  }
  if (ts.isArrayLiteralExpression(parent)) {
    const all = parent.parent
    const awaited = ts.isCallExpression(all) && all.expression.getText() === 'Promise.all' ? skipParens(all) : undefined
    const declaration = awaited && ts.isAwaitExpression(awaited) ? skipParens(awaited) : undefined
    if (!declaration || !ts.isVariableDeclaration(declaration) || !ts.isArrayBindingPattern(declaration.name))
      return undefined
    const element = declaration.name.elements[parent.elements.indexOf(call)]
    return element && ts.isBindingElement(element) ? patternUses(element.name, []) : undefined
  }
  return undefined
}

function staticUses(node: ts.ImportDeclaration): string[][] {
  const clause = node.importClause
  if (!clause || clause.isTypeOnly) return []
  const uses: string[][] = clause.name ? [['default']] : []
  const bindings = clause.namedBindings
  if (bindings && ts.isNamedImports(bindings)) {
    for (const element of bindings.elements)
      if (!element.isTypeOnly) uses.push([(element.propertyName ?? element.name).text])
  }
  return uses
}

/** Every import of a module in firmware/, with the names it uses. Type-only imports are left out: they do not exist at run time. */
export function firmwareImports(): SourceImport[] {
  const found: SourceImport[] = []
  for (const path of sourceFiles(join(ROOT, 'firmware'))) {
    const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2022, true)
    const file = relative(ROOT, path)
    const at = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart()).line + 1
    const visit = (node: ts.Node) => {
      if (
        ts.isImportDeclaration(node) &&
        ts.isStringLiteral(node.moduleSpecifier) &&
        !node.importClause?.isTypeOnly &&
        node.importClause !== undefined
      ) {
        found.push({
          file,
          line: at(node),
          specifier: node.moduleSpecifier.text,
          kind: 'import-statement',
          uses: staticUses(node),
        })
      }
      if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
        const arg = node.arguments[0]
        const uses = dynamicUses(node)
        const entry: SourceImport = {
          file,
          line: at(node),
          specifier: arg && ts.isStringLiteral(arg) ? arg.text : '',
          kind: 'dynamic-import',
          uses: uses ?? [],
        }
        if (!arg || !ts.isStringLiteral(arg)) entry.unreadable = 'the module is not a string literal'
        else if (uses === undefined)
          entry.unreadable = `cannot tell which names ${JSON.stringify(skipParens(node).getText().slice(0, 80))} uses`
        found.push(entry)
      }
      ts.forEachChild(node, visit)
    }
    visit(source)
  }
  return found
}
