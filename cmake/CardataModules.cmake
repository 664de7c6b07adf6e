# SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
# SPDX-License-Identifier: GPL-3.0-or-later

# Each folder of src/ is a small static library (a "module") that says which
# other modules and libraries it may use. cardata_check_modules(), called at
# the end of the top-level CMakeLists.txt, enforces this at configure time:
#
#  - a module's link closure holds only what it declared (so a stray
#    target_link_libraries() elsewhere fails the configure step);
#  - every `#include "x/y/z.h"` of a module's sources names a folder of a
#    module it may use (so a header-only shortcut fails as well);
#  - `#include <QSql...>` / `<QNetwork...>` only where Qt Sql / Network is
#    declared;
#  - nothing under core/ or demo/ reaches a GUI module of Qt.
#
# docs/architecture.md explains the folders and the rules in words.

include_guard(GLOBAL)

# cardata_add_module(<target> DIR <folder below src/> SOURCES ...
#                    [USES <modules and libraries, public>]
#                    [PRIVATE_USES <libraries used only inside>])
function(cardata_add_module target)
    cmake_parse_arguments(ARG "" "DIR" "SOURCES;USES;PRIVATE_USES" ${ARGN})
    if(NOT ARG_DIR)
        message(FATAL_ERROR "cardata_add_module(${target}): DIR is required")
    endif()
    add_library(${target} STATIC ${ARG_SOURCES})
    cardata_target_defaults(${target})
    # src/ is the include root: an include says where a thing lives. A build
    # that adds the modules from outside the tree's top (the fuzz targets',
    # tests/fuzz/clang) names the tree in CARDATA_SOURCE_DIR.
    if(CARDATA_SOURCE_DIR)
        target_include_directories(${target} PUBLIC ${CARDATA_SOURCE_DIR}/src)
    else()
        target_include_directories(${target} PUBLIC ${PROJECT_SOURCE_DIR}/src)
    endif()
    target_link_libraries(${target} PUBLIC ${ARG_USES} PRIVATE ${ARG_PRIVATE_USES})
    set_target_properties(${target} PROPERTIES
        CARDATA_MODULE_DIR "${ARG_DIR}"
        CARDATA_MODULE_USES "${ARG_USES};${ARG_PRIVATE_USES}")
    set_property(GLOBAL APPEND PROPERTY CARDATA_MODULES ${target})
endfunction()

# Collects the transitive link libraries of a target (names, not files).
function(cardata_link_closure target out_var)
    set(seen "")
    set(queue ${target})
    while(queue)
        list(POP_FRONT queue current)
        if(current IN_LIST seen)
            continue()
        endif()
        list(APPEND seen ${current})
        if(NOT TARGET ${current})
            continue()
        endif()
        get_target_property(aliased ${current} ALIASED_TARGET)
        if(aliased)
            list(APPEND queue ${aliased})
        endif()
        foreach(property LINK_LIBRARIES INTERFACE_LINK_LIBRARIES)
            get_target_property(libs ${current} ${property})
            if(libs)
                foreach(lib IN LISTS libs)
                    # Strip generator expressions such as $<LINK_ONLY:...>.
                    string(REGEX REPLACE "^\\$<LINK_ONLY:(.*)>$" "\\1" lib "${lib}")
                    if(NOT lib MATCHES "^\\$<")
                        list(APPEND queue ${lib})
                    endif()
                endforeach()
            endif()
        endforeach()
    endwhile()
    set(${out_var} ${seen} PARENT_SCOPE)
endfunction()

