-- A partitioned table and an inheritance tree without keys or CHECKs.
CREATE TABLE public.sale (id integer NOT NULL, region text NOT NULL, amount numeric) PARTITION BY LIST (region);
CREATE TABLE public.sale_eu PARTITION OF public.sale FOR VALUES IN ('eu');
CREATE TABLE public.sale_us PARTITION OF public.sale FOR VALUES IN ('us') PARTITION BY RANGE (id);
CREATE TABLE public.sale_us_low PARTITION OF public.sale_us FOR VALUES FROM (0) TO (1000);
CREATE TABLE public.animal (id integer NOT NULL, legs integer);
CREATE TABLE public.bird (wings integer) INHERITS (public.animal);
