// Test fixture: not imported by the bench itself.

/** A Lighthouse result with only what the bench reads; network times in ms from the first request. */
export function lighthouseResult({ performance = 0.9, accessibility = 1, lcp = 2000, cls = 0.01, loadMs = 1500, requests = [], audits = {}, refs = {} } = {}) {
  const networkStartTimeTs = 5_000_000_000
  return {
    categories: {
      performance: { score: performance, auditRefs: refs.performance ?? [] },
      accessibility: { score: accessibility, auditRefs: refs.accessibility ?? [] },
    },
    audits: {
      "largest-contentful-paint": { id: "largest-contentful-paint", numericValue: lcp },
      "cumulative-layout-shift": { id: "cumulative-layout-shift", numericValue: cls },
      metrics: { id: "metrics", details: { type: "debugdata", items: [{ observedLoadTs: loadMs === null ? undefined : networkStartTimeTs + loadMs * 1000 }, {}] } },
      "network-requests": {
        id: "network-requests",
        details: { type: "table", headings: [], items: requests, debugData: { type: "debugdata", networkStartTimeTs } },
      },
      ...audits,
    },
  }
}
