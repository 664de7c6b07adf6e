# SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
# SPDX-License-Identifier: GPL-3.0-or-later

# Where the data folder goes when --data-dir is not given: the installed
# program uses ~/.local/share/cardata-health, the one in the build folder
# ./data (the README's way of running it).
# Usage: cmake -DINSTALLED=... -DBUILT=... -DFIXTURE=... -DWORK=... -P check_data_location.cmake
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}/home" "${WORK}/cwd")
execute_process(COMMAND ${CMAKE_COMMAND} -E env HOME=${WORK}/home XDG_DATA_HOME=
                        "${INSTALLED}" import "${FIXTURE}"
                WORKING_DIRECTORY "${WORK}/cwd" RESULT_VARIABLE rc OUTPUT_QUIET ERROR_QUIET)
if(NOT rc EQUAL 0 OR NOT EXISTS "${WORK}/home/.local/share/cardata-health/cardata-health.sqlite")
    message(FATAL_ERROR "the installed CLI did not use ~/.local/share/cardata-health (exit ${rc})")
endif()
if(EXISTS "${WORK}/cwd/data")
    message(FATAL_ERROR "the installed CLI wrote ./data")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -E env HOME=${WORK}/home "${BUILT}" import "${FIXTURE}"
                WORKING_DIRECTORY "${WORK}/cwd" RESULT_VARIABLE rc OUTPUT_QUIET ERROR_QUIET)
if(NOT rc EQUAL 0 OR NOT EXISTS "${WORK}/cwd/data/cardata-health.sqlite")
    message(FATAL_ERROR "the CLI in the build folder did not use ./data (exit ${rc})")
endif()
file(REMOVE_RECURSE "${WORK}")
message(STATUS "data folders as documented")
