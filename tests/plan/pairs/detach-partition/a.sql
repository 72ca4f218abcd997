-- A partition that becomes a table of its own while its old parent gains a column: the
-- DETACH must come first, or the detached table would keep the new column.
CREATE TABLE measurement (
    city_id integer NOT NULL,
    logdate date NOT NULL,
    peaktemp integer CHECK (peaktemp > -100),
    PRIMARY KEY (city_id, logdate)
) PARTITION BY RANGE (logdate);
CREATE TABLE measurement_y2006m02 PARTITION OF measurement FOR VALUES FROM ('2006-02-01') TO ('2006-03-01');
CREATE TABLE measurement_y2006m03 PARTITION OF measurement FOR VALUES FROM ('2006-03-01') TO ('2006-04-01');
