// multer (also what Medusa's own upload routes use) ships without type declarations;
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
