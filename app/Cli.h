#pragma once

class QCoreApplication;

namespace duban::app {

/// True when the first argument names a command (import, tasks, generate …) that runs on Qt Core alone.
bool isHeadlessCommand(int argc, char **argv);
/// Runs the headless command: output on stdout, errors on stderr, exit code 0 / 1 (failure) / 2 (bad input).
int runCommand(QCoreApplication &app);

} // namespace duban::app
