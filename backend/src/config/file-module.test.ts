import { describe, expect, it } from "vitest"
import { fileModule } from "./file-module"

describe("fileModule", () => {
  it("serves uploads from the backend's own address", () => {
    const provider = fileModule({ MEDUSA_BACKEND_URL: "http://localhost:9172/" }).options.providers[0]!
    expect(provider.options.backend_url).toBe("http://localhost:9172/static")
  })
})
