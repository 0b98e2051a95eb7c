import { Table } from "@medusajs/ui"
import { useEffect, useState } from "react"

const PAGE_SIZE = 20

/** One page of rows and the state Table.Pagination needs; back to page 1 when `resetKey` changes. */
export function usePages<T>(rows: T[], resetKey = "", pageSize = PAGE_SIZE) {
  const [requested, setPageIndex] = useState(0)
  useEffect(() => setPageIndex(0), [resetKey])
  const pageCount = Math.max(1, Math.ceil(rows.length / pageSize))
  const pageIndex = Math.min(requested, pageCount - 1)
  return {
    rows: rows.slice(pageIndex * pageSize, (pageIndex + 1) * pageSize),
    pagination: {
      count: rows.length,
      pageSize,
      pageIndex,
      pageCount,
      canPreviousPage: pageIndex > 0,
      canNextPage: pageIndex < pageCount - 1,
      previousPage: () => setPageIndex(Math.max(0, pageIndex - 1)),
      nextPage: () => setPageIndex(Math.min(pageCount - 1, pageIndex + 1)),
    },
  }
}

/** Medusa's table pagination, in Vietnamese. */
export function TablePages(props: ReturnType<typeof usePages>["pagination"]) {
  return <Table.Pagination {...props} translations={{ of: "/", results: "kết quả", pages: "trang", prev: "Trước", next: "Sau" }} />
}
