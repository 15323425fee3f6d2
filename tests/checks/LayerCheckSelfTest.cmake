# Proves that LayerCheck.cmake fails on each kind of violation, naming file and line: runs it on the small
# tree fixture/ (one violation of each kind, and core/Fine.h, which breaks no rule) and compares the report.
#
#   cmake -P tests/checks/LayerCheckSelfTest.cmake [-DQT_ALLOWED_INCLUDE_DIRS=…]
cmake_minimum_required(VERSION 3.22)

set(fixture "${CMAKE_CURRENT_LIST_DIR}/fixture")
set(failures 0)

# Runs one check on the fixture; it must fail and report exactly the `expected` "file:line" locations.
function(expect check)
  set(expected ${ARGN})
  execute_process(COMMAND "${CMAKE_COMMAND}" -DDUBAN_SOURCE_DIR=${fixture} -DCHECK=${check}
                          "-DQT_ALLOWED_INCLUDE_DIRS=${QT_ALLOWED_INCLUDE_DIRS}"
                          -P "${CMAKE_CURRENT_LIST_DIR}/LayerCheck.cmake"
                  RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
  string(APPEND out "${err}")
  message(STATUS "LayerCheck CHECK=${check} on the fixture said:\n${out}")
  if(result EQUAL 0)
    message(NOTICE "FAIL: CHECK=${check} passed on the fixture; it must fail")
    math(EXPR failures "${failures} + 1")
  endif()
  # Without Qt Core's header folder the check knows only its list of Gui/Widgets headers.
  if(out MATCHES "header folder not found")
    list(REMOVE_ITEM expected ${only_with_qt_dirs})
  endif()
  string(REGEX MATCHALL "[^\n]*:[0-9]+: " reported "${out}")
  list(TRANSFORM reported REPLACE ": $" "")
  list(SORT reported)
  list(SORT expected)
  if(NOT reported STREQUAL expected)
    message(NOTICE "FAIL: CHECK=${check} reported\n  ${reported}\nexpected\n  ${expected}")
    math(EXPR failures "${failures} + 1")
  endif()
  set(failures ${failures} PARENT_SCOPE)
endfunction()

set(includes
    core/services/IncludesWidgets.h:3 # <QWidget>
    core/services/IncludesWidgets.h:4 # <QtGui/QFont>
    core/services/IncludesWidgets.h:5 # <QUndoStack>
    core/storage/IncludesUi.cpp:2     # "ui/MainWindow.h"
    core/storage/IncludesUi.cpp:3     # "../../ui/views/LedgerView.h"
    core/storage/IncludesUi.cpp:4     # <app/Cli.h>
    ui/views/IncludesApp.cpp:3        # "app/Cli.h"
    core/services/IncludesWidgets.h:6) # <QtNetwork/QTcpSocket>: neither Qt Core nor Qt Sql
set(only_with_qt_dirs core/services/IncludesWidgets.h:6)
expect(includes ${includes})
expect(no-repository app/Cli.h:2 ui/MainWindow.h:2)
expect(sqlite-in-dialect core/storage/RawSql.cpp:3 core/storage/RawSql.cpp:4 core/storage/RawSql.cpp:5)
expect(connections core/storage/RawSql.cpp:7)

if(failures GREATER 0)
  message(FATAL_ERROR "LayerCheckSelfTest: ${failures} failure(s)")
endif()
message(STATUS "LayerCheckSelfTest: each check fails where it must")
