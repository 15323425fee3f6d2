#include "UndoActions.h"

#include "core/services/UndoStack.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

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

QList<QKeySequence> distinct(QList<QKeySequence> keys)
{
    QList<QKeySequence> result;
    for (const QKeySequence &k : keys) {
        if (!k.isEmpty() && !result.contains(k))
            result.append(k);
    }
    return result;
}

bool matchesAny(const QKeyEvent *event, const QList<QKeySequence> &keys)
{
    const QKeySequence pressed(event->keyCombination());
    return keys.contains(pressed);
}

/// What a text field can still undo or redo of its own typing; nothing for a widget that is not one.
struct FieldHistory
{
    bool isField = false;
    bool canUndo = false;
    bool canRedo = false;
};

FieldHistory historyOf(QObject *receiver)
{
    QLineEdit *line = qobject_cast<QLineEdit *>(receiver);
    if (auto *combo = qobject_cast<QComboBox *>(receiver))
        line = combo->lineEdit();
    else if (auto *spin = qobject_cast<QAbstractSpinBox *>(receiver))
        line = spin->findChild<QLineEdit *>();
    if (line)
        return {true, line->isUndoAvailable(), line->isRedoAvailable()};
    if (auto *plain = qobject_cast<QPlainTextEdit *>(receiver))
        return {true, plain->document()->isUndoAvailable(), plain->document()->isRedoAvailable()};
    if (auto *rich = qobject_cast<QTextEdit *>(receiver))
        return {true, rich->document()->isUndoAvailable(), rich->document()->isRedoAvailable()};
    return {};
}

/// Watches the application's shortcut-override events (a text field claims Ctrl+Z before any action sees
/// it) and declines the claim for a field of its window that has nothing to undo or redo.
class UndoKeyRouter final : public QObject
{
public:
    explicit UndoKeyRouter(QWidget *window) : QObject(window), m_window(window)
    {
        qApp->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::ShortcutOverride || !watched->isWidgetType() ||
            static_cast<QWidget *>(watched)->window() != m_window)
            return false;
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool undo = matchesAny(key, m_undo);
        const bool redo = !undo && matchesAny(key, m_redo);
        if (!undo && !redo)
            return false;
        const FieldHistory field = historyOf(watched);
        if (!field.isField || (undo ? field.canUndo : field.canRedo))
            return false; // the field's own typing is undone first
        return true;      // unclaimed: the window's shortcut runs
    }

private:
    QWidget *m_window;
    const QList<QKeySequence> m_undo = undoKeys();
    const QList<QKeySequence> m_redo = redoKeys();
};

} // namespace

QAction *undoAction(core::UndoStack *stack, const QString &prefix, QObject *parent)
{
    return stackAction(stack, prefix, parent, true);
}

QAction *redoAction(core::UndoStack *stack, const QString &prefix, QObject *parent)
{
    return stackAction(stack, prefix, parent, false);
}

QList<QKeySequence> undoKeys()
{
    return distinct(QKeySequence::keyBindings(QKeySequence::Undo) << QKeySequence(Qt::CTRL | Qt::Key_Z));
}

QList<QKeySequence> redoKeys()
{
    return distinct(QKeySequence::keyBindings(QKeySequence::Redo)
                    << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z) << QKeySequence(Qt::CTRL | Qt::Key_Y));
}

void routeUndoKeysToActions(QWidget *window)
{
    new UndoKeyRouter(window);
}

} // namespace duban::ui
