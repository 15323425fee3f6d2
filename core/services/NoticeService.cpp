#include "NoticeService.h"

#include "CalendarService.h"
#include "ListingService.h"

#include "core/rules/StatusRules.h"
#include "core/storage/Database.h"
#include "core/storage/LedgerSettingKeys.h"
#include "core/storage/LoopRepository.h"
#include "core/storage/ProgressRepository.h"
#include "core/storage/SettingsRepository.h"
#include "core/storage/SqlHelpers.h"
#include "core/storage/StatusLoader.h"
#include "core/storage/TaskRepository.h"
#include "core/storage/Transaction.h"
#include "core/storage/UnitRepository.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSet>

namespace duban::core {

namespace {

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

bool invalid(StorageError *error, const QString &message)
{
    sql::setError(error, StorageError::Code::Invalid, message);
    return false;
}

QString taskLabel(const Task &task)
{
    return task.code.isEmpty() ? QStringLiteral("“%1”").arg(task.title) : task.code;
}

SupervisionRecord::Kind recordKind(Notice::Kind kind)
{
    return kind == Notice::Kind::Notice ? SupervisionRecord::Kind::Notice : SupervisionRecord::Kind::Reminder;
}

/// A number as people type it: no spaces, one kind of bracket round the year.
QString normalizedNumber(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    for (const QChar open : {u'[', u'(', u'（', u'【', u'〔'})
        text.replace(open, u'〔');
    for (const QChar close : {u']', u')', u'）', u'】', u'〕'})
        text.replace(close, u'〕');
    return text;
}

/// The light of one task as of a day.
StatusLight lightOf(Database &database, qint64 taskId, const QDate &asOf, const StatusThresholds &thresholds)
{
    const StatusSnapshot s = StatusLoader(database).loadTask(asOf, thresholds, taskId);
    return s.facts.empty() ? StatusLight{} : evaluate(s.facts.front(), asOf, thresholds);
}

/// Whether one of the light's reasons is the unit's own doing although it does not lead the task: it has not
/// signed (签收) it.
bool namesUnit(const StatusLight &light, const QString &unit)
{
    for (const StatusReason &r : light.reasons)
        if (r.kind == ReasonKind::NotSigned && r.note.split(u'、').contains(unit))
            return true;
    return false;
}

/// False, with `error` saying why a notice could not be read: the storage's failure, or that it is gone.
bool noticeMissing(const StorageError &failure, StorageError *error)
{
    if (failure.isError()) {
        if (error)
            *error = failure;
    } else {
        sql::setError(error, StorageError::Code::NotFound, NoticeService::tr("The notice no longer exists."));
    }
    return false;
}

QString stateText(const StatusLight &light)
{
    const QStringList reasons = reasonTexts(light);
    if (reasons.isEmpty())
        return lightText(light.light);
    //: a task's light and its reasons in a notice; zh_CN: %1：%2
    return NoticeService::tr("%1: %2").arg(lightText(light.light),
                                           reasons.join(NoticeService::tr("; ", "between reasons")));
}

} // namespace

NoticeService::NoticeService(Database &database) : m_database(database) {}

QString NoticeService::numberText(const QString &prefix, int year, int number)
{
    return QStringLiteral("%1〔%2〕第%3号").arg(prefix).arg(year).arg(number);
}

QString NoticeService::prefix(Notice::Kind kind) const
{
    // Prefixes are part of the document number, written as the office writes it: not translated.
    const bool notice = kind == Notice::Kind::Notice;
    const QString set = SettingsRepository(m_database)
                            .value(notice ? ledgerkeys::noticePrefix() : ledgerkeys::reminderPrefix())
                            .trimmed();
    return !set.isEmpty() ? set : notice ? QStringLiteral("督字") : QStringLiteral("催字");
}

QString NoticeService::numberText(const Notice &notice) const
{
    return numberText(prefix(notice.kind), notice.year, notice.number);
}

QHash<qint64, QString> NoticeService::numberTexts() const
{
    QHash<qint64, QString> out;
    const QString reminder = prefix(Notice::Kind::Reminder);
    const QString notice = prefix(Notice::Kind::Notice);
    for (const Notice &n : LoopRepository(m_database).notices())
        out.insert(n.id, numberText(n.kind == Notice::Kind::Notice ? notice : reminder, n.year, n.number));
    return out;
}

QString NoticeService::kindTitle(Notice::Kind kind)
{
    return kind == Notice::Kind::Notice
               //: the document's title; zh_CN: 督办通知单
               ? tr("Supervision Notice")
               //: the document's title; zh_CN: 催办单
               : tr("Reminder Notice");
}

QString NoticeService::issuer() const
{
    const SettingsRepository settings(m_database);
    QString name = settings.value(ledgerkeys::noticeIssuer()).trimmed();
    if (name.isEmpty())
        name = settings.value(ledgerkeys::briefingOffice()).trimmed();
    //: who issues notices by default; zh_CN: 督查室
    return name.isEmpty() ? tr("Supervision Office") : name;
}

QString NoticeService::defaultRequirement(const QDate &responseDue, const QString &issuer)
{
    //: a day in a notice's requirement (QDate format); zh_CN: M月d日
    const QString day = QLocale().toString(responseDue, tr("d MMMM", "day of a notice's requirement"));
    //: zh_CN: 请于%1前将整改落实情况书面报送%2。
    return tr("Please report in writing to %2 by %1 on how the tasks have been carried out.")
        .arg(day, issuer);
}

QList<qint64> NoticeService::defaultTasks(const QString &unit, const QDate &asOf, StorageError *error) const
{
    const std::optional<Unit> found = UnitRepository(m_database).find(unit.trimmed());
    if (!found) {
        invalid(error, tr("There is no unit called %1.").arg(unit));
        return {};
    }
    const ListingService listing(m_database);
    const QByteArray name = found->name.toUtf8();
    QList<qint64> out;
    const bool ok = listing.forEachTask(
        asOf, listing.statusThresholds(), found->id,
        [&](const OverdueTask &t) {
            const bool leads = t.lead == name || std::find(t.otherLeads.begin(), t.otherLeads.end(), name) !=
                                                     t.otherLeads.end();
            if (leads ? t.light.light == Light::Red || t.light.light == Light::Yellow
                      : namesUnit(t.light, found->name))
                out.append(t.id);
        },
        error);
    return ok ? out : QList<qint64>();
}

std::optional<Notice> NoticeService::prepare(const NoticeDraft &draft, StorageError *error) const
{
    if (!draft.issuedOn.isValid()) {
        invalid(error, tr("A notice needs its date."));
        return std::nullopt;
    }
    if (draft.issuedOn > QDate::currentDate()) {
        invalid(error,
                tr("%1 is in the future: a notice is dated the day it is issued.").arg(iso(draft.issuedOn)));
        return std::nullopt;
    }
    const std::optional<Unit> unit = UnitRepository(m_database).find(draft.unit.trimmed());
    if (!unit) {
        invalid(error, draft.unit.trimmed().isEmpty() ? tr("Name the unit the notice is addressed to.")
                                                      : tr("There is no unit called %1.").arg(draft.unit));
        return std::nullopt;
    }
    Notice n;
    n.kind = draft.kind;
    n.unit = unit->name;
    n.issuedOn = draft.issuedOn;
    n.year = draft.issuedOn.year();
    QList<qint64> ids = draft.taskIds;
    if (ids.isEmpty()) {
        StorageError failure;
        ids = defaultTasks(n.unit, n.issuedOn, &failure);
        if (failure.isError()) {
            if (error)
                *error = failure;
            return std::nullopt;
        }
        if (ids.isEmpty()) {
            invalid(error, tr("%1 leads no open task that is red or yellow as of %2; name the tasks.")
                               .arg(n.unit, iso(n.issuedOn)));
            return std::nullopt;
        }
    }
    QSet<qint64> seen;
    TaskRepository tasks(m_database);
    for (qint64 id : std::as_const(ids)) {
        if (seen.contains(id))
            continue;
        seen.insert(id);
        const std::optional<Task> task = tasks.load(id);
        if (!task) {
            sql::setError(error, StorageError::Code::NotFound, tr("The task no longer exists."));
            return std::nullopt;
        }
        if (task->status == TaskStatus::Completed) {
            invalid(error, tr("Task %1 is closed; a notice chases open tasks only.").arg(taskLabel(*task)));
            return std::nullopt;
        }
        if (!task->units().contains(n.unit)) {
            invalid(error,
                    tr("%1 is neither a lead nor a co-unit of task %2.").arg(n.unit, taskLabel(*task)));
            return std::nullopt;
        }
        n.taskIds.append(id);
    }
    n.responseDue =
        draft.responseDue.isValid()
            ? draft.responseDue
            : CalendarService(m_database).calendar().addWorkdays(n.issuedOn, kDefaultResponseWorkdays);
    if (n.responseDue < n.issuedOn) {
        invalid(error, tr("The response cannot be due (%1) before the notice's date (%2).")
                           .arg(iso(n.responseDue), iso(n.issuedOn)));
        return std::nullopt;
    }
    n.issuer = draft.issuer.trimmed().isEmpty() ? issuer() : draft.issuer.trimmed();
    n.requirement = draft.requirement.trimmed().isEmpty() ? defaultRequirement(n.responseDue, n.issuer)
                                                          : draft.requirement.trimmed();
    return n;
}

bool NoticeService::issue(Notice &notice, QList<SupervisionRecord> &records, StorageError *error)
{
    if (notice.taskIds.isEmpty())
        return invalid(error, tr("A notice needs at least one task."));
    Transaction tx(m_database.connection());
    if (!tx.started(error))
        return false;
    if (notice.id > 0 && notice.number > 0) {
        if (!putBack(notice, records, error))
            return false;
        return tx.commit(error);
    }
    LoopRepository loop(m_database);
    Notice written = notice;
    written.year = written.issuedOn.year();
    written.number = loop.nextNoticeNumber(written.kind, written.year, error);
    if (written.number <= 0 || loop.insertNotice(written, error) == 0)
        return false;
    QList<SupervisionRecord> out;
    ProgressRepository progress(m_database);
    for (qint64 taskId : std::as_const(written.taskIds)) {
        SupervisionRecord r;
        r.taskId = taskId;
        r.kind = recordKind(written.kind);
        r.date = written.issuedOn;
        r.unit = written.unit;
        r.text = written.requirement;
        r.responseDue = written.responseDue;
        r.noticeId = written.id;
        if (progress.insertRecord(r, error) == 0)
            return false;
        out.append(r);
    }
    if (!tx.commit(error))
        return false;
    notice = written;
    records = out;
    return true;
}

bool NoticeService::putBack(Notice &notice, QList<SupervisionRecord> &records, StorageError *error)
{
    LoopRepository loop(m_database);
    for (const Notice &other : loop.notices(error)) {
        if (other.kind == notice.kind && other.year == notice.year && other.number == notice.number) {
            sql::setError(error, StorageError::Code::Conflict,
                          tr("%1 has been issued again meanwhile; the notice cannot be put back.")
                              .arg(numberText(notice)));
            return false;
        }
    }
    Notice written = notice;
    if (loop.insertNotice(written, error) == 0)
        return false;
    QList<SupervisionRecord> out = records;
    ProgressRepository progress(m_database);
    for (SupervisionRecord &r : out) {
        r.noticeId = written.id;
        if (progress.insertRecord(r, error) == 0)
            return false;
    }
    notice = written;
    records = out;
    return true;
}

std::optional<Notice> NoticeService::issue(const NoticeDraft &draft, QList<SupervisionRecord> *records,
                                           StorageError *error)
{
    std::optional<Notice> notice = prepare(draft, error);
    QList<SupervisionRecord> written;
    if (!notice || !issue(*notice, written, error))
        return std::nullopt;
    if (records)
        *records = written;
    return notice;
}

bool NoticeService::remove(const Notice &notice, const QList<SupervisionRecord> &records, StorageError *error)
{
    Transaction tx(m_database.connection());
    if (!tx.started(error))
        return false;
    ProgressRepository progress(m_database);
    for (const SupervisionRecord &r : records)
        if (!progress.removeRecord(r, error))
            return false;
    return LoopRepository(m_database).removeNotice(notice.id, error) && tx.commit(error);
}

bool NoticeService::remove(qint64 noticeId, StorageError *error)
{
    Transaction tx(m_database.connection());
    if (!tx.started(error))
        return false;
    StorageError failure;
    const std::optional<Notice> n = LoopRepository(m_database).notice(noticeId, &failure);
    if (!n)
        return noticeMissing(failure, error);
    return remove(*n, records(*n), error) && tx.commit(error);
}

bool NoticeService::respond(qint64 noticeId, const QDate &on, const QString &text, StorageError *error,
                            QList<SupervisionRecord> *records)
{
    Transaction tx(m_database.connection());
    if (!tx.started(error))
        return false;
    LoopRepository loop(m_database);
    StorageError failure;
    std::optional<Notice> n = loop.notice(noticeId, &failure);
    if (!n)
        return noticeMissing(failure, error);
    const QString number = numberText(*n);
    if (n->respondedOn.isValid())
        return invalid(error, tr("%1 was answered on %2 already.").arg(number, iso(n->respondedOn)));
    if (!on.isValid())
        return invalid(error, tr("A response needs the day it came."));
    if (on > QDate::currentDate())
        return invalid(error,
                       tr("%1 is in the future: a response is recorded when it has come.").arg(iso(on)));
    if (on < n->issuedOn)
        return invalid(error, tr("%1 is dated %2: its response cannot come before it, on %3.")
                                  .arg(number, iso(n->issuedOn), iso(on)));
    if (text.trimmed().isEmpty())
        return invalid(error, tr("A response needs its text: what the unit answered."));
    n->respondedOn = on;
    n->response = text.trimmed();
    if (!loop.updateNoticeResponse(*n, error))
        return false;
    QList<SupervisionRecord> out = this->records(*n);
    ProgressRepository progress(m_database);
    for (SupervisionRecord &r : out) {
        r.respondedOn = on;
        r.response = n->response;
        if (!progress.updateRecord(r, error))
            return false;
    }
    if (!tx.commit(error))
        return false;
    if (records)
        *records = out;
    return true;
}

std::optional<Notice> NoticeService::notice(qint64 id, StorageError *error) const
{
    return LoopRepository(m_database).notice(id, error);
}

QList<Notice> NoticeService::notices(StorageError *error) const
{
    return LoopRepository(m_database).notices(error);
}

QList<SupervisionRecord> NoticeService::records(const Notice &notice) const
{
    QList<SupervisionRecord> out;
    QSet<qint64> seen;
    ProgressRepository progress(m_database);
    for (qint64 taskId : notice.taskIds) {
        if (seen.contains(taskId))
            continue;
        seen.insert(taskId);
        for (const SupervisionRecord &r : progress.records(taskId))
            if (r.noticeId == notice.id)
                out.append(r);
    }
    return out;
}

std::optional<Notice> NoticeService::find(const QString &number, StorageError *error) const
{
    const QString wanted = normalizedNumber(number);
    const QList<Notice> all = notices(error);
    for (const Notice &n : all)
        if (normalizedNumber(numberText(n)) == wanted)
            return n.id > 0 ? notice(n.id, error) : std::nullopt;
    static const QRegularExpression form(QStringLiteral("^(督办|催办|notice|reminder)-(\\d{4})-(\\d+)$"),
                                         QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = form.match(wanted);
    if (m.hasMatch()) {
        const QString kind = m.captured(1).toLower();
        const Notice::Kind k = kind == QStringLiteral("督办") || kind == QLatin1String("notice")
                                   ? Notice::Kind::Notice
                                   : Notice::Kind::Reminder;
        for (const Notice &n : all)
            if (n.kind == k && n.year == m.captured(2).toInt() && n.number == m.captured(3).toInt())
                return notice(n.id, error);
    }
    invalid(error, tr("There is no notice numbered %1.").arg(number.trimmed()));
    return std::nullopt;
}

NoticeContent NoticeService::content(const Notice &notice) const
{
    NoticeContent c;
    c.notice = notice;
    c.title = kindTitle(notice.kind);
    c.number = numberText(notice);
    const StatusThresholds thresholds = SettingsRepository(m_database).statusThresholds();
    TaskRepository tasks(m_database);
    for (qint64 id : notice.taskIds) {
        const std::optional<Task> task = tasks.load(id);
        if (!task)
            continue;
        const StatusLight light = lightOf(m_database, id, notice.issuedOn, thresholds);
        c.tasks.append(NoticeTaskLine{id, task->code, task->title, task->deadline, task->deadlineOriginal,
                                      light.light, stateText(light)});
    }
    return c;
}

} // namespace duban::core
