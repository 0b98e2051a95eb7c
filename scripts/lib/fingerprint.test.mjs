import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { fingerprint, stateFile } from "./fingerprint.mjs"

describe("fingerprint", () => {
  it("changes when a source changes and ignores build output and node_modules", () => {
    const root = mkdtempSync(join(tmpdir(), "ocop-fp-"))
    mkdirSync(join(root, "src", "node_modules"), { recursive: true })
    mkdirSync(join(root, "src", ".medusa"), { recursive: true })
    writeFileSync(join(root, "src", "a.ts"), "one")
    const first = fingerprint(root, ["src", "missing.json"])

    writeFileSync(join(root, "src", "node_modules", "x.js"), "noise")
    writeFileSync(join(root, "src", ".medusa", "y.js"), "noise")
    expect(fingerprint(root, ["src", "missing.json"])).toBe(first)

    writeFileSync(join(root, "src", "a.ts"), "two")
    expect(fingerprint(root, ["src", "missing.json"])).not.toBe(first)
  })
})

describe("stateFile", () => {
  it("remembers values across instances", () => {
    const file = join(mkdtempSync(join(tmpdir(), "ocop-state-")), "state.json")
    stateFile(file).set("prepared db", "abc")
    expect(stateFile(file).get("prepared db")).toBe("abc")
  })
})
