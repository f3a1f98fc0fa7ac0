CREATE TABLE "complaints" (
	"number" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"about" text NOT NULL,
	"institution_id" text NOT NULL,
	"practitioner_id" text,
	"request_number" text,
	"category" text NOT NULL,
	"text" text NOT NULL,
	"allow_contact" boolean NOT NULL,
	"status" text NOT NULL,
	"answer_text" text,
	"answered_at" timestamp with time zone,
	"review_text" text,
	"review_at" timestamp with time zone,
	"review_answer_text" text,
	"review_answered_at" timestamp with time zone,
	"due_at" timestamp with time zone,
	"due_soon_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_number_requests_number_fk" FOREIGN KEY ("number") REFERENCES "public"."requests"("number") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_practitioner_id_people_id_fk" FOREIGN KEY ("practitioner_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_request_number_requests_number_fk" FOREIGN KEY ("request_number") REFERENCES "public"."requests"("number") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "complaints_institution_idx" ON "complaints" USING btree ("institution_id","created_at");--> statement-breakpoint
CREATE INDEX "complaints_account_idx" ON "complaints" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "complaints_due_idx" ON "complaints" USING btree ("due_soon_at");