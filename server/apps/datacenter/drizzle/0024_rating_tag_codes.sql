-- Rating tags travel as codes the app reads in the person's language (they were stored as Chinese words).
UPDATE "ratings" SET "tags" = (
  SELECT coalesce(jsonb_agg(CASE t
    WHEN '态度好' THEN 'friendly'
    WHEN '效率高' THEN 'quick'
    WHEN '解答清楚' THEN 'clear'
    WHEN '环境整洁' THEN 'tidy'
    WHEN '等待时间长' THEN 'longWait'
    WHEN '解答不清楚' THEN 'unclear'
    ELSE t END), '[]'::jsonb)
  FROM jsonb_array_elements_text("ratings"."tags") AS t
);
