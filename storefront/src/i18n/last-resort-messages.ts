/**
 * The `Error` namespace of both catalogues, for the one page that cannot load them: the global
 * error page is a client component on every page's bundle, and importing the catalogues there
 * shipped both whole (40 kB) to every browser. messages.test.ts keeps this equal to the catalogues.
 */
export const LAST_RESORT_MESSAGES = {
  vi: {
    title: "Đã có lỗi xảy ra",
    body: "Trang này chưa hiển thị được. Bạn vui lòng thử lại hoặc quay về trang chủ.",
    retry: "Thử lại",
  },
  en: {
    title: "Something went wrong",
    body: "This page couldn't be shown. Please try again or go back to the home page.",
    retry: "Try again",
  },
} as const
