#include "UndoActions.h"

#include "core/services/UndoStack.h"

#include <QAction>

namespace duban::ui {

namespace {

QAction *stackAction(core::UndoStack *stack, const QString &prefix, QObject *parent, bool undo)
{
    auto *action = new QAction(prefix, parent);
    auto update = [action, stack, prefix, undo] {
        const QString text = undo ? stack->undoText() : stack->redoText();
        action->setEnabled(undo ? stack->canUndo() : stack->canRedo());
        action->setText(text.isEmpty() ? prefix : QStringLiteral("%1 %2").arg(prefix, text));
    };
    QObject::connect(stack, &core::UndoStack::changed, action, update);
    QObject::connect(action, &QAction::triggered, stack, [stack, undo] {
        if (undo)
            stack->undo();
        else
            stack->redo();
    });
    update();
    return action;
}

} // namespace

QAction *undoAction(core::UndoStack *stack, const QString &prefix, QObject *parent)
{
    return stackAction(stack, prefix, parent, true);
}

QAction *redoAction(core::UndoStack *stack, const QString &prefix, QObject *parent)
{
    return stackAction(stack, prefix, parent, false);
}

} // namespace duban::ui
