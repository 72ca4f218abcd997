CREATE TABLE public.countries (
    id integer PRIMARY KEY,
    code character(2) NOT NULL,
    name text,
    CONSTRAINT countries_code_key UNIQUE (code)
);
CREATE TABLE public.cities (
    id integer PRIMARY KEY,
    country_code character(2),
    name text,
    CONSTRAINT cities_country_code_fkey FOREIGN KEY (country_code) REFERENCES public.countries (code)
        ON UPDATE CASCADE
);
CREATE TABLE public.airports (
    iata character(3) PRIMARY KEY,
    city_id integer REFERENCES public.cities (id),
    country_code character(2) REFERENCES public.countries (code)
);
