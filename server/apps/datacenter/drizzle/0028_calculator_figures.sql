CREATE TABLE "calculator_figures" (
	"name" text NOT NULL,
	"year" integer NOT NULL,
	"value" text NOT NULL,
	"scope" text NOT NULL,
	"source" text NOT NULL,
	"is_demo" boolean NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "calculator_figures_name_year_pk" PRIMARY KEY("name","year")
);
