import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129094009 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "producer" drop constraint if exists "producer_handle_unique";`);
    this.addSql(`create table if not exists "producer" ("id" text not null, "handle" text not null, "name" text not null, "type" text check ("type" in ('cooperative', 'cooperative_group', 'enterprise', 'household_business')) null, "province" text not null, "commune" text null, "street" text null, "legacy_province" text null, "legacy_district" text null, "legacy_commune" text null, "area_code" text null, "phone" text null, "email" text null, "story_vi" text null, "story_en" text null, "logo_url" text null, "verified" boolean not null default false, "fictional" boolean not null default false, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "producer_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_producer_handle_unique" ON "producer" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_deleted_at" ON "producer" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "producer" cascade;`);
  }

}
