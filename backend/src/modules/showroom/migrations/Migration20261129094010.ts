import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129094010 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "showroom" drop constraint if exists "showroom_handle_unique";`);
    this.addSql(`create table if not exists "showroom" ("id" text not null, "handle" text not null, "name" text not null, "level" text check ("level" in ('provincial', 'district')) not null, "area_code" text not null, "province" text not null, "commune" text null, "street" text null, "legacy_district" text null, "legacy_commune" text null, "phone" text not null, "opening_hours" jsonb not null, "opening_hours_text" text null, "latitude" real null, "longitude" real null, "demo" boolean not null default false, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "showroom_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_showroom_handle_unique" ON "showroom" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_showroom_deleted_at" ON "showroom" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "showroom" cascade;`);
  }

}
