ALTER TABLE "notifications" DROP CONSTRAINT "notifications_number_requests_number_fk";
--> statement-breakpoint
ALTER TABLE "notifications" DROP CONSTRAINT "notifications_consultation_id_consultations_id_fk";
--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "phone" text;--> statement-breakpoint
-- Notices already queued keep the contact phone their request gave, for its owner.
UPDATE "notifications" SET "phone" = r."contact_phone" FROM "requests" r
WHERE r."number" = "notifications"."number" AND r."account_id" = "notifications"."account_id";
