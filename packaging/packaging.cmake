# Desktop integration files and `cpack -G DEB`.
#
# Everything a desktop looks up by the application ID (CARDATA_APP_ID, set
# next to project()) is named after it here, at build and install time, so
# that the ID lives in one place.
set(_pkg ${CMAKE_CURRENT_LIST_DIR})
set(CARDATA_BUGTRACKER_URL "${PROJECT_HOMEPAGE_URL}/issues")

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

set(CPACK_PACKAGE_NAME cardata-health)
set(CPACK_PACKAGE_VENDOR "The CarData Battery Health developers")
set(CPACK_PACKAGE_CONTACT "CarData Battery Health developers <cardata-health@users.noreply.github.com>")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Battery State of Health of BMW and MINI EVs from BMW CarData exports")
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "Imports BMW CarData exports into an anonymized local database and estimates the\n"
    "State of Health of the high-voltage battery, per car and across a fleet.\n"
    "Includes the desktop app cardata-health and the command-line tool cardata-health-cli.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY cardata-health)
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
