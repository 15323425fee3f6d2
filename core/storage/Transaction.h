#pragma once

#include "StorageError.h"

#include <QSqlDatabase>

namespace duban::core {

/// RAII database transaction: rolls back unless commit() succeeded. A write transaction starts with
/// BEGIN IMMEDIATE, so it takes the write lock up front and waits (busy timeout) for another writer
/// instead of failing when it upgrades a read; a read transaction gives one consistent snapshot to a
/// listing or a load. Transactions nest: an inner one is a savepoint of the outer.
class Transaction final
{
    Q_DISABLE_COPY_MOVE(Transaction)
public:
    enum class Mode
    {
        Write,
        Read
    };

    explicit Transaction(QSqlDatabase db, Mode mode = Mode::Write);
    ~Transaction();

    bool isActive() const { return m_active; }
    /// Why the transaction could not start (Locked when another writer held the lock past the timeout).
    const StorageError &beginError() const { return m_beginError; }
    /// False, with `error` set to beginError(), when the transaction did not start.
    bool started(StorageError *error) const;
    bool commit();
    /// Commits; on failure fills `error` with the driver's message.
    bool commit(StorageError *error);
    /// Rolls back now (the destructor does it too).
    void rollback();

    /// How many transactions are open on this connection in this thread (tests).
    static int depth(const QSqlDatabase &db);

private:
    QSqlDatabase m_db;
    QString m_savepoint; ///< empty for the outermost transaction
    StorageError m_beginError;
    bool m_active = false;
};

} // namespace duban::core
