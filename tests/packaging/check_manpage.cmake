# SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
# SPDX-License-Identifier: GPL-3.0-or-later

# Checks a program's man page in the staged install: it is there, groff
# renders it without a warning, it has the sections the page promises, and
# it documents every option (and, for the CLI, every command) that the
# installed program's --help lists, so that a new option cannot miss the page.
#
# Usage: cmake -DPREFIX=<staging> -DMANDIR=share/man -DBINDIR=bin -DPROGRAM=<name>
#              -DGZIP=... -DGROFF=... -P check_manpage.cmake
set(page "${PREFIX}/${MANDIR}/man1/${PROGRAM}.1.gz")
if(NOT EXISTS "${page}")
    message(FATAL_ERROR "the installed tree lacks ${MANDIR}/man1/${PROGRAM}.1.gz")
endif()

# Plain text (no overstriking), without hyphenation so words stay whole.
execute_process(
    COMMAND "${GZIP}" -dc "${page}"
    COMMAND "${GROFF}" -man -Tutf8 -ww -rHY=0 -P-cbou
    OUTPUT_VARIABLE text
    ERROR_VARIABLE warnings
    RESULTS_VARIABLE results)
if(NOT results STREQUAL "0;0")
    message(FATAL_ERROR "${page} does not render (exit codes ${results}):\n${warnings}")
endif()
if(NOT warnings STREQUAL "")
    message(FATAL_ERROR "groff warns about ${page}:\n${warnings}")
endif()

foreach(section NAME SYNOPSIS DESCRIPTION OPTIONS "EXIT STATUS" ENVIRONMENT FILES "SEE ALSO")
    string(FIND "${text}" "\n${section}\n" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "${page} has no ${section} section:\n${text}")
    endif()
endforeach()
if(NOT text MATCHES "\nNAME\n +${PROGRAM} +- +[a-z]")
    message(FATAL_ERROR "${page}: NAME does not say what ${PROGRAM} is:\n${text}")
endif()
# The data folder as installed, not the build's ./data.
if(NOT text MATCHES "Default:[ \n]+~/\\.local/share/cardata-health\n")
    message(FATAL_ERROR "${page} does not name ~/.local/share/cardata-health as the default data folder:\n${text}")
endif()
if(NOT text MATCHES "\nEXIT STATUS\n +0 .*\n +2 ")
    message(FATAL_ERROR "${page} does not list the exit codes:\n${text}")
endif()

# What the installed program says it takes.
execute_process(
    COMMAND ${CMAKE_COMMAND} -E env
            --unset=DISPLAY --unset=WAYLAND_DISPLAY --unset=QT_QPA_PLATFORM
            --unset=XDG_DATA_HOME --unset=XDG_CONFIG_HOME --unset=LANGUAGE
            HOME=/nonexistent LC_ALL=C.UTF-8
            "${PREFIX}/${BINDIR}/${PROGRAM}" --help
    OUTPUT_VARIABLE help
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "${PROGRAM} --help failed (${result})")
endif()
string(REGEX MATCHALL "\n  (-[a-z], )?--[a-z][a-z-]*" option_lines "${help}")
set(options "")
foreach(line IN LISTS option_lines)
    string(REGEX MATCHALL "--?[a-z][a-z-]*" names "${line}")
    list(APPEND options ${names})
endforeach()
list(LENGTH options count)
if(count LESS 4)
    message(FATAL_ERROR "found only '${options}' in the --help of ${PROGRAM}:\n${help}")
endif()
# In OPTIONS itself, up to the next section heading.
string(FIND "${text}" "\nOPTIONS\n" start)
math(EXPR start "${start} + 8")
string(SUBSTRING "${text}" ${start} -1 options_section)
string(REGEX MATCH "\n[A-Z][A-Z ]*[A-Z]\n" next "${options_section}")
string(FIND "${options_section}" "${next}" end)
string(SUBSTRING "${options_section}" 0 ${end} options_section)
foreach(option IN LISTS options)
    if(NOT options_section MATCHES "\n +(-[a-z], )?${option}[ ,\n]")
        message(FATAL_ERROR "${page} does not document ${option} under OPTIONS:\n${options_section}")
    endif()
endforeach()

# The CLI's commands: each one --help lists has its entry in COMMANDS.
string(FIND "${help}" "\nCommands:\n" start)
if(NOT start EQUAL -1)
    string(SUBSTRING "${help}" ${start} -1 commands)
    string(FIND "${commands}" "\n\n" end)
    string(SUBSTRING "${commands}" 0 ${end} commands)
    string(REGEX MATCHALL "\n  [a-z][a-z-]*" commands "${commands}")
    string(REGEX MATCH "\nCOMMANDS\n(.*)\nEXIT STATUS\n" section "${text}")
    if(NOT section)
        message(FATAL_ERROR "${page} has no COMMANDS section before EXIT STATUS:\n${text}")
    endif()
    set(names "")
    foreach(command IN LISTS commands)
        string(STRIP "${command}" command)
        if(NOT section MATCHES "\n       ${command}[ \n]")
            message(FATAL_ERROR "${page} does not describe the command ${command}:\n${section}")
        endif()
        list(APPEND names ${command})
    endforeach()
    list(LENGTH names count)
    if(count LESS 5)
        message(FATAL_ERROR "found only the commands '${names}' in the --help of ${PROGRAM}:\n${help}")
    endif()
    list(APPEND options ${names})
endif()
message(STATUS "${page}: renders, documents ${options}")
