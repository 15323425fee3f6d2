# The layer check: which layer may include which (issue 12). Run by ctest, or by hand from the source tree:
#
#   cmake -P tests/checks/LayerCheck.cmake                       # includes (the default)
#   cmake -DCHECK=no-repository -P tests/checks/LayerCheck.cmake # repository names outside core
#   cmake -DCHECK=sqlite-in-dialect -P tests/checks/LayerCheck.cmake # SQLite-only SQL outside the dialect
#   cmake -DCHECK=connections -P tests/checks/LayerCheck.cmake   # connections opened outside Database
#
# CHECK=includes fails, naming file and line, when
#   - a file under core/ (services included) includes a file of ui/ or app/ ("ui/…", "../ui/…", <app/…> …),
#   - a file under core/ includes a Qt header that is not Qt Core's or Qt Sql's (QWidget, QtGui, QFont,
#     QUndoStack …): core is Qt Core + Sql only,
#   - a file under ui/ includes a file of app/.
# CHECK=no-repository fails when a file under ui/ or app/ names a repository type (the word Repository,
#   code or comment) or LedgerStore: the window and the command line go through core's services.
# CHECK=sqlite-in-dialect fails when a file under core/ other than core/storage/SqliteDialect.cpp (the SQLite
#   dialect and the migration texts it supplies) names an SQLite-only construct, code or comment:
#   lastInsertId, julianday, AS BLOB, QSQLITE, PRAGMA, TRIGGER, sqlite_master, max(reported_on). Storage is
#   ready for a second engine (PostgreSQL) when only the dialect speaks SQLite.
# CHECK=connections fails when a file under core/, ui/ or app/ other than core/storage/Database.cpp calls
#   QSqlDatabase::addDatabase or removeDatabase: Database is the only place that opens connections.
#
# Variables: DUBAN_SOURCE_DIR (default: the tree this script is in); QT_ALLOWED_INCLUDE_DIRS, Qt Core's and
# Qt Sql's header folders separated by "|" (ctest passes them; by hand they are looked for under
# /usr/include, and without them a list of Qt Gui/Widgets headers is used instead).
cmake_minimum_required(VERSION 3.22)

if(NOT DUBAN_SOURCE_DIR)
  get_filename_component(DUBAN_SOURCE_DIR "${CMAKE_CURRENT_LIST_DIR}/../.." ABSOLUTE)
endif()
if(NOT CHECK)
  set(CHECK includes)
endif()

set(source_patterns *.h *.hpp *.cpp *.cxx *.cc *.inl)

# Headers of the Qt modules core must not use, for when Qt Core's own folder is not known, and for the
# message. Qt 6 moved QAction, QShortcut, QUndoStack and QFileSystemModel to Qt Gui.
set(gui_headers
    QAbstractButton QAbstractItemDelegate QAbstractItemView QAbstractScrollArea QAbstractTextDocumentLayout
    QAccessible QAction QActionGroup QApplication QBitmap QBoxLayout QBrush QButtonGroup QChart QChartView
    QCheckBox QClipboard QCloseEvent QColor QColorDialog QComboBox QCursor QDesktopServices QDialog
    QDialogButtonBox QDockWidget QDoubleSpinBox QDoubleValidator QDrag QFileDialog QFileSystemModel QFont
    QFontDatabase QFontInfo QFontMetrics QFontMetricsF QFormLayout QFrame QGradient QGraphicsItem
    QGraphicsLayout QGraphicsScene QGraphicsView QGraphicsWidget QGridLayout QGroupBox QGuiApplication
    QHBoxLayout QHeaderView QIcon QImage QImageReader QImageWriter QInputDialog QIntValidator QItemDelegate
    QKeyEvent QKeySequence QLabel QLayout QLineEdit QLinearGradient QListView QListWidget QMainWindow
    QMatrix4x4 QMdiArea QMenu QMenuBar QMessageBox QMouseEvent QMovie QPageLayout QPageSize
    QPagedPaintDevice QPaintDevice QPaintEvent QPainter QPainterPath QPalette QPdfWriter QPen QPicture
    QPixmap QPlainTextEdit QPolygon QPolygonF QPrintDialog QPrintPreviewDialog QPrinter QProgressBar
    QProgressDialog QPushButton QRadioButton QRegion QRegularExpressionValidator QResizeEvent QScreen
    QScrollArea QScrollBar QShortcut QSizePolicy QSlider QSpinBox QSplitter QStackedWidget QStandardItem
    QStandardItemModel QStatusBar QStyle QStyleOption QStyleOptionViewItem QStyledItemDelegate
    QSvgGenerator QSvgRenderer QSyntaxHighlighter QTabBar QTabWidget QTableView QTableWidget QTextBlock
    QTextBlockFormat QTextBrowser QTextCharFormat QTextCursor QTextDocument QTextDocumentWriter QTextEdit
    QTextFormat QTextFrame QTextFrameFormat QTextLayout QTextLength QTextOption QTextTable
    QTextTableFormat QToolBar QToolButton QToolTip QTransform QTreeView QTreeWidget QUndoCommand QUndoGroup
    QUndoStack QUndoView QVBoxLayout QValidator QVector2D QWheelEvent QWidget QWindow)
