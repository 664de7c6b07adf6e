# SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
# SPDX-License-Identifier: GPL-3.0-or-later

# Makes a program's man page from its --help and --version with help2man,
# gzipped for share/man/man1. Run at build time by packaging/packaging.cmake:
#
#   cmake -DHELP2MAN=... -DGZIP=... -DPROGRAM=<built program> -DNAME=<one line>
#         -DINCLUDE=<.h2m> -DWORK_DIR=<folder> -DOUTPUT=<page.1.gz> -P CardataManPage.cmake
#
# The page documents the installed program, so the program must not know it
# runs from the build: from build/bin its default data folder is ./data, and
# the builder's home would end up in the page. It runs through a hard link
# outside build/bin, with no display (--help needs none), in English, and
# with HOME=/nonexistent (Debian's home for users without one) and no XDG_*
# folders, so that its default data folder reads /nonexistent/.local/share/
# cardata-health, which becomes ~/.local/share/cardata-health in the page.
foreach(var HELP2MAN GZIP PROGRAM NAME INCLUDE WORK_DIR OUTPUT)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "CardataManPage.cmake needs -D${var}=...")
    endif()
endforeach()

get_filename_component(program_name "${PROGRAM}" NAME)
file(MAKE_DIRECTORY "${WORK_DIR}")
set(installed "${WORK_DIR}/${program_name}")
file(CREATE_LINK "${PROGRAM}" "${installed}" COPY_ON_ERROR)
set(page "${WORK_DIR}/${program_name}.1")

execute_process(
    COMMAND ${CMAKE_COMMAND} -E env
            --unset=DISPLAY --unset=WAYLAND_DISPLAY --unset=QT_QPA_PLATFORM
            --unset=XDG_DATA_HOME --unset=XDG_CONFIG_HOME --unset=LANGUAGE
            HOME=/nonexistent LC_ALL=C.UTF-8
            "${HELP2MAN}" --no-info --section=1 "--name=${NAME}" "--include=${INCLUDE}" "--output=${page}"
            "${installed}"
    RESULT_VARIABLE result
    ERROR_VARIABLE errors)
file(REMOVE "${installed}")
if(NOT result EQUAL 0)
    message(FATAL_ERROR "help2man could not make the man page of ${program_name} (${result}):\n${errors}")
endif()

file(READ "${page}" text)
# \% keeps groff from hyphenating the path.
string(REPLACE "/nonexistent/" "\\%~/" text "${text}")
# Nothing of this machine may be left in the page.
foreach(leak "/nonexistent" "${WORK_DIR}" "${PROGRAM}")
    string(FIND "${text}" "${leak}" at)
    if(NOT at EQUAL -1)
        message(FATAL_ERROR "the man page of ${program_name} mentions ${leak}")
    endif()
endforeach()
file(WRITE "${page}" "${text}")
# -n: no name or time stamp in the .gz, so the same page gives the same bytes.
execute_process(COMMAND "${GZIP}" -9 -n -c "${page}" OUTPUT_FILE "${OUTPUT}" RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    file(REMOVE "${OUTPUT}")
    message(FATAL_ERROR "gzip failed on ${page}")
endif()
