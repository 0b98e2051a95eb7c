import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129211500 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "operator" add column if not exists "deactivated_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "operator" drop column if exists "deactivated_at";`);
  }

}
