-- Messages carry photos, voice notes, cards and system notes: the whole content goes in "body";
-- "text" stays as the line lists show. Existing (text) messages get their body from their text.
ALTER TABLE "messages" ADD COLUMN "body" jsonb;--> statement-breakpoint
UPDATE "messages" SET "body" = jsonb_build_object('kind', "kind", 'text', "text");--> statement-breakpoint
ALTER TABLE "messages" ALTER COLUMN "body" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "files" ADD COLUMN "consultation_id" text;--> statement-breakpoint
ALTER TABLE "files" ADD CONSTRAINT "files_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE no action ON UPDATE no action;
