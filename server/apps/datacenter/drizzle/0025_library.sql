CREATE TABLE "library_articles" (
	"id" text PRIMARY KEY NOT NULL,
	"law_id" text NOT NULL,
	"number" integer NOT NULL,
	"number_text" text NOT NULL,
	"book" text,
	"headings" jsonb NOT NULL,
	"paragraphs" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "library_case_articles" (
	"case_id" text NOT NULL,
	"article_id" text NOT NULL,
	"sort" integer NOT NULL,
	CONSTRAINT "library_case_articles_case_id_article_id_pk" PRIMARY KEY("case_id","article_id")
);
--> statement-breakpoint
CREATE TABLE "library_cases" (
	"id" text PRIMARY KEY NOT NULL,
	"category" text NOT NULL,
	"title" text NOT NULL,
	"sections" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "library_laws" (
	"id" text PRIMARY KEY NOT NULL,
	"category" text NOT NULL,
	"title" text NOT NULL,
	"version" text NOT NULL,
	"in_force" boolean NOT NULL,
	"history" jsonb NOT NULL,
	"preamble" jsonb NOT NULL,
	"sort" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "library_sources" (
	"path" text PRIMARY KEY NOT NULL,
	"hash" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "library_articles" ADD CONSTRAINT "library_articles_law_id_library_laws_id_fk" FOREIGN KEY ("law_id") REFERENCES "public"."library_laws"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_case_articles" ADD CONSTRAINT "library_case_articles_case_id_library_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."library_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_case_articles" ADD CONSTRAINT "library_case_articles_article_id_library_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."library_articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "library_articles_law_number_idx" ON "library_articles" USING btree ("law_id","number");