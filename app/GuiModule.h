#pragma once

namespace duban::app {

/// Runs the window, or a command that lays out pages (`brief`), from the module duban_gui: the one next to
/// the executable (the build tree), else the installed one (bin/../lib/duban, then the libdir configured at
/// build time). The executable itself links Qt Core and Sql only, so that the headless commands start
/// without loading Widgets, Gui, Charts and their dependencies (a third of `duban tasks --overdue`'s
/// time). Both load the one shared core library. Prints why and returns 1 when the module cannot be
/// loaded.
int runGuiModule(int argc, char **argv);

} // namespace duban::app
