#pragma once

#include <QString>

class QAction;
class QObject;

namespace duban::core {
class UndoStack;
} // namespace duban::core

namespace duban::ui {

/// Menu and toolbar actions over the open ledger's undo stack ("Undo Edit task"), enabled and named
/// as the stack changes. `prefix` is the action's own word ("&Undo").
QAction *undoAction(core::UndoStack *stack, const QString &prefix, QObject *parent);
QAction *redoAction(core::UndoStack *stack, const QString &prefix, QObject *parent);

} // namespace duban::ui
