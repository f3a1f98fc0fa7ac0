CREATE TABLE "files" (
	"id" text PRIMARY KEY NOT NULL,
	"owner_account_id" text NOT NULL,
	"mime" text NOT NULL,
	"size" integer NOT NULL,
	"name" text NOT NULL,
	"sha256" text NOT NULL,
	"storage_key" text NOT NULL,
	"request_number" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "files_storage_key_unique" UNIQUE("storage_key")
);
--> statement-breakpoint
CREATE TABLE "legal_aid_applications" (
	"number" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"institution_id" text NOT NULL,
	"status" text NOT NULL,
	"applicant_name" text NOT NULL,
	"id_key_id" text NOT NULL,
	"id_sealed" text NOT NULL,
	"id_lookup" text NOT NULL,
	"id_masked" text NOT NULL,
	"case_type" text NOT NULL,
	"summary" text NOT NULL,
	"hardship_basis" text NOT NULL,
	"hardship_note" text NOT NULL,
	"reason" text,
	"assignee" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "files" ADD CONSTRAINT "files_owner_account_id_accounts_id_fk" FOREIGN KEY ("owner_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "files" ADD CONSTRAINT "files_request_number_requests_number_fk" FOREIGN KEY ("request_number") REFERENCES "public"."requests"("number") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_aid_applications" ADD CONSTRAINT "legal_aid_applications_number_requests_number_fk" FOREIGN KEY ("number") REFERENCES "public"."requests"("number") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_aid_applications" ADD CONSTRAINT "legal_aid_applications_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_aid_applications" ADD CONSTRAINT "legal_aid_applications_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "files_request_idx" ON "files" USING btree ("request_number");--> statement-breakpoint
CREATE INDEX "files_owner_idx" ON "files" USING btree ("owner_account_id");--> statement-breakpoint
CREATE INDEX "legal_aid_institution_idx" ON "legal_aid_applications" USING btree ("institution_id","created_at");--> statement-breakpoint
CREATE INDEX "legal_aid_account_idx" ON "legal_aid_applications" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "legal_aid_id_lookup_idx" ON "legal_aid_applications" USING btree ("id_lookup");