# SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
# SPDX-License-Identifier: GPL-3.0-or-later

# Fetches plotly.js from the npm registry at configure time, into the build
# folder, so that the app can bundle it and never touch the network at run
# time. The tarball is checked against a pinned SHA-512 and kept, so a second
# configure (or a build without network) does not fetch again.
#
# Offline builds: -DCARDATA_PLOTLY_TARBALL=/path/to/plotly.js-basic-dist-min-<v>.tgz
#
# Sets CARDATA_PLOTLY_JS to the path of plotly-basic.min.js and
# CARDATA_PLOTLY_LICENSE to the package's LICENSE (for the copyright file).
# Safe to include again: it fetches only once.

# 2.x: the 3.x line targets browsers newer than QtWebEngine 6.4's Chromium 102.
set(CARDATA_PLOTLY_PACKAGE plotly.js-basic-dist-min)
set(CARDATA_PLOTLY_VERSION 2.35.3)
set(CARDATA_PLOTLY_SHA512
    662a409b2304d12e6a59e73a183cb67713fe13a4218b45fa78dc07ea0cbb9b960c2984a0ac362b73eff73d33d6a49b31708305d24aa83abb97f92807d95c0e5a)
set(CARDATA_PLOTLY_TARBALL "" CACHE FILEPATH
    "A local ${CARDATA_PLOTLY_PACKAGE}-${CARDATA_PLOTLY_VERSION}.tgz (skips npm)")

set(_plotly_dir "${CMAKE_BINARY_DIR}/_deps/plotly")
set(_plotly_tgz "${_plotly_dir}/${CARDATA_PLOTLY_PACKAGE}-${CARDATA_PLOTLY_VERSION}.tgz")
set(_plotly_js "${_plotly_dir}/${CARDATA_PLOTLY_VERSION}/package/plotly-basic.min.js")

if(NOT EXISTS "${_plotly_js}")
    file(MAKE_DIRECTORY "${_plotly_dir}")
    if(CARDATA_PLOTLY_TARBALL)
        file(COPY_FILE "${CARDATA_PLOTLY_TARBALL}" "${_plotly_tgz}")
    elseif(NOT EXISTS "${_plotly_tgz}")
        find_program(CARDATA_NPM_EXECUTABLE npm)
        if(NOT CARDATA_NPM_EXECUTABLE)
            message(FATAL_ERROR
                "npm was not found, and the desktop app bundles plotly.js from the npm registry.\n"
                "Install it (Debian: apt-get install nodejs npm, or run packaging/debian-build-deps.sh),\n"
                "or pass -DCARDATA_PLOTLY_TARBALL=<path to ${CARDATA_PLOTLY_PACKAGE}-${CARDATA_PLOTLY_VERSION}.tgz>.")
        endif()
        message(STATUS "Fetching ${CARDATA_PLOTLY_PACKAGE}@${CARDATA_PLOTLY_VERSION} with npm pack")
        execute_process(
            COMMAND "${CARDATA_NPM_EXECUTABLE}" pack "${CARDATA_PLOTLY_PACKAGE}@${CARDATA_PLOTLY_VERSION}"
                    --pack-destination "${_plotly_dir}" --cache "${_plotly_dir}/npm-cache"
                    --silent --no-audit --no-fund
            WORKING_DIRECTORY "${_plotly_dir}"
            RESULT_VARIABLE _npm_result
            OUTPUT_VARIABLE _npm_output
            ERROR_VARIABLE _npm_error)
        if(NOT _npm_result EQUAL 0 OR NOT EXISTS "${_plotly_tgz}")
            message(FATAL_ERROR
                "npm could not fetch ${CARDATA_PLOTLY_PACKAGE}@${CARDATA_PLOTLY_VERSION} (is the npm registry reachable?):\n"
                "${_npm_error}\n"
                "Alternatively pass -DCARDATA_PLOTLY_TARBALL=<path to the .tgz>.")
        endif()
    endif()
    file(SHA512 "${_plotly_tgz}" _plotly_actual)
    if(NOT _plotly_actual STREQUAL CARDATA_PLOTLY_SHA512)
        file(REMOVE "${_plotly_tgz}")
        message(FATAL_ERROR "${_plotly_tgz} does not have the pinned SHA-512; it was deleted. Configure again to refetch.")
    endif()
    file(ARCHIVE_EXTRACT INPUT "${_plotly_tgz}" DESTINATION "${_plotly_dir}/${CARDATA_PLOTLY_VERSION}")
    if(NOT EXISTS "${_plotly_js}")
        message(FATAL_ERROR "${_plotly_tgz} holds no package/plotly-basic.min.js")
    endif()
endif()
set(CARDATA_PLOTLY_JS "${_plotly_js}")
set(CARDATA_PLOTLY_LICENSE "${_plotly_dir}/${CARDATA_PLOTLY_VERSION}/package/LICENSE")
