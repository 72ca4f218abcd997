# `cpack` (from the build directory) builds pgdrift_VERSION_ARCH.deb from the install rules.
# Its dependencies are the Debian runtime libraries the binary links, found by dpkg-shlibdeps.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME pgdrift)
set(CPACK_PACKAGE_VENDOR "pgdrift")
set(CPACK_PACKAGE_CONTACT "pgdrift developers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "offline PostgreSQL schema analyzer: diff, plan, lint and migrations from pg_dump files")
set(CPACK_PACKAGE_DESCRIPTION
    "pgdrift reads pg_dump --schema-only files and migration folders, parses every statement with\n PostgreSQL's own grammar (libpg_query) and never connects to a database.")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION database)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_DIRECTORY ${CMAKE_BINARY_DIR}/package)
include(CPack)
