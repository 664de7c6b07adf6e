# SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
# SPDX-License-Identifier: GPL-3.0-or-later

# Installs the build into a staging prefix and checks the layout a desktop
# needs: the programs, and the .desktop file, the AppStream metainfo and the
# icons, each named after the application ID, which is how desktops find them.
# Usage: cmake -DBUILD_DIR=... -DPREFIX=... -DAPP_ID=... -P install_staging.cmake
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND ${CMAKE_COMMAND} --install "${BUILD_DIR}" --prefix "${PREFIX}" RESULT_VARIABLE rc
                OUTPUT_QUIET)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (${rc})")
endif()
foreach(pattern
        "bin/cardata-health"
        "bin/cardata-health-cli"
        "share/applications/${APP_ID}.desktop"
        "share/metainfo/${APP_ID}.metainfo.xml"
        "share/icons/hicolor/scalable/apps/${APP_ID}.svg"
        "share/icons/hicolor/48x48/apps/${APP_ID}.png"
        "share/icons/hicolor/128x128/apps/${APP_ID}.png"
        "share/icons/hicolor/256x256/apps/${APP_ID}.png")
    file(GLOB found "${PREFIX}/${pattern}")
    if(NOT found)
        message(FATAL_ERROR "the installed tree lacks ${pattern}")
    endif()
endforeach()
message(STATUS "installed layout complete in ${PREFIX}")
