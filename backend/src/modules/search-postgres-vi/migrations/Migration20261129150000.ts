import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * `search_pg_text_array(jsonb)`: a jsonb array of strings as text[], for the generated columns
 * through which this provider filters and facets array fields (a generated column may call only
 * immutable functions, and cannot hold a sub-select itself).
 */
export class Migration20261129150000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      CREATE OR REPLACE FUNCTION search_pg_text_array(value jsonb) RETURNS text[]
      LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
      AS $$ SELECT CASE WHEN jsonb_typeof(value) = 'array' THEN ARRAY(SELECT jsonb_array_elements_text(value)) END $$;
    `)
  }

  override async down(): Promise<void> {
    this.addSql(`DROP FUNCTION IF EXISTS search_pg_text_array(jsonb);`)
  }
}
