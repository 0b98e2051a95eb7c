import { readdir, readFile } from "node:fs/promises"
import { join } from "node:path"
import { expect } from "@playwright/test"
import { E2E } from "../../playwright.config"

/** A message as the backend's outbox writes it (`<id>.json`), the fields a journey reads. */
export type OutboxMessage = { to: string; template: string; locale: string; subject: string; text: string }

async function messagesTo(to: string, template: string): Promise<OutboxMessage[]> {
  const names = await readdir(E2E.outboxDir).catch(() => [] as string[])
  const messages = await Promise.all(
    names
      .filter((name) => name.endsWith(".json"))
      .sort()
      .map(async (name) => JSON.parse(await readFile(join(E2E.outboxDir, name), "utf8")) as OutboxMessage),
  )
  return messages.filter((message) => message.to.toLowerCase() === to.toLowerCase() && message.template === template)
}

/** Waits for the newest message of this template to this address (the backend sends it a moment after the request). */
export async function waitForMessage(to: string, template: string): Promise<OutboxMessage> {
  let found: OutboxMessage | undefined
  await expect(async () => {
    found = (await messagesTo(to, template)).at(-1)
    expect(found, `a "${template}" message to ${to} in ${E2E.outboxDir}`).toBeDefined()
  }).toPass({ timeout: 20_000 })
  return found!
}

/** How many messages of this template went to this address. */
export async function countMessages(to: string, template: string): Promise<number> {
  return (await messagesTo(to, template)).length
}
