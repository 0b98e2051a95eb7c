// @vitest-environment node
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs"
import { dirname, join, relative, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"
import { LAYOUT_CLIENT_NAMESPACES } from "./client-namespaces"

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), "..")
const APP = join(SRC, "app")
const ROUTE_FILES = /^(page|layout|error|not-found)\.tsx$/

type Source = { client: boolean; imports: string[]; namespaces: string[]; provides: string[] }
const sources = new Map<string, Source>()

function resolveImport(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/") ? join(SRC, specifier.slice(2)) : specifier.startsWith(".") ? resolve(dirname(from), specifier) : null
  if (!base) return null
  const found = ["", ".ts", ".tsx", "/index.ts", "/index.tsx"].map((ending) => base + ending).find((path) => existsSync(path) && statSync(path).isFile())
  return found ?? null
}

function read(file: string): Source {
  const known = sources.get(file)
  if (known) return known
  const text = readFileSync(file, "utf8")
  // Type-only imports bring no code, hence no messages, into the browser.
  const imports = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s+(?!type\s)[^"';]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g)]
    .map((match) => resolveImport(file, match[1] ?? match[2] ?? ""))
    .filter((path): path is string => path !== null)
  const namespaces = [...text.matchAll(/useTranslations\(\s*["']([^"']+)["']/g)].map((match) => match[1]!.split(".")[0]!)
  const provides = [...text.matchAll(/<ClientMessages\s+namespaces=\{\[([^\]]*)\]\}/g)].flatMap((match) => [...match[1]!.matchAll(/["']([^"']+)["']/g)].map((name) => name[1]!))
  const source = { client: /^\s*["']use client["']/.test(text), imports, namespaces, provides }
  sources.set(file, source)
  return source
}

/** The namespaces read by the client components a route file renders, directly or through what it imports. */
function clientNamespaces(entry: string): Set<string> {
  const found = new Set<string>()
  const seen = new Set<string>()
  const walk = (file: string, inClient: boolean) => {
    const source = read(file)
    const client = inClient || source.client
    if (seen.has(`${file}:${client}`)) return
    seen.add(`${file}:${client}`)
    if (client) source.namespaces.forEach((name) => found.add(name))
    source.imports.forEach((next) => walk(next, client))
  }
  walk(entry, false)
  return found
}

/** What the locale layout, the route's layouts and the route file itself hand their client components. */
function providedNamespaces(routeFile: string): Set<string> {
  const provided = new Set<string>(LAYOUT_CLIENT_NAMESPACES)
  read(routeFile).provides.forEach((name) => provided.add(name))
  for (let folder = dirname(routeFile); folder.startsWith(APP); folder = dirname(folder)) {
    const layout = join(folder, "layout.tsx")
    if (existsSync(layout)) read(layout).provides.forEach((name) => provided.add(name))
  }
  return provided
}

function routeFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? routeFiles(join(folder, entry.name)) : ROUTE_FILES.test(entry.name) ? [join(folder, entry.name)] : [],
  )
}

describe("the messages each route hands the browser", () => {
  const routes = routeFiles(join(APP, "[locale]"))

  it("finds the shop's routes and the client components' namespaces (a scan that finds nothing proves nothing)", () => {
    expect(routes.length).toBeGreaterThan(30)
    expect([...clientNamespaces(join(APP, "[locale]", "(shop)", "checkout", "page.tsx"))]).toContain("Checkout")
  })

  it.each(routes.map((file) => [relative(APP, file), file]))("%s hands its client components every namespace they read", (_name, file) => {
    const provided = providedNamespaces(file)
    const missing = [...clientNamespaces(file)].filter((name) => !provided.has(name))
    expect(missing).toEqual([])
  })
})
