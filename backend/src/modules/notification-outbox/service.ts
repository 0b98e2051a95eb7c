import type { Logger, ProviderSendNotificationDTO, ProviderSendNotificationResultsDTO } from "@medusajs/framework/types"
import { AbstractNotificationProviderService, MedusaError } from "@medusajs/framework/utils"
import { renderMessage, UnrenderableMessageError } from "../../notifications/render"
import { writeOutboxMessage } from "./outbox"

export type OutboxOptions = {
  /** The folder each message is written to, as `<id>.json` and `<id>.html`. */
  directory: string
}

/**
 * The shop's email channel for development, tests and demos: renders each notification with
 * its real template, in the recipient's language, and writes it to a folder instead of mailing
 * it. A test reads the folder (`readOutbox`); a person opens the `.html` files. A production
 * deployment registers a mail provider for the `email` channel in its place.
 */
export class OutboxNotificationService extends AbstractNotificationProviderService {
  static override identifier = "outbox"

  private readonly directory: string

  // public: Medusa's module loader constructs providers itself
  constructor({ logger }: { logger: Logger }, options: OutboxOptions) {
    super()
    this.directory = options.directory
    logger.info(`Notifications are written to ${this.directory} (outbox provider), not mailed.`)
  }

  static override validateOptions(options: Record<string, unknown>): void {
    if (typeof options.directory !== "string" || options.directory === "") {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "The outbox notification provider needs a directory to write messages to.")
    }
  }

  override async send(notification: ProviderSendNotificationDTO): Promise<ProviderSendNotificationResultsDTO> {
    let rendered
    try {
      rendered = renderMessage(notification.template, notification.data as Record<string, unknown> | null)
    } catch (error) {
      if (error instanceof UnrenderableMessageError) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, error.message)
      }
      throw error
    }
    const stored = await writeOutboxMessage(this.directory, {
      to: notification.to,
      channel: notification.channel,
      template: notification.template,
      ...rendered,
    })
    return { id: stored.id }
  }
}
