# SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
# SPDX-License-Identifier: GPL-3.0-or-later

# Small helpers shared by every target of the project.

# Warnings as errors and Qt's strictness flags, on our own targets only.
function(cardata_target_defaults target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Werror)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_NO_URL_CAST_FROM_STRING
        QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
        QT_USE_QSTRINGBUILDER)
endfunction()

# add_cardata_test(NAME name SOURCES ... [LIBS ...] [LABELS ...] [TIMEOUT s] [BOTH_DATABASES|SERVER_ONLY] [KEYCHAIN])
# A QtTest executable, registered with CTest, run offscreen in its own
# temporary working directory so that no test writes into the tree.
# BOTH_DATABASES: run a second time as name_postgresql, against the test
# PostgreSQL server (tests/support/testdatabase.h). SERVER_ONLY: only
# against that server. KEYCHAIN: with a desktop keychain of its own; every
# other test runs with CARDATA_KEYCHAIN=off.
function(add_cardata_test)
    cmake_parse_arguments(ARG "BOTH_DATABASES;SERVER_ONLY;KEYCHAIN" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${ARG_NAME} ${ARG_SOURCES})
    cardata_target_defaults(${ARG_NAME})
    target_link_libraries(${ARG_NAME} PRIVATE Qt6::Test cardata_testsupport ${ARG_LIBS})
    set_target_properties(${ARG_NAME} PROPERTIES
        RUNTIME_OUTPUT_DIRECTORY "${CMAKE_BINARY_DIR}/tests")
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    # No test reaches the desktop keychain of the person running it: the
    # KEYCHAIN tests get one of their own, in a D-Bus session of their own
    # (support/withkeyring.sh).
    set(environment "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=cardata.*.debug=false")
    if(ARG_KEYCHAIN)
        add_test(NAME ${ARG_NAME} COMMAND sh ${PROJECT_SOURCE_DIR}/tests/support/withkeyring.sh
            $<TARGET_FILE:${ARG_NAME}>)
    else()
        add_test(NAME ${ARG_NAME} COMMAND ${ARG_NAME})
        list(APPEND environment "CARDATA_KEYCHAIN=off")
    endif()
    set_tests_properties(${ARG_NAME} PROPERTIES
        TIMEOUT ${ARG_TIMEOUT}
        LABELS "${ARG_LABELS}"
        ENVIRONMENT "${environment}")
    set(server_environment ${environment} "CARDATA_TEST_SERVER=${CARDATA_TEST_SERVER}")
    if(ARG_SERVER_ONLY)
        set_tests_properties(${ARG_NAME} PROPERTIES
            LABELS "${ARG_LABELS};postgresql"
            FIXTURES_REQUIRED postgresql_server
            ENVIRONMENT "${server_environment}")
    endif()
    if(ARG_BOTH_DATABASES)
        add_test(NAME ${ARG_NAME}_postgresql COMMAND ${ARG_NAME})
        set_tests_properties(${ARG_NAME}_postgresql PROPERTIES
            TIMEOUT ${ARG_TIMEOUT}
            LABELS "${ARG_LABELS};postgresql"
            FIXTURES_REQUIRED postgresql_server
            ENVIRONMENT "${server_environment}")
    endif()
endfunction()
