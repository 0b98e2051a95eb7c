import type { BackendEnv } from "../env"

/**
 * Medusa's notification module with one provider for the `email` channel: the outbox, which
 * renders each message with its template and writes it to NOTIFICATION_OUTBOX_DIR. The module
 * also records every notification it sends in its own table.
 */
export function notificationModule(env: Pick<BackendEnv, "NOTIFICATION_OUTBOX_DIR">) {
  return {
    resolve: "@medusajs/medusa/notification",
    options: {
      providers: [
        {
          resolve: "./src/modules/notification-outbox",
          id: "outbox",
          options: { channels: ["email"], directory: env.NOTIFICATION_OUTBOX_DIR },
        },
      ],
    },
  }
}
