#include "LoopRepository.h"

#include "Database.h"
#include "SqlHelpers.h"

#include <QSqlQuery>

namespace duban::core {

namespace {

const QString kRequestColumns = QStringLiteral(
    "id, task_id, kind, state, unit, requested_on, text, new_deadline, old_deadline, actor, decided_on, "
    "decision, decided_by, version");
const QString kHistoryColumns = QStringLiteral(
    "id, task_id, kind, occurred_on, recorded_at, actor, unit, text, field, old_value, new_value, ref_id");
const QString kAttachmentColumns =
    QStringLiteral("id, task_id, owner, owner_id, name, size, added_at, removed");
const QString kNoticeColumns = QStringLiteral("id, kind, year, number, unit, requirement, issued_on, "
                                              "response_due, issuer, actor, responded_on, response");

LoopRequest readRequest(const QSqlQuery &q)
{
    LoopRequest r;
    r.id = q.value(0).toLongLong();
    r.taskId = q.value(1).toLongLong();
    r.kind = q.value(2).toInt() == 1 ? LoopRequest::Kind::Extension : LoopRequest::Kind::Completion;
    r.state = static_cast<LoopRequest::State>(qBound(0, q.value(3).toInt(), 3));
    r.unit = q.value(4).toString();
    r.date = sql::toDate(q.value(5));
    r.text = q.value(6).toString();
    r.newDeadline = sql::toDate(q.value(7));
    r.oldDeadline = sql::toDate(q.value(8));
    r.actor = q.value(9).toString();
    r.decidedOn = sql::toDate(q.value(10));
    r.decision = q.value(11).toString();
    r.decidedBy = q.value(12).toString();
    r.version = q.value(13).toInt();
    return r;
}

HistoryEntry readEntry(const QSqlQuery &q)
{
    HistoryEntry e;
    e.id = q.value(0).toLongLong();
    e.taskId = q.value(1).toLongLong();
    e.kind = q.value(2).toString();
    e.date = sql::toDate(q.value(3));
    e.recordedAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODate);
    e.actor = q.value(5).toString();
    e.unit = q.value(6).toString();
    e.text = q.value(7).toString();
    e.field = q.value(8).toString();
    e.oldValue = q.value(9).toString();
    e.newValue = q.value(10).toString();
    e.refId = q.value(11).toLongLong();
    return e;
}

Attachment::Owner ownerOf(const QString &key)
{
    if (key == QLatin1String("report"))
        return Attachment::Owner::Report;
    if (key == QLatin1String("record"))
        return Attachment::Owner::Record;
    return Attachment::Owner::Request;
}

Attachment readAttachment(const QSqlQuery &q)
{
    Attachment a;
    a.id = q.value(0).toLongLong();
    a.taskId = q.value(1).toLongLong();
    a.owner = ownerOf(q.value(2).toString());
    a.ownerId = q.value(3).toLongLong();
    a.name = q.value(4).toString();
    a.size = q.value(5).toLongLong();
    a.addedAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODate);
    a.removed = q.value(7).toInt() != 0;
    return a;
}

