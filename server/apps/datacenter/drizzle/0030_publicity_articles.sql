CREATE TABLE "publicity_articles" (
	"id" text PRIMARY KEY NOT NULL,
	"topic" text NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"paragraphs" jsonb NOT NULL,
	"citations" jsonb NOT NULL,
	"published_on" date NOT NULL,
	"month" text,
	"edited_at" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX "publicity_articles_published_idx" ON "publicity_articles" USING btree ("published_on");