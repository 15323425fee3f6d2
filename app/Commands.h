#pragma once

#include <QStringList>

namespace duban::app {

/// duban import FILE [--db FILE] [--dry-run] [--json]
int runImport(const QStringList &arguments);
/// duban tasks [--db FILE] [--as-of DATE] [--overdue] [--unit NAME] [--json]
int runTasks(const QStringList &arguments);

} // namespace duban::app
