DROP INDEX "files_owner_idx";--> statement-breakpoint
ALTER TABLE "files" ADD COLUMN "swept_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "files_unattached_idx" ON "files" USING btree ("created_at") WHERE "files"."request_number" is null and "files"."consultation_id" is null;--> statement-breakpoint
CREATE INDEX "files_owner_idx" ON "files" USING btree ("owner_account_id","created_at");