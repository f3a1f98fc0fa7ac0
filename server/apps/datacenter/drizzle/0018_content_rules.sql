CREATE TABLE "content_rules" (
	"position" integer PRIMARY KEY NOT NULL,
	"match" text NOT NULL,
	"pattern" text NOT NULL,
	"verdict" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "content_rules_changed" (
	"id" integer PRIMARY KEY NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
-- The starter list (operators replace it with PUT /dc/v1/content-rules): solicitations that have no place in a
-- legal consultation are refused; threats and contact-swapping are let through and logged, since a villager may
-- be reporting one. Questions about what these words name ("赌债", "被诈骗") are not matched.
INSERT INTO "content_rules" ("position", "match", "pattern", "verdict") VALUES
  (0, 'word', '赌博网站', 'risky'),
  (1, 'word', '网赌平台', 'risky'),
  (2, 'word', '博彩平台', 'risky'),
  (3, 'word', '出售枪支', 'risky'),
  (4, 'word', '买卖枪支', 'risky'),
  (5, 'word', '出售毒品', 'risky'),
  (6, 'word', '代购毒品', 'risky'),
  (7, 'word', '办理假证', 'risky'),
  (8, 'word', '代办假证', 'risky'),
  (9, 'word', '出售假证', 'risky'),
  (10, 'word', '代开发票', 'risky'),
  (11, 'word', '出售银行卡', 'risky'),
  (12, 'word', '收购银行卡', 'risky'),
  (13, 'word', '出售公民信息', 'risky'),
  (14, 'word', '贩卖个人信息', 'risky'),
  (15, 'word', '裸聊', 'risky'),
  (16, 'word', '招嫖', 'risky'),
  (17, 'word', '色情服务', 'risky'),
  (18, 'word', '兼职刷单', 'risky'),
  (19, 'word', '刷单返利', 'risky'),
  (20, 'word', '杀了你', 'review'),
  (21, 'word', '弄死你', 'review'),
  (22, 'word', '炸药', 'review'),
  (23, 'regex', '(加|\+)\s*(微信|vx|v信|qq)\s*[:：]?\s*[0-9a-z_-]{5,}', 'review');
