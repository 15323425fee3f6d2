#pragma once

#include "core/domain/Loop.h"
#include "core/domain/SupervisionRecord.h"
#include "core/rules/StatusLight.h"
#include "core/storage/StorageError.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace duban::core {

class Database;

/// What the office asks for when it issues a notice; empty members take their defaults (NoticeService).
struct NoticeDraft
{
    Notice::Kind kind = Notice::Kind::Notice;
    QString unit;          ///< the addressee (主送), by name or alias
    QDate issuedOn;        ///< the notice's date; the tasks' states are judged as of it
    QList<qint64> taskIds; ///< empty: defaultTasks() on issuedOn
    QString requirement;   ///< 工作要求; empty: defaultRequirement()
    QDate responseDue;     ///< empty: kDefaultResponseWorkdays working days after issuedOn
    QString issuer;        ///< empty: issuer()
};

/// One task of a notice as the document shows it.
struct NoticeTaskLine
{
    qint64 taskId = 0;
    QString code;
    QString title;
    QDate deadline;
    QDate deadlineOriginal; ///< the deadline before an approved extension, null if none
    Light light = Light::Green;
    QString state; ///< the light and its reasons in words ("Red: overdue by 12 days")
};

/// A notice ready to be rendered (NoticeDocument): the numbered document a unit receives.
struct NoticeContent
{
    Notice notice;
    QString title;  ///< 督办通知单 / 催办单
    QString number; ///< 督字〔2023〕第12号
    QList<NoticeTaskLine> tasks;
};

/// Numbered notices (issue 14, item 8): a 催办单 (Reminder) or 督办通知单 (Notice) to one unit about some of
/// its tasks, numbered per year and kind. Issuing writes the notice and one 催办/督办 record per task (each
/// with its history entry) in one transaction; the unit's response is recorded against the notice and its
/// records together. Refusals of bad input are StorageError::Code::Invalid.
class NoticeService final
{
    Q_DECLARE_TR_FUNCTIONS(duban::core::NoticeService)
public:
    /// Working days the unit has to respond when the office names no date.
    static constexpr int kDefaultResponseWorkdays = 5;

    explicit NoticeService(Database &database);

    /// "督字〔2023〕第12号": the prefix, the year in 〔〕, the number.
    static QString numberText(const QString &prefix, int year, int number);
    /// The number prefix of a kind: the ledger settings notices.reminderPrefix / notices.noticePrefix, else
    /// 催字 / 督字.
    QString prefix(Notice::Kind kind) const;
    QString numberText(const Notice &notice) const;
    /// Every notice's number text, by id.
    QHash<qint64, QString> numberTexts() const;
    /// The document's title: 催办单 (Reminder) or 督办通知单 (Notice).
    static QString kindTitle(Notice::Kind kind);
    /// Who issues notices: notices.issuer, else briefing.office, else 督查室.
    QString issuer() const;
    /// "Please report in writing to 督查室 by 6 July on how the tasks have been carried out." (zh_CN:
    /// 请于7月6日前将整改落实情况书面报送督查室。)
    static QString defaultRequirement(const QDate &responseDue, const QString &issuer);

    /// The open tasks `unit` leads that are red or yellow as of `asOf`, and those it co-handles and has not
    /// signed (签收) in time, in ledger order.
    QList<qint64> defaultTasks(const QString &unit, const QDate &asOf, StorageError *error) const;
    /// The draft with its defaults filled in and checked, as the notice it would issue (not numbered, not
    /// written): the unit known, a date that is not in the future, at least one task, each open and led
    /// or co-handled by the unit, a response due on or after the date.
    std::optional<Notice> prepare(const NoticeDraft &draft, StorageError *error) const;

    /// Issues the prepared notice in one transaction: its number (the next of its kind in its year),
    /// the notice and one record per task. A notice with an id and number (undone, now redone) is put back
    /// with them and with `records` as they were. `records` receives what was written.
    bool issue(Notice &notice, QList<SupervisionRecord> &records, StorageError *error);
    /// prepare() and issue() at once.
    std::optional<Notice> issue(const NoticeDraft &draft, QList<SupervisionRecord> *records,
                                StorageError *error);
    /// Removes the notice and `records` (its own, at the versions given) in one transaction: undo of an
    /// issue. Each record leaves a "record-removed" history entry.
    bool remove(const Notice &notice, const QList<SupervisionRecord> &records, StorageError *error);
    /// The same with the records as they are now.
    bool remove(qint64 noticeId, StorageError *error);
    /// Records the unit's response on `on` against the notice and each of its records (a "response"
    /// history entry each), in one transaction. Refused before the notice's date, in the future, without
    /// text, or when the notice was answered already. `records`, if given, receives them as written.
    bool respond(qint64 noticeId, const QDate &on, const QString &text, StorageError *error,
                 QList<SupervisionRecord> *records = nullptr);

    std::optional<Notice> notice(qint64 id, StorageError *error = nullptr) const;
    QList<Notice> notices(StorageError *error = nullptr) const;
    /// The records a notice wrote, as they are now.
    QList<SupervisionRecord> records(const Notice &notice) const;
    /// The notice a user names: its number as printed (督字〔2023〕第12号; brackets 〔〕 [] () （） alike,
    /// spaces ignored) or KIND-YEAR-NUMBER with KIND 督办, 催办, notice or reminder (督办-2023-12).
    std::optional<Notice> find(const QString &number, StorageError *error) const;

    /// The document: title, number and the tasks with their states as of the notice's date.
    NoticeContent content(const Notice &notice) const;

private:
    bool putBack(Notice &notice, QList<SupervisionRecord> &records, StorageError *error);
    Database &m_database;
};

} // namespace duban::core
