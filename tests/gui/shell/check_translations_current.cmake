# SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
# SPDX-License-Identifier: GPL-3.0-or-later

# Fails when the translation files are behind the sources: a text added or
# changed in the code that lupdate has not put into the .ts files (and so a
# translator has never seen). Runs lupdate on copies; compares bytes.
#   -DLUPDATE=... -DGENERATOR=... -DIN_FILE=... -DWORK=... -DTS_FILES="a.ts;b.ts"
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
execute_process(COMMAND ${CMAKE_COMMAND} -DIN_FILE=${IN_FILE} -DOUT_FILE=${WORK}/project.json -P ${GENERATOR}
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cannot make the lupdate project file")
endif()
foreach(ts IN LISTS TS_FILES)
    get_filename_component(name "${ts}" NAME)
    configure_file("${ts}" "${WORK}/${name}" COPYONLY)
    execute_process(COMMAND ${LUPDATE} -silent -project ${WORK}/project.json -no-obsolete -locations none
                            -ts ${WORK}/${name}
                    RESULT_VARIABLE rc ERROR_QUIET)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "lupdate failed on ${name}")
    endif()
    file(READ "${ts}" before)
    file(READ "${WORK}/${name}" after)
    if(NOT before STREQUAL after)
        message(FATAL_ERROR "${ts} is behind the sources. Run `cmake --build build --target update_translations`, "
                            "translate the new texts (every language), and commit the .ts files.")
    endif()
endforeach()
message(STATUS "translation files are current")
