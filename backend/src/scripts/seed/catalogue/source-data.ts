import { z } from "zod"
import data from "./quang-binh-ocop.json"

const SourceProductSchema = z.object({
  name_vi: z.string().min(1),
  name_en: z.string().min(1),
  stars: z.literal([1, 2, 3, 4, 5]).nullable(),
  stars_min: z.number().int().optional(),
  stars_note: z.string().optional(),
  group: z.string(),
  producer: z.string().nullable(),
  producer_type: z.string().nullable(),
  district: z.string().nullable(),
  commune: z.string().nullable(),
  commune_2025: z.string().optional(),
  location_inferred: z.boolean().optional(),
  year: z.number().int().nullable(),
  source_url: z.url(),
  extra_sources: z.array(z.url()).optional(),
  note: z.string().optional(),
})

const SourceDistrictSchema = z.object({
  name: z.string(),
  full_name: z.string(),
  type: z.string(),
  communes_2025_03: z.array(z.object({ name: z.string(), after_2025_07_01: z.array(z.string()) })),
})

const SourceDataSchema = z.object({
  products: z.array(SourceProductSchema),
  districts: z.array(SourceDistrictSchema),
})

/** One product of quang-binh-ocop.json, as the researcher recorded it. */
export type SourceProduct = z.infer<typeof SourceProductSchema>

/** One district-level area of quang-binh-ocop.json with its communes and their 2025 successors. */
export type SourceDistrict = z.infer<typeof SourceDistrictSchema>

/** The facts file, checked against the shape this folder relies on (throws if it drifted). */
export function readSourceData(): { products: SourceProduct[]; districts: SourceDistrict[] } {
  return SourceDataSchema.parse(data)
}
