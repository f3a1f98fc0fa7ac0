CREATE TABLE "library_unanswered_terms" (
	"day" text NOT NULL,
	"term" text NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "library_unanswered_terms_day_term_pk" PRIMARY KEY("day","term")
);
