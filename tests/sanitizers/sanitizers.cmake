# SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
# SPDX-License-Identifier: GPL-3.0-or-later

# Included by the top-level CMakeLists.txt when CARDATA_SANITIZE is on: the
# sanitizers' options for every test, and every program a test starts.
#
# CTest reads build/CTestTestfile.cmake before the tests of any folder; the
# file written here, included from it, sets the options in CTest's own
# environment, which the tests inherit (a test's ENVIRONMENT property would
# have to be set folder by folder). An option variable the caller has set
# already is left alone. LeakSanitizer (part of ASan) reports every leak at
# exit. CARDATA_ASAN_OPTIONS is for the tests that load Qt WebEngine, whose
# own findings tests/gui/CMakeLists.txt and tests/bench/CMakeLists.txt turn
# off for them alone.
set(CARDATA_ASAN_OPTIONS "check_initialization_order=1:strict_init_order=1")
set(_settings
    "ASAN_OPTIONS=${CARDATA_ASAN_OPTIONS}"
    "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1")
set(_text "# Written by tests/sanitizers/sanitizers.cmake: the sanitizers' options for every test.\n")
foreach(_setting IN LISTS _settings)
    string(FIND "${_setting}" "=" _at)
    string(SUBSTRING "${_setting}" 0 ${_at} _name)
    math(EXPR _at "${_at} + 1")
    string(SUBSTRING "${_setting}" ${_at} -1 _value)
    string(APPEND _text "if(NOT DEFINED ENV{${_name}})\n    set(ENV{${_name}} \"${_value}\")\nendif()\n")
endforeach()
file(WRITE ${CMAKE_BINARY_DIR}/sanitizer-environment.cmake "${_text}")
set_property(DIRECTORY ${PROJECT_SOURCE_DIR} APPEND PROPERTY TEST_INCLUDE_FILES
    ${CMAKE_BINARY_DIR}/sanitizer-environment.cmake)
