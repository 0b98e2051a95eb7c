const SIZE = 800
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif"
const TITLE_FONT_SIZE = 60
const TITLE_LINE_HEIGHT = 76
const CHARS_PER_LINE = 18
const MAX_LINES = 5

const GROUP_STYLES: Record<string, { field: string; ink: string; label: string }> = {
  food: { field: "#F2C879", ink: "#3D2B06", label: "Thực phẩm" },
  beverages: { field: "#9ED2C6", ink: "#0F3B33", label: "Đồ uống" },
  herbal: { field: "#B5D99C", ink: "#213A12", label: "Dược liệu" },
  handicrafts: { field: "#E0B59E", ink: "#4A2414", label: "Thủ công mỹ nghệ" },
  ornamental: { field: "#E7B8D0", ink: "#4A1834", label: "Sinh vật cảnh" },
  tourism: { field: "#A9C4EB", ink: "#142B4D", label: "Du lịch" },
}
const OTHER_GROUP = { field: "#D9D9D9", ink: "#262626", label: "OCOP" }

/** Text made safe inside an XML element or a double- or single-quoted attribute. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
}

/** A title broken into at most `maxLines` lines of about `perLine` characters; an overflow ends in "…". */
export function wrapTitle(title: string, perLine = CHARS_PER_LINE, maxLines = MAX_LINES): string[] {
  const lines: string[] = []
  for (const word of title.trim().split(/\s+/)) {
    const last = lines[lines.length - 1]
    if (last !== undefined && `${last} ${word}`.length <= perLine) {
      lines[lines.length - 1] = `${last} ${word}`
    } else {
      // A word longer than a line is cut so the text never runs off the image.
      for (let start = 0; start < word.length; start += perLine) lines.push(word.slice(start, start + perLine))
    }
  }
  if (lines.length <= maxLines) return lines
  const kept = lines.slice(0, maxLines)
  kept[maxLines - 1] = `${(kept[maxLines - 1] ?? "").slice(0, perLine - 1)}…`
  return kept
}

/**
 * A placeholder product photo drawn locally (800×800 SVG, no fonts or images fetched): the group's
 * colour, the title, a star badge only when `showsBadge` (else "OCOP"), "minh họa" if fictional.
 */
export function productImageSvg(input: {
  title: string
  groupCode: string
  starLevel: number | null
  showsBadge: boolean
  fictional: boolean
}): string {
  const style = GROUP_STYLES[input.groupCode] ?? OTHER_GROUP
  const lines = wrapTitle(input.title)
  const firstY = SIZE / 2 - ((lines.length - 1) * TITLE_LINE_HEIGHT) / 2 - 30
  const title = lines
    .map((line, i) => `<tspan x="400" y="${firstY + i * TITLE_LINE_HEIGHT}">${escapeXml(line)}</tspan>`)
    .join("")
  const stars = input.starLevel === null ? 0 : Math.max(0, Math.min(5, Math.round(input.starLevel)))
  const badge =
    input.showsBadge && stars > 0
      ? `<rect x="230" y="610" width="340" height="110" rx="55" fill="#FFFFFF" opacity="0.9"/>` +
        `<text x="400" y="658" font-size="44" fill="#C98A00" text-anchor="middle">${"★".repeat(stars)}${"☆".repeat(5 - stars)}</text>` +
        `<text x="400" y="700" font-size="28" font-weight="700" fill="${style.ink}" text-anchor="middle">OCOP ${stars} sao</text>`
      : `<text x="400" y="690" font-size="44" font-weight="700" fill="${style.ink}" text-anchor="middle" letter-spacing="6">OCOP</text>`
  const mark = input.fictional
    ? `<rect x="590" y="30" width="180" height="52" rx="26" fill="${style.ink}"/>` +
      `<text x="680" y="65" font-size="26" fill="#FFFFFF" text-anchor="middle">minh họa</text>`
    : ""
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 ${SIZE} ${SIZE}" role="img">` +
    `<title>${escapeXml(input.title)}</title>` +
    `<g font-family="${FONT}">` +
    `<rect width="${SIZE}" height="${SIZE}" fill="${style.field}"/>` +
    `<text x="40" y="66" font-size="26" fill="${style.ink}" opacity="0.8">${escapeXml(style.label)}</text>` +
    mark +
    `<text font-size="${TITLE_FONT_SIZE}" font-weight="700" fill="${style.ink}" text-anchor="middle">${title}</text>` +
    badge +
    `</g></svg>`
  )
}

/** A producer logo drawn locally: the initials of the name's distinctive words in a coloured circle. */
export function producerLogoSvg(name: string): string {
  const hue = [...name].reduce((sum, char) => (sum * 31 + (char.codePointAt(0) ?? 0)) % 360, 7)
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256" role="img">` +
    `<title>${escapeXml(name)}</title>` +
    `<circle cx="128" cy="128" r="124" fill="hsl(${hue}, 45%, 38%)"/>` +
    `<text x="128" y="128" dy="0.35em" font-family="${FONT}" font-size="96" font-weight="700" fill="#FFFFFF" text-anchor="middle">${escapeXml(initials(name))}</text>` +
    `</svg>`
  )
}

/**
 * "HTX Nông nghiệp Hóa Sơn" → "HS", "Như Mận" → "NM", "HTX … tổng hợp 19/5" → "19/5": the last two
 * capitalised words (the legal form in front, like "HTX" or "Công ty", is skipped when more follow).
 */
export function initials(name: string): string {
  const words = name
    .replace(/\([^)]*\)/g, " ")
    .split(/\s+/)
    .filter((word) => /^[\p{Lu}\d]/u.test(word))
  const last = words[words.length - 1]
  if (last === undefined) return (name.trim().charAt(0) || "?").toUpperCase()
  if (/^\d/.test(last)) return last.slice(0, 4)
  const significant = words.length > 2 ? words.slice(1) : words
  return significant
    .slice(-2)
    .map((word) => word.charAt(0))
    .join("")
}
