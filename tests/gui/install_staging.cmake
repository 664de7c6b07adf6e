# Installs the build into a staging prefix and checks the layout a desktop
# needs: the programs, the .desktop file, the AppStream metainfo, the icons.
# Usage: cmake -DBUILD_DIR=... -DPREFIX=... -P install_staging.cmake
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND ${CMAKE_COMMAND} --install "${BUILD_DIR}" --prefix "${PREFIX}" RESULT_VARIABLE rc
                OUTPUT_QUIET)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (${rc})")
endif()
foreach(pattern
        "bin/cardata-health"
        "bin/cardata-health-cli"
        "share/applications/*.desktop"
        "share/metainfo/*.metainfo.xml"
        "share/icons/hicolor/scalable/apps/*.svg"
        "share/icons/hicolor/256x256/apps/*.png")
    file(GLOB found "${PREFIX}/${pattern}")
    if(NOT found)
        message(FATAL_ERROR "the installed tree lacks ${pattern}")
    endif()
endforeach()
message(STATUS "installed layout complete in ${PREFIX}")
