import type { CertificationView, ProducerSummary, ShowroomStock } from "./ocop"

/** A producer's own profile as their portal edits it: the public summary and the street address. */
export type ProducerProfile = ProducerSummary & { street: string | null }

/** The highest price in đồng a producer may give a pack: anything above is a typing slip. */
export const MAX_PACK_PRICE_VND = 1_000_000_000

/**
 * Machine-readable codes of the producer API's refusals, so the portal can say them in the
 * producer's language; every refusal still carries an English sentence in `message`.
 */
export const PRODUCER_ERROR_CODES = {
  invalidPhone: "invalid_phone",
  invalidEmail: "invalid_email",
  /** a file is over 5 MB */
  fileTooLarge: "file_too_large",
  tooManyFiles: "too_many_files",
  noFile: "no_file",
  /** the upload was not multipart/form-data */
  uploadUnreadable: "upload_unreadable",
  notAPicture: "not_a_picture",
  notAPictureOrPdf: "not_a_picture_or_pdf",
  documentTitleRequired: "document_title_required",
  oneDocumentAtATime: "one_document_at_a_time",
  /** two packs of a product share a name */
  repeatedPackName: "repeated_pack_name",
  /** a picture kept in a product that was not uploaded for it */
  unknownPicture: "unknown_picture",
  alreadyPending: "already_pending",
  /** a live product sent with nothing changed */
  nothingToSubmit: "nothing_to_submit",
  /** sent for review without a picture (or a title, or a priced pack) */
  submissionIncomplete: "submission_incomplete",
} as const

/** One of {@link PRODUCER_ERROR_CODES}. */
export type ProducerErrorCode = (typeof PRODUCER_ERROR_CODES)[keyof typeof PRODUCER_ERROR_CODES]

/** A pack of a producer's product: its name, price in whole đồng and weight in grams. */
export type ProducerPackView = { id: string | null; title: string; price: number; weight: number | null }

/** What a producer writes about a product (Vietnamese first, English optional). */
export type ProducerProductContentView = {
  title: string
  titleEn: string | null
  description: string | null
  descriptionEn: string | null
  images: string[]
  packs: ProducerPackView[]
}

/**
 * Where a producer's product stands: a draft being written, waiting for staff, sent back with a
 * reason, or live in the shop (possibly with a change being written or waiting beside it).
 */
export type ProducerProductStage = "draft" | "pending" | "rejected" | "live"

/** One of a producer's products as their portal shows it. */
export type ProducerProductView = {
  id: string
  handle: string
  stage: ProducerProductStage
  /** for a live product: where the producer's change stands, or null when there is none */
  changeStage: "draft" | "pending" | "rejected" | null
  rejectionReason: string | null
  submittedAt: string | null
  reviewedAt: string | null
  /** what the shop shows; null until the product is first approved */
  live: ProducerProductContentView | null
  /** what the producer is writing: what will show once approved */
  draft: ProducerProductContentView
  /** units available per showroom (stock belongs to showrooms: read-only here) */
  stock: ShowroomStock[]
  /** the certification in force, for the badge preview; staff record it */
  certification: CertificationView | null
}

/** Where staff's check of a producer's document stands. */
export const CERTIFICATION_DOCUMENT_STATUSES = ["pending", "accepted", "refused"] as const

/** One of {@link CERTIFICATION_DOCUMENT_STATUSES}. */
export type CertificationDocumentStatus = (typeof CERTIFICATION_DOCUMENT_STATUSES)[number]

/** A document a producer uploaded for staff (a certification decision, PDF or picture), with staff's check of it. */
export type CertificationDocumentView = {
  id: string
  title: string
  filename: string
  mimeType: string
  size: number
  url: string
  uploadedAt: string
  status: CertificationDocumentStatus
  /** staff's reason when they refused it */
  refusalReason: string | null
  reviewedAt: string | null
}

/** An order as a producer sees it: only their own lines. */
export type ProducerOrderView = {
  id: string
  displayId: number
  placedAt: string
  status: string
  /** "pickup" at a showroom or home "delivery" */
  deliveryMethod: "pickup" | "delivery" | null
  showroom: { id: string; name: string } | null
  lines: Array<{ productId: string; title: string; packTitle: string | null; quantity: number; unitPrice: number; total: number }>
  /** the sum of their lines, in đồng */
  total: number
}

/** A producer's sales in one month (Việt Nam time), cancelled orders left out. */
export type ProducerMonthlySales = { month: string; orders: number; units: number; revenue: number }

/** A producer's product waiting for (or past) province staff's review, as the admin lists it. */
export type ProductReviewView = {
  id: string
  status: "draft" | "pending" | "rejected" | "approved"
  productId: string
  productHandle: string
  producer: { id: string; name: string }
  /** a change to a live product (else a new product) */
  isChange: boolean
  live: ProducerProductContentView | null
  proposed: ProducerProductContentView
  rejectionReason: string | null
  submittedAt: string | null
}

/** The languages of the producer portal's addresses. */
export type PortalLocale = "vi" | "en"

/** The producer portal's pages whose addresses other apps write (links in messages). */
export type ProducerPortalPage = "home" | "login" | "invite" | "reset-password"

const PORTAL_PATHS: Record<PortalLocale, Record<ProducerPortalPage, string>> = {
  vi: { home: "/vi/nha-san-xuat", login: "/vi/nha-san-xuat/dang-nhap", invite: "/vi/nha-san-xuat/loi-moi", "reset-password": "/vi/nha-san-xuat/dat-lai-mat-khau" },
  en: { home: "/en/producer", login: "/en/producer/login", invite: "/en/producer/invite", "reset-password": "/en/producer/reset-password" },
}

/** The path of a producer portal page in a language (`/vi/nha-san-xuat/…`, `/en/producer/…`). */
export function producerPortalPath(locale: PortalLocale, page: ProducerPortalPage): string {
  return PORTAL_PATHS[locale][page]
}
