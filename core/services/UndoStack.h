#pragma once

#include "core/storage/StorageError.h"

#include <QObject>
#include <QString>

#include <memory>
#include <vector>

namespace duban::core {

/// One undoable change of the open ledger. apply() and revert() write through the services and say
/// whether the write succeeded; a command never pretends success.
class UndoCommand
{
public:
    explicit UndoCommand(QString text) : m_text(std::move(text)) {}
    virtual ~UndoCommand() = default;
    UndoCommand(const UndoCommand &) = delete;
    UndoCommand &operator=(const UndoCommand &) = delete;

    QString text() const { return m_text; }
    void setText(const QString &text) { m_text = text; }

    virtual bool apply(StorageError *error) = 0;
    virtual bool revert(StorageError *error) = 0;

private:
    QString m_text;
};

/// The open ledger's undo history (Tiled's Document owns its stack the same way). Unlike QUndoStack it
/// lives in core, and a step that fails leaves the stack where it was: the user sees why and may retry.
class UndoStack final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UndoStack)
public:
    explicit UndoStack(QObject *parent = nullptr);
    ~UndoStack() override;

    /// Applies `command` and keeps it on success (dropping whatever could be redone); on failure the
    /// command is dropped, `error` says why and the stack is unchanged.
    bool push(std::unique_ptr<UndoCommand> command, StorageError *error);
    /// Reverts the last applied command. On failure it stays where it is and failed() is emitted.
    bool undo(StorageError *error = nullptr);
    /// Applies again the next undone command. On failure it stays where it is and failed() is emitted.
    bool redo(StorageError *error = nullptr);
    void clear();

    bool canUndo() const { return m_index > 0; }
    bool canRedo() const { return m_index < int(m_commands.size()); }
    QString undoText() const;
    QString redoText() const;
    /// Commands on the stack, and how many of them are applied.
    int count() const { return int(m_commands.size()); }
    int index() const { return m_index; }
    const UndoCommand *command(int i) const;

signals:
    /// The index, the count or the texts changed.
    void changed();
    /// An undo or redo failed; the message is for the user.
    void failed(const QString &message);

private:
    std::vector<std::unique_ptr<UndoCommand>> m_commands;
    int m_index = 0;
};

} // namespace duban::core
