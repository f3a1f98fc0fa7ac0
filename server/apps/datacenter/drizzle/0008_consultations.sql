CREATE TABLE "consultations" (
	"id" text PRIMARY KEY NOT NULL,
	"resident_account_id" text NOT NULL,
	"village_code" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"last_seq" integer DEFAULT 0 NOT NULL,
	"resident_read_seq" integer DEFAULT 0 NOT NULL,
	"adviser_read_seq" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "messages" (
	"consultation_id" text NOT NULL,
	"seq" integer NOT NULL,
	"client_id" text NOT NULL,
	"sender_account_id" text,
	"sender_role" text NOT NULL,
	"sender_name" text NOT NULL,
	"kind" text NOT NULL,
	"text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "messages_consultation_id_seq_pk" PRIMARY KEY("consultation_id","seq")
);
--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_resident_account_id_accounts_id_fk" FOREIGN KEY ("resident_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_village_code_regions_code_fk" FOREIGN KEY ("village_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_sender_account_id_accounts_id_fk" FOREIGN KEY ("sender_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "consultations_resident_village_idx" ON "consultations" USING btree ("resident_account_id","village_code");--> statement-breakpoint
CREATE INDEX "consultations_village_idx" ON "consultations" USING btree ("village_code","updated_at");--> statement-breakpoint
CREATE UNIQUE INDEX "messages_sender_client_idx" ON "messages" USING btree ("sender_account_id","client_id");