#pragma once

#include <QKeySequence>
#include <QList>
#include <QString>

class QAction;
class QObject;
class QWidget;

namespace duban::core {
class UndoStack;
} // namespace duban::core

namespace duban::ui {

/// Menu and toolbar actions over the open ledger's undo stack ("Undo Edit task"), enabled and named
/// as the stack changes. `prefix` is the action's own word ("&Undo").
QAction *undoAction(core::UndoStack *stack, const QString &prefix, QObject *parent);
QAction *redoAction(core::UndoStack *stack, const QString &prefix, QObject *parent);

/// The keys of undo (the platform's, Ctrl+Z) and of redo (the platform's, Ctrl+Shift+Z and Ctrl+Y), each
/// once: one action holding the same key twice makes Qt call the key ambiguous and do nothing.
QList<QKeySequence> undoKeys();
QList<QKeySequence> redoKeys();

/// Gives the undo and redo keys pressed in a text field of `window` to the window's actions when the field
/// has nothing of its own to undo or redo: after an edit is committed, Ctrl+Z undoes the edit (the ledger's
/// stack), while typing not yet committed is still undone in the field first.
void routeUndoKeysToActions(QWidget *window);

} // namespace duban::ui