set(gui_modules
    QtCharts QtGui QtOpenGL QtOpenGLWidgets QtPdf QtPrintSupport QtQml QtQuick QtQuickWidgets QtSvg
    QtSvgWidgets QtUiTools QtWidgets)
set(allowed_modules QtCore QtSql)

# Qt Core's and Sql's header folders: passed by ctest, else looked for where Debian and most systems put them.
set(allowed_dirs "")
if(QT_ALLOWED_INCLUDE_DIRS)
  string(REPLACE "|" ";" candidates "${QT_ALLOWED_INCLUDE_DIRS}")
else()
  file(GLOB candidates LIST_DIRECTORIES true /usr/include/qt6/QtCore /usr/include/qt6/QtSql
       /usr/include/*/qt6/QtCore /usr/include/*/qt6/QtSql)
endif()
foreach(dir IN LISTS candidates)
  get_filename_component(name "${dir}" NAME)
  if(name IN_LIST allowed_modules AND IS_DIRECTORY "${dir}")
    list(APPEND allowed_dirs "${dir}")
  endif()
endforeach()

set(violations 0)

function(report file line message)
  file(RELATIVE_PATH shown "${DUBAN_SOURCE_DIR}" "${file}")
  message(NOTICE "${shown}:${line}: ${message}")
  math(EXPR count "${violations} + 1")
  set(violations ${count} PARENT_SCOPE)
endfunction()

# The lines of `file` as a list: every character CMake lists treat specially is replaced by a placeholder,
# so one element is one line and element i is line i + 1. unescape() gives the text back.
function(read_lines file out)
  file(READ "${file}" content)
  string(REPLACE "\r" "" content "${content}")
  string(REPLACE "\\" "@BACKSLASH@" content "${content}")
  string(REPLACE ";" "@SEMICOLON@" content "${content}")
  string(REPLACE "[" "@LBRACKET@" content "${content}")
  string(REPLACE "]" "@RBRACKET@" content "${content}")
  string(REPLACE "\n" ";" content "${content}")
  set(${out} "${content}" PARENT_SCOPE)
endfunction()

function(unescape text out)
  string(REPLACE "@BACKSLASH@" "\\" text "${text}")
  string(REPLACE "@SEMICOLON@" ";" text "${text}")
  string(REPLACE "@LBRACKET@" "[" text "${text}")
  string(REPLACE "@RBRACKET@" "]" text "${text}")
  string(STRIP "${text}" text)
  set(${out} "${text}" PARENT_SCOPE)
endfunction()

# The layer (top folder: core, ui, app …) an include of `file` names, or "" when it names none of the tree:
# the path itself ("ui/…", "../../app/…") or what it resolves to beside the including file.
function(included_layer file path out)
  set(layer "")
  string(REGEX REPLACE "^(\\.\\.?/)+" "" stripped "${path}")
  if(stripped MATCHES "^(core|ui|app)/")
    set(layer "${CMAKE_MATCH_1}")
  endif()
  get_filename_component(folder "${file}" DIRECTORY)
  get_filename_component(resolved "${folder}/${path}" ABSOLUTE)
  if(EXISTS "${resolved}" AND NOT IS_DIRECTORY "${resolved}")
    file(RELATIVE_PATH relative "${DUBAN_SOURCE_DIR}" "${resolved}")
    if(relative MATCHES "^(core|ui|app)/")
      set(layer "${CMAKE_MATCH_1}")
    endif()
  endif()
  set(${out} "${layer}" PARENT_SCOPE)
endfunction()

