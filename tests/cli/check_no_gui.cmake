# SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
# SPDX-License-Identifier: GPL-3.0-or-later

# Fails when a binary that must stay GUI-free loads a Qt GUI library.
# Usage: cmake -DBINARY=path -P check_no_gui.cmake
execute_process(COMMAND ldd "${BINARY}" OUTPUT_VARIABLE libs RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "ldd failed on ${BINARY}")
endif()
if(NOT libs MATCHES "libQt6Core")
    message(FATAL_ERROR "${BINARY} does not link Qt at all? ldd said:\n${libs}")
endif()
if(libs MATCHES "libQt6(Gui|Widgets|OpenGL|Charts|WebEngine)")
    message(FATAL_ERROR "${BINARY} links a GUI library:\n${libs}")
endif()
message(STATUS "${BINARY}: no GUI libraries")
