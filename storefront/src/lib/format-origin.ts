/**
 * Where a product comes from, most local place first, each place once and empty ones left out:
 * `formatOrigin(["Đông Trạch", "Bố Trạch", "Quảng Trị"])` is "Đông Trạch, Bố Trạch, Quảng Trị".
 */
export function formatOrigin(places: ReadonlyArray<string | null | undefined>): string {
  return [...new Set(places.map((place) => place?.trim()).filter((place): place is string => Boolean(place)))].join(", ")
}
