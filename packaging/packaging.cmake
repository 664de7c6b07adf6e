# Desktop integration files and `cpack -G DEB`.
#
# The application ID follows the project's HOMEPAGE_URL (example.invalid):
# change it together with the file names here when the project has a real
# domain.
set(CARDATA_APP_ID invalid.example.CarDataHealth)
set(_pkg ${CMAKE_CURRENT_LIST_DIR})

install(FILES ${_pkg}/${CARDATA_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${_pkg}/${CARDATA_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/cardata-health.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME ${CARDATA_APP_ID}.svg)
foreach(size 48 128 256)
    install(FILES ${_pkg}/icons/hicolor/${size}x${size}/apps/${CARDATA_APP_ID}.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()

set(CPACK_PACKAGE_NAME cardata-health)
set(CPACK_PACKAGE_VENDOR "The CarData Battery Health developers")
set(CPACK_PACKAGE_CONTACT "The CarData Battery Health developers <maintainers@example.invalid>")
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