function(_cardata_check_module target)
    get_target_property(dir ${target} CARDATA_MODULE_DIR)
    get_target_property(uses ${target} CARDATA_MODULE_USES)
    list(REMOVE_ITEM uses "")

    # What the declared uses bring along is allowed; nothing else.
    set(allowed ${target})
    foreach(use IN LISTS uses)
        cardata_link_closure(${use} closure)
        list(APPEND allowed ${closure})
    endforeach()
    cardata_link_closure(${target} actual)
    foreach(lib IN LISTS actual)
        # Resource object libraries that qt_add_resources() attaches.
        if(lib MATCHES "^${target}_" OR lib MATCHES "^Qt6::.*_resources" OR lib IN_LIST allowed)
            continue()
        endif()
        message(FATAL_ERROR "${target} (src/${dir}) links ${lib}, which it does not declare in "
                            "cardata_add_module(... USES ...). See docs/architecture.md.")
    endforeach()

    # Folders it may include from: its own, and those of the modules it may use.
    set(allowed_dirs ${dir})
    foreach(lib IN LISTS allowed)
        if(TARGET ${lib})
            get_target_property(other_dir ${lib} CARDATA_MODULE_DIR)
            if(other_dir)
                list(APPEND allowed_dirs ${other_dir})
            endif()
        endif()
    endforeach()
    get_property(all_modules GLOBAL PROPERTY CARDATA_MODULES)
    set(all_dirs "")
    foreach(module IN LISTS all_modules)
        get_target_property(module_dir ${module} CARDATA_MODULE_DIR)
        list(APPEND all_dirs ${module_dir})
    endforeach()

    set(has_sql OFF)
    set(has_network OFF)
    if("Qt6::Sql" IN_LIST allowed)
        set(has_sql ON)
    endif()
    if("Qt6::Network" IN_LIST allowed)
        set(has_network ON)
    endif()
    if(dir MATCHES "^(core|demo)(/|$)")
        foreach(lib IN LISTS actual)
            if(lib MATCHES "Qt6?::(Gui|Widgets|OpenGL|Quick|WebEngine|Charts)")
                message(FATAL_ERROR "${target} (src/${dir}) links ${lib}: core and demo stay free of GUI modules.")
            endif()
        endforeach()
    endif()

    get_target_property(sources ${target} SOURCES)
    get_target_property(source_dir ${target} SOURCE_DIR)
    foreach(source IN LISTS sources)
        if(NOT source MATCHES "\\.(h|cpp)$")
            continue()
        endif()
        if(NOT IS_ABSOLUTE "${source}")
            set(source "${source_dir}/${source}")
        endif()
        file(STRINGS "${source}" includes REGEX "^[ \t]*#[ \t]*include[ \t]*[\"<]")
        foreach(line IN LISTS includes)
            if(line MATCHES "#[ \t]*include[ \t]*\"([^\"]+)\"")
                set(included "${CMAKE_MATCH_1}")
                # The module the header belongs to: the longest module folder
                # that prefixes its path. Headers of no module (generated
                # ui_*.h, third-party) are not ours to check.
                set(owner "")
                foreach(candidate IN LISTS all_dirs)
                    string(LENGTH "${candidate}" candidate_length)
                    string(LENGTH "${owner}" owner_length)
                    if(included MATCHES "^${candidate}/" AND candidate_length GREATER owner_length)
                        set(owner "${candidate}")
                    endif()
                endforeach()
                if(owner AND NOT owner IN_LIST allowed_dirs)
                    message(FATAL_ERROR "${source} includes \"${included}\" from src/${owner}, which "
                                        "${target} (src/${dir}) may not use. See docs/architecture.md.")
                endif()
            elseif(line MATCHES "#[ \t]*include[ \t]*<(QSql[A-Za-z]*|QtSql/[A-Za-z]*)>" AND NOT has_sql)
                message(FATAL_ERROR "${source} includes <${CMAKE_MATCH_1}>, but ${target} (src/${dir}) "
                                    "may not use Qt Sql: SQL lives in src/core/store.")
            elseif(line MATCHES "#[ \t]*include[ \t]*<(QNetwork[A-Za-z]*|QtNetwork/[A-Za-z]*)>" AND NOT has_network)
                message(FATAL_ERROR "${source} includes <${CMAKE_MATCH_1}>, but ${target} (src/${dir}) "
                                    "may not use Qt Network.")
            endif()
        endforeach()
    endforeach()
endfunction()

function(cardata_check_modules)
    get_property(modules GLOBAL PROPERTY CARDATA_MODULES)
    foreach(module IN LISTS modules)
        _cardata_check_module(${module})
    endforeach()
endfunction()
