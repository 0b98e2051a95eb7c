import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129173004 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "order_handling" drop constraint if exists "order_handling_order_id_unique";`);
    this.addSql(`alter table if exists "operator" drop constraint if exists "operator_email_unique";`);
    this.addSql(`create table if not exists "operator" ("id" text not null, "email" text not null, "name" text not null, "phone" text null, "all_showrooms" boolean not null default false, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "operator_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_operator_email_unique" ON "operator" ("email") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_operator_deleted_at" ON "operator" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "order_handling" ("id" text not null, "order_id" text not null, "showroom_id" text null, "method" text check ("method" in ('pickup', 'delivery')) not null, "status" text check ("status" in ('placed', 'accepted', 'ready_for_pickup', 'handed_over', 'shipped', 'cancelled')) not null default 'placed', "accepted_at" timestamptz null, "ready_at" timestamptz null, "handed_over_at" timestamptz null, "shipped_at" timestamptz null, "cancelled_at" timestamptz null, "carrier" text null, "tracking_number" text null, "cancel_reason" text null, "operator_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "order_handling_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_order_handling_order_id_unique" ON "order_handling" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_order_handling_deleted_at" ON "order_handling" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_order_handling_showroom_id_status" ON "order_handling" ("showroom_id", "status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "stock_movement" ("id" text not null, "showroom_id" text not null, "variant_id" text not null, "inventory_item_id" text not null, "kind" text check ("kind" in ('adjustment', 'delivery')) not null, "change" integer not null, "reason" text not null, "operator_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "stock_movement_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stock_movement_showroom_id" ON "stock_movement" ("showroom_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stock_movement_deleted_at" ON "stock_movement" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "operator" cascade;`);

    this.addSql(`drop table if exists "order_handling" cascade;`);

    this.addSql(`drop table if exists "stock_movement" cascade;`);
  }

}
