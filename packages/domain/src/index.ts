export { formatVnd } from "./money/format-vnd"
export { equalsFolded, foldVietnamese } from "./text/fold-vietnamese"
export { toSlug } from "./text/to-slug"
