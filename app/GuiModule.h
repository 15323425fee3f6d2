#pragma once

namespace duban::app {

/// Runs the window, or a command that lays out pages (`brief`), from the module duban_gui next to the
/// executable. The executable itself links Qt Core and Sql only, so that the headless commands start
/// without loading Widgets, Gui, Charts and their dependencies (a third of `duban tasks --overdue`'s
/// time). Prints why and returns 1 when the module cannot be loaded.
int runGuiModule(int argc, char **argv);

} // namespace duban::app
