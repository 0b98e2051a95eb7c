// @vitest-environment node
import { describe, expect, it } from "vitest"
import en from "../../messages/en.json"
import vi from "../../messages/vi.json"
import { LAST_RESORT_MESSAGES } from "./last-resort-messages"

function leaves(node: unknown, prefix = ""): Map<string, unknown> {
  const found = new Map<string, unknown>()
  if (typeof node === "object" && node !== null) {
    for (const [key, value] of Object.entries(node)) {
      for (const [path, leaf] of leaves(value, prefix ? `${prefix}.${key}` : key)) {
        found.set(path, leaf)
      }
    }
  } else {
    found.set(prefix, node)
  }
  return found
}

describe("message catalogues", () => {
  it("give the global error page the same words as the Error namespace", () => {
    for (const [locale, catalogue] of [["vi", vi], ["en", en]] as const) {
      expect(LAST_RESORT_MESSAGES[locale]).toEqual({ title: catalogue.Error.title, body: catalogue.Error.body, retry: catalogue.Error.retry })
    }
  })

  it("say the same things in Vietnamese and English", () => {
    expect([...leaves(en).keys()].sort()).toEqual([...leaves(vi).keys()].sort())
  })

  it.each([
    ["vi", vi],
    ["en", en],
  ])("have no empty text in %s", (_locale, catalogue) => {
    const empty = [...leaves(catalogue)].filter(([, text]) => typeof text !== "string" || text.trim() === "")
    expect(empty).toEqual([])
  })
})
