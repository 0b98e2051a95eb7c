import type messages from "../../messages/vi.json"
import type { Locale } from "./routing"

// Vietnamese is the reference catalogue: a key missing from it is a type error everywhere.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale
    Messages: typeof messages
  }
}
