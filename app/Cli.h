#pragma once

class QCoreApplication;

namespace duban::app {

/// True when the first argument names a command (import, tasks, generate …) that runs on Qt Core alone.
bool isHeadlessCommand(int argc, char **argv);
/// True when the first argument can only have been meant as a command and is none: it does not start with
/// '-' (an option of the window or of Qt) and names no existing file. `brief`, which runs in the window's
/// module, is a command.
bool isUnknownCommand(int argc, char **argv);
/// Runs the headless command: output on stdout, errors on stderr, exit code 0 / 1 (failure) / 2 (bad input).
int runCommand(QCoreApplication &app);
/// Says that the first argument is no command, and which one it may have meant; returns 2.
int refuseUnknownCommand(int argc, char **argv);

} // namespace duban::app
