import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129095509 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "ocop_area" drop constraint if exists "ocop_area_code_unique";`);
    this.addSql(`create table if not exists "ocop_area" ("id" text not null, "code" text not null, "name" text not null, "full_name" text not null, "type" text not null, "rank" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_area_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_area_code_unique" ON "ocop_area" ("code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_area_deleted_at" ON "ocop_area" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "ocop_product" ("id" text not null, "origin_commune" text null, "origin_legacy_district" text null, "origin_legacy_commune" text null, "origin_area_code" text null, "origin_inferred" boolean not null default false, "fictional" boolean not null default false, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_product_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_product_deleted_at" ON "ocop_product" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "ocop_certification" ("id" text not null, "star_level" integer null, "stars_min" integer null, "group_code" text check ("group_code" in ('food', 'beverages', 'herbal', 'handicrafts', 'ornamental', 'tourism')) not null, "score" real null, "decision_number" text null, "decision_date" text null, "decision_date_approximate" boolean not null default false, "awarding_level" text check ("awarding_level" in ('district', 'province', 'central')) null, "state" text check ("state" in ('current', 'superseded', 'revoked')) not null default 'current', "revoked_at" timestamptz null, "revocation_reason" text null, "note" text null, "source_url" text null, "extra_sources" text[] null, "ocop_product_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_certification_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_certification_ocop_product_id" ON "ocop_certification" ("ocop_product_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_certification_deleted_at" ON "ocop_certification" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_certification_one_current" ON "ocop_certification" ("ocop_product_id") WHERE state = 'current' AND deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_certification_product_decision" ON "ocop_certification" ("ocop_product_id", "decision_number") WHERE decision_number IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_certification_decision_number" ON "ocop_certification" ("decision_number") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "ocop_certification" add constraint "ocop_certification_ocop_product_id_foreign" foreign key ("ocop_product_id") references "ocop_product" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "ocop_certification" drop constraint if exists "ocop_certification_ocop_product_id_foreign";`);

    this.addSql(`drop table if exists "ocop_area" cascade;`);

    this.addSql(`drop table if exists "ocop_product" cascade;`);

    this.addSql(`drop table if exists "ocop_certification" cascade;`);
  }

}
