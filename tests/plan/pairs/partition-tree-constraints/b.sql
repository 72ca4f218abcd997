-- A primary key, a UNIQUE and CHECKs on the whole partition tree, a CHECK on a partition
-- alone, and a CHECK on an inheritance parent that its child inherits.
CREATE TABLE public.sale (id integer NOT NULL, region text NOT NULL, amount numeric) PARTITION BY LIST (region);
CREATE TABLE public.sale_eu PARTITION OF public.sale FOR VALUES IN ('eu');
CREATE TABLE public.sale_us PARTITION OF public.sale FOR VALUES IN ('us') PARTITION BY RANGE (id);
CREATE TABLE public.sale_us_low PARTITION OF public.sale_us FOR VALUES FROM (0) TO (1000);
ALTER TABLE public.sale ADD CONSTRAINT sale_pkey PRIMARY KEY (id, region);
ALTER TABLE public.sale ADD CONSTRAINT sale_amount_check CHECK (amount >= 0);
ALTER TABLE public.sale ADD CONSTRAINT sale_region_id_key UNIQUE (region, id);
ALTER TABLE public.sale_eu ADD CONSTRAINT sale_eu_small CHECK (amount < 1000000);
CREATE TABLE public.animal (id integer NOT NULL, legs integer);
CREATE TABLE public.bird (wings integer) INHERITS (public.animal);
ALTER TABLE public.animal ADD CONSTRAINT animal_legs_check CHECK (legs >= 0);
ALTER TABLE public.bird ADD CONSTRAINT bird_wings_check CHECK (wings = 2);
