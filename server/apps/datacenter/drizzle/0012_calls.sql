CREATE TABLE "calls" (
	"id" text PRIMARY KEY NOT NULL,
	"consultation_id" text NOT NULL,
	"kind" text NOT NULL,
	"state" text NOT NULL,
	"caller_side" text NOT NULL,
	"resident_account_id" text NOT NULL,
	"adviser_person_id" text NOT NULL,
	"caller_account_id" text NOT NULL,
	"caller_name" text NOT NULL,
	"callee_account_id" text,
	"callee_name" text NOT NULL,
	"caller_device" text NOT NULL,
	"callee_device" text,
	"started_at" timestamp with time zone NOT NULL,
	"answered_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"outcome" text,
	"caller_alive_until" timestamp with time zone NOT NULL,
	"callee_alive_until" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "calls" ADD CONSTRAINT "calls_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calls" ADD CONSTRAINT "calls_resident_account_id_accounts_id_fk" FOREIGN KEY ("resident_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calls" ADD CONSTRAINT "calls_adviser_person_id_people_id_fk" FOREIGN KEY ("adviser_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calls" ADD CONSTRAINT "calls_caller_account_id_accounts_id_fk" FOREIGN KEY ("caller_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calls" ADD CONSTRAINT "calls_callee_account_id_accounts_id_fk" FOREIGN KEY ("callee_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "calls_consultation_idx" ON "calls" USING btree ("consultation_id","started_at");--> statement-breakpoint
CREATE INDEX "calls_resident_state_idx" ON "calls" USING btree ("resident_account_id","state");--> statement-breakpoint
CREATE INDEX "calls_adviser_state_idx" ON "calls" USING btree ("adviser_person_id","state");--> statement-breakpoint
CREATE INDEX "calls_state_idx" ON "calls" USING btree ("state","started_at");