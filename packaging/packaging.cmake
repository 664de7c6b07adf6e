# SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
# SPDX-License-Identifier: GPL-3.0-or-later

# Desktop integration files and `cpack -G DEB`.
#
# Everything a desktop looks up by the application ID (CARDATA_APP_ID, set
# next to project()) is named after it here, at build and install time, so
# that the ID lives in one place.
set(_pkg ${CMAKE_CURRENT_LIST_DIR})
set(CARDATA_BUGTRACKER_URL "${PROJECT_HOMEPAGE_URL}/issues")
set(CARDATA_CONTACT "CarData Battery Health developers <cardata-health@users.noreply.github.com>")

# The app tells the desktop which .desktop file its windows belong to (the
# Wayland app ID); main.cpp gets the ID from here.
target_compile_definitions(cardata-health PRIVATE CARDATA_APP_ID="${CARDATA_APP_ID}")

set(CARDATA_DESKTOP_FILE ${CMAKE_BINARY_DIR}/packaging/${CARDATA_APP_ID}.desktop)
set(CARDATA_METAINFO_FILE ${CMAKE_BINARY_DIR}/packaging/${CARDATA_APP_ID}.metainfo.xml)
configure_file(${_pkg}/app.desktop.in ${CARDATA_DESKTOP_FILE} @ONLY)
configure_file(${_pkg}/app.metainfo.xml.in ${CARDATA_METAINFO_FILE} @ONLY)
install(FILES ${CARDATA_DESKTOP_FILE} DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${CARDATA_METAINFO_FILE} DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/cardata-health.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME ${CARDATA_APP_ID}.svg)
foreach(size 48 128 256)
    install(FILES ${_pkg}/icons/hicolor/${size}x${size}/apps/cardata-health.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
            RENAME ${CARDATA_APP_ID}.png)
endforeach()

# The licence: GPL-3.0-or-later (Qt Charts is GPL-3.0 in Qt's open-source
# edition), and the MIT licence of the plotly.js the app bundles, in the
# machine-readable copyright file Debian expects in share/doc/<package>.
# Its MIT text comes from the fetched package itself; a plotly.js update
# that changes the licence stops the configure here instead of shipping a
# wrong copyright file.
include(${PROJECT_SOURCE_DIR}/resources/plotly.cmake)
cmake_path(REPLACE_FILENAME CARDATA_PLOTLY_LICENSE package.json OUTPUT_VARIABLE _plotly_package_json)
file(READ "${_plotly_package_json}" _plotly_package_json)
string(JSON _plotly_license GET "${_plotly_package_json}" license)
file(READ "${CARDATA_PLOTLY_LICENSE}" _plotly_license_text)
if(NOT _plotly_license STREQUAL "MIT"
   OR NOT _plotly_license_text MATCHES "^The MIT License \\(MIT\\)\n+Copyright \\(c\\) ([^\n]+)\n+(.+)$")
    message(FATAL_ERROR "${CARDATA_PLOTLY_PACKAGE} ${CARDATA_PLOTLY_VERSION} is not under the MIT licence that "
                        "packaging/copyright.in declares for it: check its licence and update that file.")
endif()
set(CARDATA_PLOTLY_COPYRIGHT "${CMAKE_MATCH_1}")
# A DEP-5 licence text: every line indented by one space, empty lines as " .".
string(STRIP "${CMAKE_MATCH_2}" _plotly_license_text)
string(REPLACE "\n" "\n " _plotly_license_text " ${_plotly_license_text}")
string(REPLACE "\n \n" "\n .\n" CARDATA_PLOTLY_LICENSE_TEXT "${_plotly_license_text}")
set(CARDATA_COPYRIGHT_FILE ${CMAKE_BINARY_DIR}/packaging/copyright)
configure_file(${_pkg}/copyright.in ${CARDATA_COPYRIGHT_FILE} @ONLY)
install(FILES ${CARDATA_COPYRIGHT_FILE} DESTINATION ${CMAKE_INSTALL_DOCDIR})

# Man pages of both programs, made from their --help and --version by
# help2man at build time (cmake/CardataManPage.cmake), with what --help does
# not say (files, environment, exit status) from packaging/man/*.h2m.in.
# No help2man means no man pages in the package: fail, do not skip.
find_program(CARDATA_HELP2MAN help2man)
if(NOT CARDATA_HELP2MAN)
    message(FATAL_ERROR
        "help2man was not found, and the man pages of cardata-health and cardata-health-cli are made with it.\n"
        "Install the Debian package help2man (apt-get install help2man, or run packaging/debian-build-deps.sh).")
endif()
find_program(CARDATA_GZIP gzip REQUIRED)
set(_man_name_cardata-health "battery health of BMW and MINI electric cars from BMW CarData exports")
set(_man_name_cardata-health-cli "import BMW CarData exports and report battery health from the command line")
set(CARDATA_MAN_PAGES "")
foreach(program cardata-health cardata-health-cli)
    set(_include ${CMAKE_BINARY_DIR}/packaging/man/${program}.h2m)
    set(_page ${CMAKE_BINARY_DIR}/man/${program}.1.gz)
    configure_file(${_pkg}/man/${program}.h2m.in ${_include} @ONLY)
    add_custom_command(OUTPUT ${_page}
        COMMAND ${CMAKE_COMMAND} -DHELP2MAN=${CARDATA_HELP2MAN} -DGZIP=${CARDATA_GZIP}
                -DPROGRAM=$<TARGET_FILE:${program}> "-DNAME=${_man_name_${program}}" -DINCLUDE=${_include}
                -DWORK_DIR=${CMAKE_BINARY_DIR}/man/work -DOUTPUT=${_page}
                -P ${PROJECT_SOURCE_DIR}/cmake/CardataManPage.cmake
        DEPENDS ${program} ${_include} ${PROJECT_SOURCE_DIR}/cmake/CardataManPage.cmake
        COMMENT "Man page of ${program} from its --help (help2man)"
        VERBATIM)
    list(APPEND CARDATA_MAN_PAGES ${_page})
endforeach()
add_custom_target(man_pages ALL DEPENDS ${CARDATA_MAN_PAGES})
install(FILES ${CARDATA_MAN_PAGES} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

set(CPACK_PACKAGE_NAME cardata-health)
set(CPACK_PACKAGE_VENDOR "The CarData Battery Health developers")
set(CPACK_PACKAGE_CONTACT "${CARDATA_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Battery State of Health of BMW and MINI EVs from BMW CarData exports")
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "Imports BMW CarData exports into an anonymized local database and estimates the\n"
    "State of Health of the high-voltage battery, per car and across a fleet.\n"
    "Includes the desktop app cardata-health and the command-line tool cardata-health-cli.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY cardata-health)
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# shlibdeps sees only linked libraries, not what Qt loads at run time: the
# SQLite driver, the platform plugins, WebEngine's helper process and data,
# and the SVG icon engine.
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, qt6-qpa-plugins, libqt6webenginecore6-bin, libqt6webengine6-data, libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland")
set(CPACK_GENERATOR DEB)
include(CPack)
