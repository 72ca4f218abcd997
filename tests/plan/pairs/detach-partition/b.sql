-- See a.sql. The detached table keeps what it had as a partition: its columns, the
-- CHECK and NOT NULLs it inherited, its primary key.
CREATE TABLE measurement (
    city_id integer NOT NULL,
    logdate date NOT NULL,
    peaktemp integer CHECK (peaktemp > -100),
    extra text,
    PRIMARY KEY (city_id, logdate)
) PARTITION BY RANGE (logdate);
CREATE TABLE measurement_y2006m02 PARTITION OF measurement FOR VALUES FROM ('2006-02-01') TO ('2006-03-01');
CREATE TABLE measurement_y2006m03 (
    city_id integer NOT NULL,
    logdate date NOT NULL,
    peaktemp integer CONSTRAINT measurement_peaktemp_check CHECK (peaktemp > -100),
    CONSTRAINT measurement_y2006m03_pkey PRIMARY KEY (city_id, logdate)
);
