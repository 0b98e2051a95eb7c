/** What a map link needs of a place: its coordinates when known, otherwise its address. */
export type MapPlace = { latitude: number | null; longitude: number | null; address: string }

/**
 * A link that opens the place in Google Maps (on a phone, in its app): by coordinates when the
 * place has them, since demo streets carry no house number, otherwise by the written address.
 */
export function mapLink({ latitude, longitude, address }: MapPlace): string {
  const query = latitude !== null && longitude !== null ? `${latitude},${longitude}` : address
  return `https://www.google.com/maps/search/?api=1&query=${encodeURIComponent(query)}`
}
