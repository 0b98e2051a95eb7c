import { foldVietnamese } from "@ocop/domain"

/** The words an index holds, each with how many documents hold it (`ts_stat`'s `ndoc`). */
export type Vocabulary = Map<string, number>

const LETTERS = "abcdefghijklmnopqrstuvwxyz0123456789"

/** Every string one edit away from `word`: a letter deleted, swapped with the next, replaced or inserted. */
function oneEditAway(word: string): Set<string> {
  const edits = new Set<string>()
  for (let i = 0; i <= word.length; i++) {
    const [head, tail] = [word.slice(0, i), word.slice(i)]
    if (tail) edits.add(head + tail.slice(1))
    if (tail.length > 1) edits.add(head + tail[1] + tail[0] + tail.slice(2))
    for (const letter of LETTERS) {
      if (tail) edits.add(head + letter + tail.slice(1))
      edits.add(head + letter + tail)
    }
  }
  edits.delete(word)
  return edits
}

/** Whether `a` and `b` are at most `limit` edits apart (Levenshtein), stopping early once they are not. */
function withinEdits(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    let best = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
      best = Math.min(best, current[j]!)
    }
    if (best > limit) return false
    previous = current
  }
  return previous[b.length]! <= limit
}

function mostCommon(candidates: Iterable<string>, vocabulary: Vocabulary): string | undefined {
  let chosen: string | undefined
  for (const candidate of candidates) {
    const count = vocabulary.get(candidate)
    if (count !== undefined && (chosen === undefined || count > vocabulary.get(chosen)! || (count === vocabulary.get(chosen) && candidate < chosen))) {
      chosen = candidate
    }
  }
  return chosen
}

/** The index's word closest to `word`: one edit away, or two for words of seven letters or more. */
function closestWord(word: string, vocabulary: Vocabulary): string | undefined {
  const near = mostCommon(oneEditAway(word), vocabulary)
  if (near || word.length < 7) return near
  return mostCommon([...vocabulary.keys()].filter((candidate) => withinEdits(word, candidate, 2)), vocabulary)
}

/**
 * The query with each word the index does not hold replaced by the closest one it does (the most
 * common when several are as close), accent-folded like the index; null when nothing could be
 * corrected. With `lastIsPrefix`, a last word that starts some indexed word is being typed and is
 * kept as it is.
 */
export function correctQuery(q: string, vocabulary: Vocabulary, { lastIsPrefix = false } = {}): string | null {
  const words = foldVietnamese(q).split(/[^a-z0-9]+/).filter(Boolean)
  let changed = false
  const corrected = words.map((word, i) => {
    if (vocabulary.has(word)) return word
    if (lastIsPrefix && i === words.length - 1 && [...vocabulary.keys()].some((known) => known.startsWith(word))) return word
    const closest = closestWord(word, vocabulary)
    if (!closest) return word
    changed = true
    return closest
  })
  return changed ? corrected.join(" ") : null
}
