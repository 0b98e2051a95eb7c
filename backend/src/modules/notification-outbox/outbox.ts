import { randomUUID } from "node:crypto"
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises"
import { join } from "node:path"

/** One message as the outbox keeps it: `<id>.json` (this) and `<id>.html` (to open in a browser). */
export type OutboxMessage = {
  id: string
  to: string
  channel: string
  template: string
  locale: "vi" | "en"
  subject: string
  text: string
  html: string
  created_at: string
}

/**
 * Writes a message to the outbox folder. File names start with the time, so a folder listing
 * reads oldest first.
 */
export async function writeOutboxMessage(directory: string, message: Omit<OutboxMessage, "id" | "created_at">): Promise<OutboxMessage> {
  const createdAt = new Date()
  const id = `${createdAt.toISOString().replace(/[:.]/g, "-")}-${message.template}-${randomUUID().slice(0, 8)}`
  const stored: OutboxMessage = { id, ...message, created_at: createdAt.toISOString() }
  await mkdir(directory, { recursive: true })
  await writeFile(join(directory, `${id}.html`), message.html)
  // The JSON last: a reader that sees it finds the HTML beside it.
  await writeFile(join(directory, `${id}.json`), `${JSON.stringify(stored, null, 2)}\n`)
  return stored
}

/** The outbox's messages, oldest first, optionally only those to one address. */
export async function readOutbox(directory: string, filter: { to?: string; template?: string } = {}): Promise<OutboxMessage[]> {
  const names = await readdir(directory).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") {
      return [] as string[]
    }
    throw error
  })
  const messages = await Promise.all(
    names
      .filter((name) => name.endsWith(".json"))
      .sort()
      .map(async (name) => JSON.parse(await readFile(join(directory, name), "utf8")) as OutboxMessage)
  )
  return messages.filter(
    (message) =>
      (!filter.to || message.to.toLowerCase() === filter.to.toLowerCase()) &&
      (!filter.template || message.template === filter.template)
  )
}
