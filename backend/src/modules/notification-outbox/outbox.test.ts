import { mkdtemp, readFile, rm } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterEach, beforeEach, describe, expect, it } from "vitest"
import { readOutbox, writeOutboxMessage } from "./outbox"

describe("the outbox folder", () => {
  let directory: string
  beforeEach(async () => {
    directory = await mkdtemp(join(tmpdir(), "outbox-test-"))
  })
  afterEach(() => rm(directory, { recursive: true, force: true }))

  const message = (to: string, template = "password-reset") => ({
    to,
    channel: "email",
    template,
    locale: "vi" as const,
    subject: "Đặt lại mật khẩu",
    text: "Đặt mật khẩu mới: http://x",
    html: "<p>Đặt lại</p>",
  })

  it("keeps each message as JSON to read and HTML to open, oldest first", async () => {
    const first = await writeOutboxMessage(directory, message("lan@example.vn"))
    const second = await writeOutboxMessage(directory, message("hoa@example.vn", "order-placed"))
    expect((await readOutbox(directory)).map((stored) => stored.id)).toEqual([first.id, second.id])
    expect(await readFile(join(directory, `${first.id}.html`), "utf8")).toBe("<p>Đặt lại</p>")
  })

  it("filters by recipient, whatever the case of the address, and by template", async () => {
    await writeOutboxMessage(directory, message("lan@example.vn"))
    await writeOutboxMessage(directory, message("hoa@example.vn"))
    await writeOutboxMessage(directory, message("lan@example.vn", "order-placed"))
    expect(await readOutbox(directory, { to: "LAN@example.vn" })).toHaveLength(2)
    expect(await readOutbox(directory, { to: "lan@example.vn", template: "order-placed" })).toHaveLength(1)
  })

  it("reads a folder nothing was written to yet as empty", async () => {
    expect(await readOutbox(join(directory, "not-yet"))).toEqual([])
  })
})
