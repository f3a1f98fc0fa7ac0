ALTER TABLE "notifications" ALTER COLUMN "number" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "consultation_id" text;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "notifications_consultation_idx" ON "notifications" USING btree ("consultation_id","account_id","created_at");