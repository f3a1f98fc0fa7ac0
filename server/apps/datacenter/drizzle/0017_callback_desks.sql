DROP INDEX "callbacks_state_idx";--> statement-breakpoint
ALTER TABLE "callbacks" ADD COLUMN "desk_id" text;--> statement-breakpoint
ALTER TABLE "callbacks" ADD COLUMN "taken_by" text;--> statement-breakpoint
ALTER TABLE "callbacks" ADD COLUMN "taken_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "callbacks" ADD CONSTRAINT "callbacks_desk_id_institutions_id_fk" FOREIGN KEY ("desk_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "callbacks" ADD CONSTRAINT "callbacks_taken_by_accounts_id_fk" FOREIGN KEY ("taken_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "callbacks_desk_state_idx" ON "callbacks" USING btree ("desk_id","state","created_at");--> statement-breakpoint
-- Tasks queued before desks go to the desk that serves the resident's village (the rule of hotline-desk.ts).
UPDATE "callbacks" SET "desk_id" = (
  SELECT i."id" FROM "institutions" i, "accounts" a
  WHERE a."id" = "callbacks"."account_id" AND i."kind" = 'pls_center'
  ORDER BY CASE
    WHEN left(a."village_code", 6) = left(i."region_code", 6) THEN 3
    WHEN left(a."village_code", 4) = left(i."region_code", 4) THEN 2
    WHEN left(a."village_code", 2) = left(i."region_code", 2) THEN 1
    ELSE 0 END DESC, length(regexp_replace(i."region_code", '(00)+$', '')), i."id"
  LIMIT 1
);
