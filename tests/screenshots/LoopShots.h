#pragma once

#include "core/domain/PlanDocument.h"

#include <QString>

#include <functional>

class QWidget;
namespace duban::ui {
class MainWindow;
} // namespace duban::ui

/// The supervision loop's screens (issue 14): the detail pane with the loop panel and the timeline, its
/// dialogs, the multi-select confirmation, the supervision view with what was done; also at a small size.
void loopShots(duban::ui::MainWindow &window, const duban::core::PlanDocument &doc, const QString &out,
               const QString &lang, const std::function<void(QWidget *, const QString &)> &save);
