// multer comes with @medusajs/medusa (its own upload routes use it) without type declarations;
// these are the few parts our upload middleware uses.
declare module "multer" {
  import type { RequestHandler } from "express"

  type Multer = { array(field: string, maxCount?: number): RequestHandler }
  type Options = { storage?: unknown; limits?: { fileSize?: number; files?: number } }

  function multer(options?: Options): Multer
  namespace multer {
    function memoryStorage(): unknown
  }
  export default multer
}
