ALTER TABLE "files" DROP CONSTRAINT "files_request_number_requests_number_fk";
--> statement-breakpoint
ALTER TABLE "files" DROP CONSTRAINT "files_consultation_id_consultations_id_fk";
--> statement-breakpoint
DROP INDEX "files_request_idx";--> statement-breakpoint
DROP INDEX "files_unattached_idx";--> statement-breakpoint
ALTER TABLE "files" ADD COLUMN "attached_kind" text;--> statement-breakpoint
ALTER TABLE "files" ADD COLUMN "attached_id" text;--> statement-breakpoint
-- What each file was attached to, by kind and id: a request's number, or a conversation's id.
UPDATE "files" SET "attached_kind" = 'request', "attached_id" = "request_number" WHERE "request_number" IS NOT NULL;--> statement-breakpoint
UPDATE "files" SET "attached_kind" = 'consultation', "attached_id" = "consultation_id" WHERE "request_number" IS NULL AND "consultation_id" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "files_attached_idx" ON "files" USING btree ("attached_kind","attached_id");--> statement-breakpoint
CREATE INDEX "files_unattached_idx" ON "files" USING btree ("created_at") WHERE "files"."attached_id" is null;--> statement-breakpoint
ALTER TABLE "files" DROP COLUMN "request_number";--> statement-breakpoint
ALTER TABLE "files" DROP COLUMN "consultation_id";--> statement-breakpoint
ALTER TABLE "files" ADD CONSTRAINT "files_attached_both" CHECK (("files"."attached_kind" is null) = ("files"."attached_id" is null));
