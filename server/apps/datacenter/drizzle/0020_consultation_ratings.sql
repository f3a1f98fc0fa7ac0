CREATE TABLE "consultation_ratings" (
	"consultation_id" text NOT NULL,
	"resolved_at" timestamp with time zone NOT NULL,
	"score" smallint NOT NULL,
	"comment" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "consultation_ratings_consultation_id_resolved_at_pk" PRIMARY KEY("consultation_id","resolved_at")
);
--> statement-breakpoint
ALTER TABLE "consultation_ratings" ADD CONSTRAINT "consultation_ratings_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Ratings given before the history: each is its conversation's latest resolution's.
INSERT INTO "consultation_ratings" ("consultation_id", "resolved_at", "score", "comment")
SELECT "id", coalesce("resolved_at", "updated_at"), "rating_score", coalesce("rating_comment", '')
FROM "consultations" WHERE "rating_score" IS NOT NULL;