Notice readNotice(const QSqlQuery &q)
{
    Notice n;
    n.id = q.value(0).toLongLong();
    n.kind = q.value(1).toInt() == 1 ? Notice::Kind::Notice : Notice::Kind::Reminder;
    n.year = q.value(2).toInt();
    n.number = q.value(3).toInt();
    n.unit = q.value(4).toString();
    n.requirement = q.value(5).toString();
    n.issuedOn = sql::toDate(q.value(6));
    n.responseDue = sql::toDate(q.value(7));
    n.issuer = q.value(8).toString();
    n.actor = q.value(9).toString();
    n.respondedOn = sql::toDate(q.value(10));
    n.response = q.value(11).toString();
    return n;
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

LoopRepository::LoopRepository(Database &database) : m_database(&database), m_db(database.connection()) {}

QString LoopRepository::stageExpression()
{
    return QStringLiteral(
        "CASE WHEN tasks.status = 1 THEN 4 "
        "WHEN EXISTS (SELECT 1 FROM task_requests r WHERE r.task_id = tasks.id AND r.kind = 0 AND r.state = "
        "0) "
        "THEN 3 "
        "WHEN EXISTS (SELECT 1 FROM progress_reports p WHERE p.task_id = tasks.id) OR EXISTS (SELECT 1 FROM "
        "task_requests r WHERE r.task_id = tasks.id AND r.kind = 0 AND r.state = 2) THEN 2 "
        "WHEN EXISTS (SELECT 1 FROM task_signoffs s WHERE s.task_id = tasks.id) AND NOT EXISTS (SELECT 1 "
        "FROM "
        "task_units u JOIN units n ON n.id = u.unit_id WHERE u.task_id = tasks.id AND u.role = 0 AND NOT "
        "EXISTS (SELECT 1 FROM task_signoffs s WHERE s.task_id = tasks.id AND s.unit = n.name)) THEN 1 "
        "ELSE 0 END");
}

bool LoopRepository::restage(qint64 taskId, StorageError *error)
{
    QSqlQuery q(m_db);
    if (taskId == 0)
        return sql::run(q, QStringLiteral("UPDATE tasks SET stage = %1").arg(stageExpression()), {}, error);
    return sql::run(q, QStringLiteral("UPDATE tasks SET stage = %1 WHERE id = ?").arg(stageExpression()),
                    {taskId}, error);
}

bool LoopRepository::append(HistoryEntry &e, StorageError *error)
{
    if (e.actor.isEmpty())
        e.actor = m_database->actor();
    if (!e.recordedAt.isValid())
        e.recordedAt = QDateTime::currentDateTime();
    e.recordedAt.setTime(
        QTime(e.recordedAt.time().hour(), e.recordedAt.time().minute(), e.recordedAt.time().second()));
    QSqlQuery q(m_db);
    const auto id = m_database->dialect().insertReturningId(
        q,
        QStringLiteral(
            "INSERT INTO task_history (task_id, kind, occurred_on, recorded_at, actor, unit, text, "
            "field, old_value, new_value, ref_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {e.taskId, e.kind, sql::dateValue(e.date), e.recordedAt.toString(Qt::ISODate), e.actor, e.unit,
         e.text, e.field, e.oldValue, e.newValue, idOrNull(e.refId)},
        error);
    if (!id)
        return false;
    e.id = *id;
    return true;
}

QList<HistoryEntry> LoopRepository::history(qint64 taskId, StorageError *error) const
{
    QList<HistoryEntry> out;
    QSqlQuery q(m_db);
    if (sql::run(
            q,
            QStringLiteral("SELECT %1 FROM task_history WHERE task_id = ? ORDER BY id").arg(kHistoryColumns),
            {taskId}, error)) {
        while (q.next())
            out.append(readEntry(q));
    }
    return out;
}

QList<SignOff> LoopRepository::signOffs(qint64 taskId, StorageError *error) const
{
    QList<SignOff> out;
    QSqlQuery q(m_db);
    if (sql::run(q,
                 QStringLiteral("SELECT task_id, unit, signed_on, actor FROM task_signoffs WHERE task_id = ? "
                                "ORDER BY signed_on, unit"),
                 {taskId}, error)) {
        while (q.next())
            out.append({q.value(0).toLongLong(), q.value(1).toString(), sql::toDate(q.value(2)),
                        q.value(3).toString()});
    }
    return out;
}

bool LoopRepository::insertSignOff(const SignOff &s, StorageError *error)
{
    QSqlQuery q(m_db);
    return sql::run(
        q, QStringLiteral("INSERT INTO task_signoffs (task_id, unit, signed_on, actor) VALUES (?, ?, ?, ?)"),
        {s.taskId, s.unit, sql::dateValue(s.date), s.actor.isEmpty() ? m_database->actor() : s.actor}, error);
}

bool LoopRepository::removeSignOff(qint64 taskId, const QString &unit, StorageError *error)
{
    QSqlQuery q(m_db);
    if (!sql::run(q, QStringLiteral("DELETE FROM task_signoffs WHERE task_id = ? AND unit = ?"),
                  {taskId, unit}, error))
        return false;
    if (q.numRowsAffected() == 0) {
        sql::setError(error, StorageError::Code::Conflict,
                      tr("%1's acknowledgement is no longer recorded; someone else removed it.").arg(unit));
        return false;
    }
    return true;
}

QHash<qint64, QSet<QString>> LoopRepository::signedUnits(const QDate &asOf, StorageError *error) const
{
    QHash<qint64, QSet<QString>> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (sql::run(q, QStringLiteral("SELECT task_id, unit FROM task_signoffs WHERE signed_on <= ?"),
                 {asOf.toString(Qt::ISODate)}, error)) {
        while (q.next())
            out[q.value(0).toLongLong()].insert(q.value(1).toString());
    }
    return out;
}

QList<LoopRequest> LoopRepository::requests(qint64 taskId, StorageError *error) const
{
    QList<LoopRequest> out;
    QSqlQuery q(m_db);
    if (sql::run(
            q,
            QStringLiteral("SELECT %1 FROM task_requests WHERE task_id = ? ORDER BY id").arg(kRequestColumns),
            {taskId}, error)) {
        while (q.next())
            out.append(readRequest(q));
    }
    return out;
}

std::optional<LoopRequest> LoopRepository::request(qint64 id, StorageError *error) const
{
    QSqlQuery q(m_db);
    if (sql::run(q, QStringLiteral("SELECT %1 FROM task_requests WHERE id = ?").arg(kRequestColumns), {id},
                 error) &&
        q.next())
        return readRequest(q);
    return std::nullopt;
}

QList<LoopRequest> LoopRepository::allRequests(StorageError *error) const
{
    QList<LoopRequest> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (sql::run(q, QStringLiteral("SELECT %1 FROM task_requests ORDER BY id").arg(kRequestColumns), {},
                 error)) {
        while (q.next())
            out.append(readRequest(q));
    }
    return out;
}

qint64 LoopRepository::insertRequest(LoopRequest &r, StorageError *error)
{
    if (r.actor.isEmpty())
        r.actor = m_database->actor();
    const int version = r.id > 0 && r.version > 0 ? r.version + 1 : 1;
    QString columns = QStringLiteral("task_id, kind, state, unit, requested_on, text, new_deadline, "
                                     "old_deadline, actor, decided_on, decision, decided_by, version");
    QString marks = QStringLiteral("?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?");
    QVariantList values{r.taskId,
                        r.kind == LoopRequest::Kind::Extension ? 1 : 0,
                        static_cast<int>(r.state),
                        r.unit,
                        sql::dateValue(r.date),
                        r.text,
                        sql::dateValue(r.newDeadline),
                        sql::dateValue(r.oldDeadline),
                        r.actor,
                        sql::dateValue(r.decidedOn),
                        r.decision,
                        r.decidedBy,
                        version};
    if (r.id > 0) {
        columns.prepend(QStringLiteral("id, "));
        marks.prepend(QStringLiteral("?, "));
        values.prepend(r.id);
    }
    QSqlQuery q(m_db);
    const auto id = m_database->dialect().insertReturningId(
        q, QStringLiteral("INSERT INTO task_requests (%1) VALUES (%2)").arg(columns, marks), values, error);
    if (!id)
        return 0;
    if (r.id <= 0)
        r.id = *id;
    r.version = version;
    return r.id;
}

static bool LoopRequestVersioned(QSqlDatabase db, QSqlQuery &q, qint64 id, StorageError *error)
{
    return sql::versioned(db, q, QStringLiteral("task_requests"), id, LoopRepository::tr("The request"),
                          error);
}

bool LoopRepository::updateRequest(LoopRequest &r, StorageError *error)
{
    QSqlQuery q(m_db);
    if (!sql::run(
            q,
            QStringLiteral("UPDATE task_requests SET state = ?, decided_on = ?, decision = ?, decided_by = "
                           "?, version = version + 1 WHERE id = ? AND version = ?"),
            {static_cast<int>(r.state), sql::dateValue(r.decidedOn), r.decision, r.decidedBy, r.id,
             r.version},
            error))
        return false;
    if (!LoopRequestVersioned(m_db, q, r.id, error))
        return false;
    ++r.version;
    return true;
}

bool LoopRepository::removeRequest(const LoopRequest &r, StorageError *error)
{
    QSqlQuery q(m_db);
    return sql::run(q, QStringLiteral("DELETE FROM task_requests WHERE id = ? AND version = ?"),
                    {r.id, r.version}, error) &&
           LoopRequestVersioned(m_db, q, r.id, error);
}

qint64 LoopRepository::insertAttachment(Attachment &a, const QByteArray &content, StorageError *error)
{
    if (!a.addedAt.isValid())
        a.addedAt = QDateTime::currentDateTime();
    a.size = content.size();
    QSqlQuery q(m_db);
    const auto id = m_database->dialect().insertReturningId(
        q,
        QStringLiteral("INSERT INTO attachments (task_id, owner, owner_id, name, size, content, added_at, "
                       "removed) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {a.taskId, attachmentOwnerKey(a.owner), a.ownerId, a.name, a.size, content,
         a.addedAt.toString(Qt::ISODate), a.removed ? 1 : 0},
        error);
    if (!id)
        return 0;
    a.id = *id;
    return a.id;
}

QList<Attachment> LoopRepository::attachments(qint64 taskId, StorageError *error) const
{
    QList<Attachment> out;
    QSqlQuery q(m_db);
    if (sql::run(q,
                 QStringLiteral("SELECT %1 FROM attachments WHERE task_id = ? ORDER BY id")
                     .arg(kAttachmentColumns),
                 {taskId}, error)) {
        while (q.next())
            out.append(readAttachment(q));
    }
    return out;
}

QList<Attachment> LoopRepository::attachmentsOf(Attachment::Owner owner, qint64 ownerId,
                                                StorageError *error) const
{
    QList<Attachment> out;
    QSqlQuery q(m_db);
    if (sql::run(q,
                 QStringLiteral("SELECT %1 FROM attachments WHERE owner = ? AND owner_id = ? ORDER BY id")
                     .arg(kAttachmentColumns),
                 {attachmentOwnerKey(owner), ownerId}, error)) {
        while (q.next())
            out.append(readAttachment(q));
    }
    return out;
}

std::optional<Attachment> LoopRepository::attachment(qint64 id, StorageError *error) const
{
    QSqlQuery q(m_db);
    if (sql::run(q, QStringLiteral("SELECT %1 FROM attachments WHERE id = ?").arg(kAttachmentColumns), {id},
                 error) &&
        q.next())
        return readAttachment(q);
    return std::nullopt;
}

std::optional<QByteArray> LoopRepository::attachmentContent(qint64 id, StorageError *error) const
{
    QSqlQuery q(m_db);
    if (sql::run(q, QStringLiteral("SELECT content FROM attachments WHERE id = ?"), {id}, error) && q.next())
        return q.value(0).toByteArray();
    if (error && !error->isError())
        sql::setError(error, StorageError::Code::NotFound, tr("The attachment no longer exists."));
    return std::nullopt;
}

bool LoopRepository::setAttachmentRemoved(qint64 id, bool removed, StorageError *error)
{
    QSqlQuery q(m_db);
    if (!sql::run(q, QStringLiteral("UPDATE attachments SET removed = ? WHERE id = ? AND removed = ?"),
                  {removed ? 1 : 0, id, removed ? 0 : 1}, error))
        return false;
    if (q.numRowsAffected() == 0) {
        sql::setError(error, StorageError::Code::Conflict,
                      removed ? tr("The attachment was already removed.")
                              : tr("The attachment is not removed."));
        return false;
    }
    return true;
}

int LoopRepository::nextNoticeNumber(Notice::Kind kind, int year, StorageError *error) const
{
    QSqlQuery q(m_db);
    if (sql::run(
            q, QStringLiteral("SELECT coalesce(max(number), 0) + 1 FROM notices WHERE kind = ? AND year = ?"),
            {kind == Notice::Kind::Notice ? 1 : 0, year}, error) &&
        q.next())
        return q.value(0).toInt();
    return 0;
}

qint64 LoopRepository::insertNotice(Notice &n, StorageError *error)
{
    if (n.actor.isEmpty())
        n.actor = m_database->actor();
    QSqlQuery q(m_db);
    // A notice with an id is put back with it (redo of an issue undone).
    const bool putBack = n.id > 0;
    QVariantList values{n.kind == Notice::Kind::Notice ? 1 : 0,
                        n.year,
                        n.number,
                        n.unit,
                        n.requirement,
                        sql::dateValue(n.issuedOn),
                        sql::dateValue(n.responseDue),
                        n.issuer,
                        n.actor,
                        sql::dateValue(n.respondedOn),
                        n.response};
    if (putBack)
        values.prepend(n.id);
    const auto id = m_database->dialect().insertReturningId(
        q,
        QStringLiteral(
            "INSERT INTO notices (%1kind, year, number, unit, requirement, issued_on, response_due, "
            "issuer, actor, responded_on, response) VALUES (%2?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .arg(putBack ? QStringLiteral("id, ") : QString(), putBack ? QStringLiteral("?, ") : QString()),
        values, error);
    if (!id)
        return 0;
    n.id = *id;
    return n.id;
}

std::optional<Notice> LoopRepository::notice(qint64 id, StorageError *error) const
{
    QSqlQuery q(m_db);
    if (!sql::run(q, QStringLiteral("SELECT %1 FROM notices WHERE id = ?").arg(kNoticeColumns), {id},
                  error) ||
        !q.next())
        return std::nullopt;
    Notice n = readNotice(q);
    QSqlQuery t(m_db);
    if (sql::run(t, QStringLiteral("SELECT task_id FROM supervision_records WHERE notice_id = ? ORDER BY id"),
                 {id}, error)) {
        while (t.next())
            n.taskIds.append(t.value(0).toLongLong());
    }
    return n;
}

QList<Notice> LoopRepository::notices(StorageError *error) const
{
    QList<Notice> out;
    QSqlQuery q(m_db);
    if (sql::run(q, QStringLiteral("SELECT %1 FROM notices ORDER BY issued_on, id").arg(kNoticeColumns), {},
                 error)) {
        while (q.next())
            out.append(readNotice(q));
    }
    return out;
}

bool LoopRepository::updateNoticeResponse(const Notice &n, StorageError *error)
{
    QSqlQuery q(m_db);
    return sql::run(q, QStringLiteral("UPDATE notices SET responded_on = ?, response = ? WHERE id = ?"),
                    {sql::dateValue(n.respondedOn), n.response, n.id}, error);
}

bool LoopRepository::removeNotice(qint64 id, StorageError *error)
{
    QSqlQuery q(m_db);
    return sql::run(q, QStringLiteral("DELETE FROM notices WHERE id = ?"), {id}, error);
}

} // namespace duban::core
