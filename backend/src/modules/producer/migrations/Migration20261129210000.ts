import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129210000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "certification_document" add column if not exists "status" text check ("status" in ('pending', 'accepted', 'refused')) not null default 'pending', add column if not exists "refusal_reason" text null, add column if not exists "reviewed_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "certification_document" drop column if exists "status", drop column if exists "refusal_reason", drop column if exists "reviewed_at";`);
  }

}
