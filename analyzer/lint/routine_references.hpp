#pragma once

#include "analyzer/model/routine.hpp"
#include "analyzer/plan/references.hpp"

namespace pgdrift {

// The relations and columns a routine's body names: its SQL-standard body, the statements of
// a LANGUAGE sql body, and every SQL statement and expression of a PL/pgSQL body (read with
// PostgreSQL's PL/pgSQL grammar). What is built at run time (EXECUTE of a variable) is not seen.
References routine_references(const Routine& routine);

}  // namespace pgdrift
