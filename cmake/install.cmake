# Installing appmix like a tool: the binary, a man page made from its own
# --help at build time (help2man), and a bash completion script; and a
# Debian package of the same files (cpack -G DEB). README.md (Install) says how
# to use them; tests/install_check.sh and tests/package_check.sh run them.
include(GNUInstallDirs)

install(TARGETS appmix RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

find_program(HELP2MAN_EXECUTABLE help2man)
if(HELP2MAN_EXECUTABLE)
  set(appmix_man_page ${CMAKE_BINARY_DIR}/appmix.1)
  add_custom_command(
    OUTPUT ${appmix_man_page}
    COMMAND bash ${PROJECT_SOURCE_DIR}/packaging/make_man_page.sh $<TARGET_FILE:appmix>
            ${HELP2MAN_EXECUTABLE} ${appmix_man_page}
    DEPENDS appmix ${PROJECT_SOURCE_DIR}/packaging/make_man_page.sh
    COMMENT "Writing the man page appmix.1 from appmix --help"
    VERBATIM)
  add_custom_target(appmix_man ALL DEPENDS ${appmix_man_page})
  install(FILES ${appmix_man_page} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
else()
  message(WARNING "help2man not found (Debian package help2man): no man page is built or installed")
endif()

# Where the bash-completion package looks for completions loaded on demand.
install(FILES ${PROJECT_SOURCE_DIR}/packaging/appmix.bash-completion
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME appmix)

set(CPACK_PACKAGE_NAME appmix)
set(CPACK_PACKAGE_VENDOR "appmix contributors")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "right-size a customer-facing application portfolio (weighted set cover)")
set(CPACK_PACKAGE_DESCRIPTION
    "appmix reads a YAML inventory of an organisation's apps, the capabilities each provides and "
    "the business units that use them; validates it; finds overlaps; and recommends the least-cost "
    "mix of apps that still serves every unit, with a consolidation plan.")
set(CPACK_PACKAGE_CONTACT "appmix maintainers <appmix@users.noreply.github.com>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
# The shared libraries' packages (libyaml, libfmt, libcsv, zlib, libstdc++)
# come from dpkg-shlibdeps, so Depends matches what the binary links.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS git)
set(CPACK_GENERATOR DEB)
include(CPack)
