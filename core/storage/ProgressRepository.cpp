#include "ProgressRepository.h"

#include "Database.h"

#include "LoopRepository.h"
#include "SqlHelpers.h"
#include "Transaction.h"

#include <QCoreApplication>

namespace duban::core {

namespace {

const QString kReportColumns =
    QStringLiteral("id, task_id, reported_on, unit, text, percent, problems, next_steps, version");
const QString kRecordColumns = QStringLiteral(
    "id, task_id, kind, issued_on, unit, text, response_due, responded_on, response, version, notice_id");

ProgressReport readReport(const QSqlQuery &q)
{
    ProgressReport r;
    r.id = q.value(0).toLongLong();
    r.taskId = q.value(1).toLongLong();
    r.date = sql::toDate(q.value(2));
    r.unit = q.value(3).toString();
    r.text = q.value(4).toString();
    r.percent = q.value(5).toInt();
    r.problems = q.value(6).toString();
    r.nextSteps = q.value(7).toString();
    r.version = q.value(8).toInt();
    return r;
}

SupervisionRecord readRecord(const QSqlQuery &q)
{
    SupervisionRecord r;
    r.id = q.value(0).toLongLong();
    r.taskId = q.value(1).toLongLong();
    r.kind = q.value(2).toInt() == 1 ? SupervisionRecord::Kind::Notice : SupervisionRecord::Kind::Reminder;
    r.date = sql::toDate(q.value(3));
    r.unit = q.value(4).toString();
    r.text = q.value(5).toString();
    r.responseDue = sql::toDate(q.value(6));
    r.respondedOn = sql::toDate(q.value(7));
    r.response = q.value(8).toString();
    r.version = q.value(9).toInt();
    r.noticeId = q.value(10).toLongLong();
    return r;
}

// The history entry of a report: its progress text, percent in newValue.
HistoryEntry reportEntry(const ProgressReport &r, const QString &kind)
{
    HistoryEntry e;
    e.taskId = r.taskId;
    e.kind = kind;
    e.date = r.date;
    e.unit = r.unit;
    e.text = r.text;
    e.newValue = QString::number(r.percent);
    e.refId = r.id;
    return e;
}

HistoryEntry recordEntry(const SupervisionRecord &r, const QString &kind)
{
    HistoryEntry e;
    e.taskId = r.taskId;
    e.kind = kind;
    e.date = r.date;
    e.unit = r.unit;
    e.text = r.text;
    e.newValue = r.responseDue.toString(Qt::ISODate);
    e.refId = r.id;
    return e;
}

QString recordKind(const SupervisionRecord &r)
{
    return r.kind == SupervisionRecord::Kind::Notice ? historyKind::notice() : historyKind::reminder();
}

} // namespace

ProgressRepository::ProgressRepository(Database &database)
    : m_database(&database), m_db(database.connection())
{
}

QHash<QString, int> ProgressRepository::openNoticesByUnit(const QDate &asOf) const
{
    QHash<QString, int> open;
    QSqlQuery q(m_db);
    const QString day = asOf.toString(Qt::ISODate);
    if (sql::run(q,
                 QStringLiteral("SELECT unit, count(*) FROM supervision_records WHERE issued_on <= ? AND "
                                "(responded_on IS NULL OR responded_on > ?) GROUP BY unit"),
                 {day, day}, nullptr)) {
        while (q.next())
            open.insert(q.value(0).toString(), q.value(1).toInt());
    }
    return open;
}

QList<ProgressReport> ProgressRepository::reports(qint64 taskId, StorageError *error) const
{
    QList<ProgressReport> out;
    QSqlQuery q(m_db);
    if (sql::run(q,
                 QStringLiteral(
                     "SELECT %1 FROM progress_reports WHERE task_id = ? ORDER BY reported_on DESC, id DESC")
                     .arg(kReportColumns),
                 {taskId}, error)) {
        while (q.next())
            out.append(readReport(q));
    }
    return out;
}

std::optional<ProgressReport> ProgressRepository::report(qint64 id) const
{
    QSqlQuery q(m_db);
    if (sql::run(q, QStringLiteral("SELECT %1 FROM progress_reports WHERE id = ?").arg(kReportColumns), {id},
                 nullptr) &&
        q.next())
        return readReport(q);
    return std::nullopt;
}

qint64 ProgressRepository::insertReport(ProgressReport &r, StorageError *error)
{
    QSqlQuery q(m_db);
    QVariantList values{r.taskId, sql::dateValue(r.date), r.unit, r.text, r.percent, r.problems, r.nextSteps};
    QString columns = QStringLiteral("task_id, reported_on, unit, text, percent, problems, next_steps");
    QString marks = QStringLiteral("?, ?, ?, ?, ?, ?, ?");
    const int version = r.id > 0 && r.version > 0 ? r.version + 1 : 1; // put back: versions only grow
    columns.append(QStringLiteral(", version"));
    marks.append(QStringLiteral(", ?"));
    values.append(version);
    if (r.id > 0) {
        columns.prepend(QStringLiteral("id, "));
        marks.prepend(QStringLiteral("?, "));
        values.prepend(r.id);
    }
    const bool putBack = r.id > 0;
    Transaction tx(m_db);
    if (!tx.started(error))
        return 0;
    const auto id = m_database->dialect().insertReturningId(
        q, QStringLiteral("INSERT INTO progress_reports (%1) VALUES (%2)").arg(columns, marks), values,
        error);
    if (!id)
        return 0;
    ProgressReport written = r;
    if (written.id <= 0)
        written.id = *id;
    written.version = version;
    HistoryEntry e = reportEntry(written, putBack ? historyKind::restored() : historyKind::report());
    LoopRepository loop(*m_database);
    if (!loop.append(e, error) || !loop.restage(written.taskId, error) || !tx.commit(error))
        return 0;
    r = written;
    return r.id;
}

bool ProgressRepository::updateReport(ProgressReport &r, StorageError *error)
{
    Transaction tx(m_db);
    if (!tx.started(error))
        return false;
    QSqlQuery q(m_db);
    if (!sql::run(
            q,
            QStringLiteral(
                "UPDATE progress_reports SET reported_on = ?, unit = ?, text = ?, percent = ?, "
                "problems = ?, next_steps = ?, version = version + 1 WHERE id = ? AND version = ?"),
            {sql::dateValue(r.date), r.unit, r.text, r.percent, r.problems, r.nextSteps, r.id, r.version},
            error))
        return false;
    if (!sql::versioned(m_db, q, QStringLiteral("progress_reports"), r.id,
                        ProgressRepository::tr("The progress report"), error))
        return false;
    HistoryEntry e = reportEntry(r, historyKind::reportEdited());
    if (!LoopRepository(*m_database).append(e, error) || !tx.commit(error))
        return false;
    ++r.version;
    return true;
}

bool ProgressRepository::removeReport(const ProgressReport &r, StorageError *error)
{
    Transaction tx(m_db);
    if (!tx.started(error))
        return false;
    QSqlQuery q(m_db);
    HistoryEntry e = reportEntry(r, historyKind::reportRemoved());
    LoopRepository loop(*m_database);
    return sql::run(q, QStringLiteral("DELETE FROM progress_reports WHERE id = ? AND version = ?"),
                    {r.id, r.version}, error) &&
           sql::versioned(m_db, q, QStringLiteral("progress_reports"), r.id,
                          ProgressRepository::tr("The progress report"), error) &&
           loop.append(e, error) && loop.restage(r.taskId, error) && tx.commit(error);
}

QList<SupervisionRecord> ProgressRepository::records(qint64 taskId, StorageError *error) const
{
    QList<SupervisionRecord> out;
    QSqlQuery q(m_db);
    if (sql::run(q,
                 QStringLiteral(
                     "SELECT %1 FROM supervision_records WHERE task_id = ? ORDER BY issued_on DESC, id DESC")
                     .arg(kRecordColumns),
                 {taskId}, error)) {
        while (q.next())
            out.append(readRecord(q));
    }
    return out;
}

QList<SupervisionRecord> ProgressRepository::recordsBetween(const QDate &from, const QDate &to) const
{
    QList<SupervisionRecord> out;
    QSqlQuery q(m_db);
    const QString fromText = from.isValid() ? from.toString(Qt::ISODate) : QStringLiteral("0000-01-01");
    const QString toText = to.isValid() ? to.toString(Qt::ISODate) : QStringLiteral("9999-12-31");
    if (sql::run(q,
                 QStringLiteral("SELECT %1 FROM supervision_records WHERE issued_on >= ? AND issued_on <= ? "
                                "ORDER BY issued_on, id")
                     .arg(kRecordColumns),
                 {fromText, toText}, nullptr)) {
        while (q.next())
            out.append(readRecord(q));
    }
    return out;
}

std::optional<SupervisionRecord> ProgressRepository::record(qint64 id) const
{
    QSqlQuery q(m_db);
    if (sql::run(q, QStringLiteral("SELECT %1 FROM supervision_records WHERE id = ?").arg(kRecordColumns),
                 {id}, nullptr) &&
        q.next())
        return readRecord(q);
    return std::nullopt;
}

qint64 ProgressRepository::insertRecord(SupervisionRecord &r, StorageError *error)
{
    QSqlQuery q(m_db);
    QVariantList values{r.taskId,
                        r.kind == SupervisionRecord::Kind::Notice ? 1 : 0,
                        sql::dateValue(r.date),
                        r.unit,
                        r.text,
                        sql::dateValue(r.responseDue),
                        sql::dateValue(r.respondedOn),
                        r.response,
                        r.noticeId > 0 ? QVariant(r.noticeId) : QVariant(QMetaType::fromType<qint64>())};
    QString columns = QStringLiteral(
        "task_id, kind, issued_on, unit, text, response_due, responded_on, response, notice_id");
    QString marks = QStringLiteral("?, ?, ?, ?, ?, ?, ?, ?, ?");
    const int version = r.id > 0 && r.version > 0 ? r.version + 1 : 1; // put back: versions only grow
    columns.append(QStringLiteral(", version"));
    marks.append(QStringLiteral(", ?"));
    values.append(version);
    if (r.id > 0) {
        columns.prepend(QStringLiteral("id, "));
        marks.prepend(QStringLiteral("?, "));
        values.prepend(r.id);
    }
    const bool putBack = r.id > 0;
    Transaction tx(m_db);
    if (!tx.started(error))
        return 0;
    const auto id = m_database->dialect().insertReturningId(
        q, QStringLiteral("INSERT INTO supervision_records (%1) VALUES (%2)").arg(columns, marks), values,
        error);
    if (!id)
        return 0;
    SupervisionRecord written = r;
    if (written.id <= 0)
        written.id = *id;
    written.version = version;
    HistoryEntry e = recordEntry(written, putBack ? historyKind::restored() : recordKind(written));
    if (!LoopRepository(*m_database).append(e, error) || !tx.commit(error))
        return 0;
    r = written;
    return r.id;
}

bool ProgressRepository::updateRecord(SupervisionRecord &r, StorageError *error)
{
    Transaction tx(m_db);
    if (!tx.started(error))
        return false;
    const std::optional<SupervisionRecord> before = record(r.id);
    QSqlQuery q(m_db);
    if (!sql::run(
            q,
            QStringLiteral("UPDATE supervision_records SET kind = ?, issued_on = ?, unit = ?, text = ?, "
                           "response_due = ?, responded_on = ?, response = ?, version = version + 1 "
                           "WHERE id = ? AND version = ?"),
            {r.kind == SupervisionRecord::Kind::Notice ? 1 : 0, sql::dateValue(r.date), r.unit, r.text,
             sql::dateValue(r.responseDue), sql::dateValue(r.respondedOn), r.response, r.id, r.version},
            error))
        return false;
    if (!sql::versioned(m_db, q, QStringLiteral("supervision_records"), r.id,
                        ProgressRepository::tr("The supervision record"), error))
        return false;
    // A response recorded (or changed) is a step of its own; any other change is an edit of the record.
    HistoryEntry e = recordEntry(r, historyKind::edit());
    e.field = QStringLiteral("record");
    if (r.respondedOn.isValid() &&
        (!before || before->respondedOn != r.respondedOn || before->response != r.response)) {
        e.kind = historyKind::response();
        e.date = r.respondedOn;
        e.text = r.response;
        e.field.clear();
    } else if (before) {
        e.oldValue = before->text;
        e.newValue = r.text;
    }
    if (!LoopRepository(*m_database).append(e, error) || !tx.commit(error))
        return false;
    ++r.version;
    return true;
}

bool ProgressRepository::removeRecord(const SupervisionRecord &r, StorageError *error)
{
    Transaction tx(m_db);
    if (!tx.started(error))
        return false;
    QSqlQuery q(m_db);
    HistoryEntry e = recordEntry(r, historyKind::recordRemoved());
    return sql::run(q, QStringLiteral("DELETE FROM supervision_records WHERE id = ? AND version = ?"),
                    {r.id, r.version}, error) &&
           sql::versioned(m_db, q, QStringLiteral("supervision_records"), r.id,
                          ProgressRepository::tr("The supervision record"), error) &&
           LoopRepository(*m_database).append(e, error) && tx.commit(error);
}

} // namespace duban::core
