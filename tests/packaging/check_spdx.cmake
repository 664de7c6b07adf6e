# SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
# SPDX-License-Identifier: GPL-3.0-or-later

# Every source, build and script file of the project names its licence
# (SPDX), so that a file copied out of the tree still says what it is under.
#   -DROOT=<source tree>
file(GLOB_RECURSE files RELATIVE ${ROOT}
    ${ROOT}/src/*.cpp ${ROOT}/src/*.h ${ROOT}/tests/*.cpp ${ROOT}/tests/*.h
    ${ROOT}/cmake/*.cmake ${ROOT}/tests/*.cmake ${ROOT}/*CMakeLists.txt ${ROOT}/packaging/*.sh ${ROOT}/tests/*.sh
    ${ROOT}/tests/*.py)
set(missing "")
foreach(file IN LISTS files)
    if(file MATCHES "^(build|tests/fixtures)/")
        continue()
    endif()
    file(STRINGS ${ROOT}/${file} lines LIMIT_COUNT 4 REGEX "SPDX-License-Identifier: GPL-3.0-or-later")
    if(NOT lines)
        list(APPEND missing ${file})
    endif()
endforeach()
if(missing)
    list(JOIN missing "\n  " text)
    message(FATAL_ERROR "files without an SPDX licence line at the top:\n  ${text}")
endif()
list(LENGTH files n)
message(STATUS "${n} files name their licence")
