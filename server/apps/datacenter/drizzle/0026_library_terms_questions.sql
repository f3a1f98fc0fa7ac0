CREATE TABLE "library_ask_counts" (
	"day" text NOT NULL,
	"outcome" text NOT NULL,
	"question_id" text DEFAULT '' NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "library_ask_counts_day_outcome_question_id_pk" PRIMARY KEY("day","outcome","question_id")
);
--> statement-breakpoint
CREATE TABLE "library_edits" (
	"list" text PRIMARY KEY NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "library_questions" (
	"id" text PRIMARY KEY NOT NULL,
	"question" text NOT NULL,
	"also_asked" jsonb NOT NULL,
	"answer" text NOT NULL,
	"articles" jsonb NOT NULL,
	"service" text NOT NULL,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "library_terms" (
	"everyday" text PRIMARY KEY NOT NULL,
	"legal" jsonb NOT NULL,
	"position" integer NOT NULL
);
