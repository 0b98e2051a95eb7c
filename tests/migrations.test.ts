import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"

// Medusa records every module's migrations in one table, by name: a second module's migration
// named like one already run is taken as done and never runs (a column then goes missing).
const modules = join(__dirname, "..", "backend", "src", "modules")

describe("backend migrations", () => {
  it("have a name no other module's migration has", () => {
    const names = readdirSync(modules, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .flatMap((module) => {
        const folder = join(modules, module.name, "migrations")
        let files: string[] = []
        try {
          files = readdirSync(folder).filter((file) => file.endsWith(".ts"))
        } catch {
          return []
        }
        return files.map((file) => `${module.name}: ${/export class (\w+)/.exec(readFileSync(join(folder, file), "utf8"))?.[1] ?? file}`)
      })
    const byName = new Map<string, string[]>()
    for (const entry of names) {
      const [module, name] = entry.split(": ") as [string, string]
      byName.set(name, [...(byName.get(name) ?? []), module])
    }
    expect(names.length).toBeGreaterThan(5)
    expect([...byName].filter(([, owners]) => owners.length > 1)).toEqual([])
  })
})
