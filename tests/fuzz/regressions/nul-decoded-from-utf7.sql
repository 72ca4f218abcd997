SET client_encoding = 'UTF-7';
CREATE TABLE a+AAA-b (x int);
CREATE TABLE c (y int);
