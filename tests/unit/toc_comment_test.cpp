// Tests for parse_toc_comment: the "-- Name: ...; Type: ...; Schema: ...; Owner: ..." lines
// pg_dump writes before each object (pg_backup_archiver.c, _printTocEntry).

#include <catch2/catch.hpp>

#include "parser/toc_comment.hpp"

using pgdrift::parse_toc_comment;

TEST_CASE("toc: a table entry", "[toc]") {
  auto entry = parse_toc_comment("-- Name: agent_calls; Type: TABLE; Schema: public; Owner: postgres");
  REQUIRE(entry.has_value());
  CHECK(entry->name == "agent_calls");
  CHECK(entry->type == "TABLE");
  CHECK(entry->schema == "public");
  CHECK(entry->owner == "postgres");
}

TEST_CASE("toc: a function entry with its argument list", "[toc]") {
  auto entry = parse_toc_comment(
      "-- Name: get_kpi_metrics(uuid, timestamp with time zone); Type: FUNCTION; Schema: public; Owner: postgres");
  REQUIRE(entry.has_value());
  CHECK(entry->name == "get_kpi_metrics(uuid, timestamp with time zone)");
  CHECK(entry->type == "FUNCTION");
  CHECK(entry->schema == "public");
  CHECK(entry->owner == "postgres");
}

TEST_CASE("toc: an entry without schema and with an empty owner", "[toc]") {
  auto entry = parse_toc_comment("-- Name: EXTENSION pgcrypto; Type: COMMENT; Schema: -; Owner: ");
  REQUIRE(entry.has_value());
  CHECK(entry->name == "EXTENSION pgcrypto");
  CHECK(entry->type == "COMMENT");
  CHECK(entry->schema == "-");
  CHECK(entry->owner.empty());
}

TEST_CASE("toc: multi-word types and names with spaces", "[toc]") {
  auto entry = parse_toc_comment(
      "-- Name: agent_calls agent_calls_pkey; Type: CONSTRAINT; Schema: public; Owner: app_owner");
  REQUIRE(entry.has_value());
  CHECK(entry->name == "agent_calls agent_calls_pkey");
  CHECK(entry->type == "CONSTRAINT");
  CHECK(entry->owner == "app_owner");

  auto acl = parse_toc_comment("-- Name: SCHEMA public; Type: ACL; Schema: -; Owner: pg_database_owner");
  REQUIRE(acl.has_value());
  CHECK(acl->name == "SCHEMA public");
  CHECK(acl->type == "ACL");
  CHECK(acl->schema == "-");
  CHECK(acl->owner == "pg_database_owner");

  auto default_acl = parse_toc_comment(
      "-- Name: DEFAULT PRIVILEGES FOR TABLES; Type: DEFAULT ACL; Schema: public; Owner: postgres");
  REQUIRE(default_acl.has_value());
  CHECK(default_acl->name == "DEFAULT PRIVILEGES FOR TABLES");
  CHECK(default_acl->type == "DEFAULT ACL");
}

TEST_CASE("toc: an entry with a tablespace", "[toc]") {
  auto entry = parse_toc_comment(
      "-- Name: events_created_idx; Type: INDEX; Schema: public; Owner: postgres; Tablespace: fast_ssd");
  REQUIRE(entry.has_value());
  CHECK(entry->name == "events_created_idx");
  CHECK(entry->type == "INDEX");
  CHECK(entry->schema == "public");
  CHECK(entry->owner == "postgres");
}

TEST_CASE("toc: a tablespace with no owner (pg_dump --no-owner)", "[toc]") {
  auto entry = parse_toc_comment("-- Name: big; Type: TABLE; Schema: public; Owner: ; Tablespace: archive");
  REQUIRE(entry.has_value());
  CHECK(entry->name == "big");
  CHECK(entry->type == "TABLE");
  CHECK(entry->schema == "public");
  CHECK(entry->owner.empty());
}

TEST_CASE("toc: quoted and mixed-case names are kept as written", "[toc]") {
  auto entry = parse_toc_comment("-- Name: Order Items; Type: TABLE; Schema: Sales Dept; Owner: Admin User");
  REQUIRE(entry.has_value());
  CHECK(entry->name == "Order Items");
  CHECK(entry->schema == "Sales Dept");
  CHECK(entry->owner == "Admin User");
}

TEST_CASE("toc: comments that are not TOC entries", "[toc]") {
  CHECK_FALSE(parse_toc_comment("--").has_value());
  CHECK_FALSE(parse_toc_comment("-- PostgreSQL database dump").has_value());
  CHECK_FALSE(parse_toc_comment("-- Dumped from database version 17.2").has_value());
  CHECK_FALSE(parse_toc_comment("-- Name: only a name").has_value());
  CHECK_FALSE(parse_toc_comment("").has_value());
  CHECK_FALSE(parse_toc_comment("SELECT 1; -- Name: x; Type: TABLE; Schema: public; Owner: p").has_value());
}
