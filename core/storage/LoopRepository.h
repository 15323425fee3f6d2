#pragma once

#include "core/domain/Loop.h"
#include "StorageError.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>

#include <optional>

namespace duban::core {

class Database;

/// The rows of the supervision loop (schema 10): sign-offs, requests, the append-only history, attachments
/// and numbered notices. No method opens a transaction of its own unless it says so: the services wrap each
/// step (its rows, its history entry, the task's stage) in one.
class LoopRepository final
{
    Q_DECLARE_TR_FUNCTIONS(duban::core::LoopRepository)
public:
    explicit LoopRepository(Database &database);

    /// The portable SQL expression of a task's stage (TaskStage as an integer) for the row `tasks`.
    static QString stageExpression();
    /// Recomputes tasks.stage for one task (or every task when taskId is 0).
    bool restage(qint64 taskId, StorageError *error);

    // History (留痕): appended, never changed.
    /// Appends `entry` (its actor defaults to the session's, its recordedAt to now); fills in its id.
    bool append(HistoryEntry &entry, StorageError *error);
    QList<HistoryEntry> history(qint64 taskId, StorageError *error = nullptr) const;

    // 签收.
    QList<SignOff> signOffs(qint64 taskId, StorageError *error = nullptr) const;
    bool insertSignOff(const SignOff &signOff, StorageError *error);
    bool removeSignOff(qint64 taskId, const QString &unit, StorageError *error);
    /// Sign-offs dated on or before `asOf`, by task: the units that signed.
    QHash<qint64, QSet<QString>> signedUnits(const QDate &asOf, StorageError *error = nullptr) const;

    // 办结申请 / 延期申请.
    QList<LoopRequest> requests(qint64 taskId, StorageError *error = nullptr) const;
    std::optional<LoopRequest> request(qint64 id, StorageError *error = nullptr) const;
    /// Every request of the ledger (a few per task at most), oldest first.
    QList<LoopRequest> allRequests(StorageError *error = nullptr) const;
    qint64 insertRequest(LoopRequest &request, StorageError *error);
    /// Writes state and decision if the row still has request.version (Conflict otherwise).
    bool updateRequest(LoopRequest &request, StorageError *error);
    bool removeRequest(const LoopRequest &request, StorageError *error);

    // Attachments.
    qint64 insertAttachment(Attachment &attachment, const QByteArray &content, StorageError *error);
    QList<Attachment> attachments(qint64 taskId, StorageError *error = nullptr) const;
    QList<Attachment> attachmentsOf(Attachment::Owner owner, qint64 ownerId,
                                    StorageError *error = nullptr) const;
    std::optional<QByteArray> attachmentContent(qint64 id, StorageError *error = nullptr) const;
    std::optional<Attachment> attachment(qint64 id, StorageError *error = nullptr) const;
    bool setAttachmentRemoved(qint64 id, bool removed, StorageError *error);

    // Numbered notices.
    /// The next number of `kind` in `year` (1 for the first), read in the caller's transaction.
    int nextNoticeNumber(Notice::Kind kind, int year, StorageError *error) const;
    /// Inserts the notice (keeping notice.id if set, as redo of an issue undone does); fills in its id.
    qint64 insertNotice(Notice &notice, StorageError *error);
    std::optional<Notice> notice(qint64 id, StorageError *error = nullptr) const;
    QList<Notice> notices(StorageError *error = nullptr) const;
    bool updateNoticeResponse(const Notice &notice, StorageError *error);
    bool removeNotice(qint64 id, StorageError *error);

private:
    Database *m_database;
    QSqlDatabase m_db;
};

} // namespace duban::core