# Why core may not include the Qt header `path` (<…> form), or "" when it may.
function(qt_header_problem path out)
  set(problem "")
  string(REGEX MATCH "^[^/]+" first "${path}")
  if(first IN_LIST gui_modules OR first IN_LIST gui_headers)
    set(problem "core includes <${path}>, a Qt Gui/Widgets header: core is Qt Core + Sql only")
  elseif(first MATCHES "^Q" AND allowed_dirs)
    if(path MATCHES "/")
      if(NOT first IN_LIST allowed_modules)
        set(problem "core includes <${path}>, not a Qt Core or Qt Sql header: core is Qt Core + Sql only")
      endif()
    else()
      set(found FALSE)
      foreach(dir IN LISTS allowed_dirs)
        if(EXISTS "${dir}/${path}" AND NOT IS_DIRECTORY "${dir}/${path}")
          set(found TRUE)
        endif()
      endforeach()
      if(NOT found)
        set(problem "core includes <${path}>, not a Qt Core or Qt Sql header: core is Qt Core + Sql only")
      endif()
    endif()
  endif()
  set(${out} "${problem}" PARENT_SCOPE)
endfunction()

# The source files of one top folder, sorted.
function(layer_files layer out)
  set(globs "")
  foreach(pattern IN LISTS source_patterns)
    list(APPEND globs "${DUBAN_SOURCE_DIR}/${layer}/${pattern}")
  endforeach()
  file(GLOB_RECURSE files ${globs})
  list(SORT files)
  set(${out} "${files}" PARENT_SCOPE)
endfunction()

function(check_includes layer forbidden_layers check_qt)
  layer_files(${layer} files)
  foreach(file IN LISTS files)
    read_lines("${file}" lines)
    set(number 0)
    foreach(line IN LISTS lines)
      math(EXPR number "${number} + 1")
      if(NOT line MATCHES "^[ \t]*#[ \t]*include[ \t]*([<\"])([^>\"]+)[>\"]")
        continue()
      endif()
      set(bracket "${CMAKE_MATCH_1}")
      unescape("${CMAKE_MATCH_2}" path)
      if(bracket STREQUAL "<")
        set(shown "<${path}>")
      else()
        set(shown "\"${path}\"")
      endif()
      included_layer("${file}" "${path}" target)
      if(target AND target IN_LIST forbidden_layers)
        report("${file}" ${number} "${layer} includes ${shown}, a file of ${target}/")
      elseif(check_qt AND bracket STREQUAL "<")
        qt_header_problem("${path}" problem)
        if(problem)
          report("${file}" ${number} "${problem}")
        endif()
      endif()
    endforeach()
  endforeach()
  set(violations ${violations} PARENT_SCOPE)
endfunction()

# Reports each line of the `layers`' files, except the `allowed` ones (paths from the tree's top), that
# matches `pattern`, saying it names `what`.
function(check_pattern layers allowed pattern what)
  foreach(layer IN LISTS layers)
    layer_files(${layer} files)
    foreach(file IN LISTS files)
      file(RELATIVE_PATH relative "${DUBAN_SOURCE_DIR}" "${file}")
      if(relative IN_LIST allowed)
        continue()
      endif()
      file(READ "${file}" content)
      if(NOT content MATCHES "${pattern}")
        continue()
      endif()
      read_lines("${file}" lines)
      set(number 0)
      foreach(line IN LISTS lines)
        math(EXPR number "${number} + 1")
        if(line MATCHES "${pattern}")
          set(name "${CMAKE_MATCH_1}")
          unescape("${line}" text)
          report("${file}" ${number} "${layer} names ${name} ${what}: ${text}")
        endif()
      endforeach()
    endforeach()
  endforeach()
  set(violations ${violations} PARENT_SCOPE)
endfunction()

if(CHECK STREQUAL "includes")
  if(NOT allowed_dirs)
    message(NOTICE "LayerCheck: Qt Core's header folder not found; checking core's Qt includes against a list "
                   "of Qt Gui/Widgets headers only")
  endif()
  check_includes(core "ui;app" TRUE)
  check_includes(ui "app" FALSE)
elseif(CHECK STREQUAL "no-repository")
  check_pattern("ui;app" "" "(Repository|LedgerStore)" "(only core's services may)")
elseif(CHECK STREQUAL "sqlite-in-dialect")
  check_pattern(core "core/storage/SqliteDialect.cpp"
                "(lastInsertId|julianday|AS BLOB|QSQLITE|PRAGMA|TRIGGER|sqlite_master|max\\(reported_on\\))"
                "(SQLite only: it belongs in core/storage/SqliteDialect.cpp)")
elseif(CHECK STREQUAL "connections")
  check_pattern("core;ui;app" "core/storage/Database.cpp" "(addDatabase|removeDatabase)"
                "(only Database opens and removes connections)")
else()
  message(FATAL_ERROR
          "LayerCheck: unknown CHECK '${CHECK}' (includes, no-repository, sqlite-in-dialect or connections)")
endif()

if(violations GREATER 0)
  message(FATAL_ERROR "LayerCheck (${CHECK}): ${violations} violation(s)")
endif()
message(STATUS "LayerCheck (${CHECK}): no violations")
