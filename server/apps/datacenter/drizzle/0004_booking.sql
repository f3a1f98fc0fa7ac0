CREATE SEQUENCE "public"."request_number_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "appointments" (
	"number" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"item_code" text NOT NULL,
	"institution_id" text NOT NULL,
	"date" text NOT NULL,
	"start" text NOT NULL,
	"end" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"status" text NOT NULL,
	"topic" text NOT NULL,
	"note" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "booking_rules" (
	"item_code" text PRIMARY KEY NOT NULL,
	"min_notice_minutes" integer NOT NULL,
	"horizon_days" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "calendar_days" (
	"date" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"as_weekday" integer
);
--> statement-breakpoint
CREATE TABLE "institution_closures" (
	"institution_id" text NOT NULL,
	"date" text NOT NULL,
	"reason" text NOT NULL,
	CONSTRAINT "institution_closures_institution_id_date_pk" PRIMARY KEY("institution_id","date")
);
--> statement-breakpoint
CREATE TABLE "idempotency_keys" (
	"account_id" text NOT NULL,
	"key" text NOT NULL,
	"body_hash" text NOT NULL,
	"number" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "idempotency_keys_account_id_key_pk" PRIMARY KEY("account_id","key")
);
--> statement-breakpoint
CREATE TABLE "institution_items" (
	"institution_id" text NOT NULL,
	"item_code" text NOT NULL,
	CONSTRAINT "institution_items_institution_id_item_code_pk" PRIMARY KEY("institution_id","item_code")
);
--> statement-breakpoint
CREATE TABLE "slot_seats" (
	"institution_id" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"seats" integer NOT NULL,
	"booked" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "slot_seats_institution_id_starts_at_pk" PRIMARY KEY("institution_id","starts_at"),
	CONSTRAINT "slot_seats_not_oversold" CHECK ("slot_seats"."booked" >= 0 and "slot_seats"."booked" <= "slot_seats"."seats")
);
--> statement-breakpoint
CREATE TABLE "weekly_slots" (
	"institution_id" text NOT NULL,
	"weekday" integer NOT NULL,
	"start" text NOT NULL,
	"end" text NOT NULL,
	"seats" integer NOT NULL,
	CONSTRAINT "weekly_slots_institution_id_weekday_start_pk" PRIMARY KEY("institution_id","weekday","start"),
	CONSTRAINT "weekly_slots_seats" CHECK ("weekly_slots"."seats" > 0)
);
--> statement-breakpoint
CREATE TABLE "request_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "request_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"number" text NOT NULL,
	"status" text NOT NULL,
	"note" text,
	"actor" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "requests" (
	"number" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"channel" text NOT NULL,
	"account_id" text,
	"contact_phone" text NOT NULL,
	"title" text NOT NULL,
	"institution_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_number_requests_number_fk" FOREIGN KEY ("number") REFERENCES "public"."requests"("number") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_item_code_catalog_items_code_fk" FOREIGN KEY ("item_code") REFERENCES "public"."catalog_items"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_rules" ADD CONSTRAINT "booking_rules_item_code_catalog_items_code_fk" FOREIGN KEY ("item_code") REFERENCES "public"."catalog_items"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "institution_closures" ADD CONSTRAINT "institution_closures_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idempotency_keys" ADD CONSTRAINT "idempotency_keys_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idempotency_keys" ADD CONSTRAINT "idempotency_keys_number_requests_number_fk" FOREIGN KEY ("number") REFERENCES "public"."requests"("number") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "institution_items" ADD CONSTRAINT "institution_items_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "institution_items" ADD CONSTRAINT "institution_items_item_code_catalog_items_code_fk" FOREIGN KEY ("item_code") REFERENCES "public"."catalog_items"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "slot_seats" ADD CONSTRAINT "slot_seats_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "weekly_slots" ADD CONSTRAINT "weekly_slots_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_events" ADD CONSTRAINT "request_events_number_requests_number_fk" FOREIGN KEY ("number") REFERENCES "public"."requests"("number") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requests" ADD CONSTRAINT "requests_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requests" ADD CONSTRAINT "requests_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "appointments_one_active_per_day" ON "appointments" USING btree ("account_id","item_code","date") WHERE "appointments"."status" in ('booked', 'checked_in');--> statement-breakpoint
CREATE UNIQUE INDEX "appointments_institution_day_idx" ON "appointments" USING btree ("institution_id","starts_at","number");--> statement-breakpoint
CREATE INDEX "request_events_number_idx" ON "request_events" USING btree ("number","id");--> statement-breakpoint
CREATE INDEX "requests_account_idx" ON "requests" USING btree ("account_id","created_at");