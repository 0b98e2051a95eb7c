import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The `medusa_search_vietnamese` text-search configuration: `simple` (no stop words, since English
 * ones would delete Vietnamese syllables once unaccented) with accents folded by `unaccent`.
 */
export class Migration20261129120000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      CREATE EXTENSION IF NOT EXISTS unaccent;
      DO $$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'medusa_search_vietnamese') THEN
          CREATE TEXT SEARCH CONFIGURATION medusa_search_vietnamese (COPY = simple);
          ALTER TEXT SEARCH CONFIGURATION medusa_search_vietnamese
            ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;
        END IF;
      END
      $$;
    `)
  }

  override async down(): Promise<void> {
    this.addSql(`DROP TEXT SEARCH CONFIGURATION IF EXISTS medusa_search_vietnamese;`)
  }
}
