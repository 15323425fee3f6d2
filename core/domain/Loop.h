#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace duban::core {

/// Where a task stands in the supervision loop (督办闭环). Stored on the task (tasks.stage), kept by the
/// services: closed when completed; completion-requested while a 办结申请 waits; in progress once a unit has
/// reported or a request was returned; signed once every lead unit has signed; else assigned.
enum class TaskStage : quint8
{
    Assigned,            ///< 已交办
    Signed,              ///< 已签收
    InProgress,          ///< 办理中
    CompletionRequested, ///< 办结待审
    Closed,              ///< 已销号
};

/// "assigned", "signed", "in-progress", "completion-requested", "closed" (tasks --json "stage").
QString stageKey(TaskStage stage);

/// A unit's acknowledgement (签收) of a task it leads or co-handles.
struct SignOff
{
    qint64 taskId = 0;
    QString unit;
    QDate date;
    QString actor; ///< who recorded it

    friend bool operator==(const SignOff &, const SignOff &) = default;
};

/// A unit's request to the office: to close the task (办结申请) or to move its deadline (延期申请).
struct LoopRequest
{
    enum class Kind : quint8
    {
        Completion,
        Extension
    };
    enum class State : quint8
    {
        Pending,
        Approved, ///< 销号 (completion) or 批准延期 (extension)
        Returned, ///< 退回 (completion)
        Refused,  ///< 不予延期 (extension)
    };

    qint64 id = 0;
    qint64 taskId = 0;
    Kind kind = Kind::Completion;
    State state = State::Pending;
    QString unit;
    QDate date;        ///< the request's date
    QString text;      ///< 办结依据 (completion) or the reason (extension)
    QDate newDeadline; ///< extension: the deadline asked for
    QDate oldDeadline; ///< extension: the deadline when it was asked
    QString actor;     ///< who recorded the request
    QDate decidedOn;   ///< null while pending
    QString decision;  ///< the reason of a return or refusal, or a note with the approval
    QString decidedBy; ///< who recorded the decision
    int version = 0;

    friend bool operator==(const LoopRequest &, const LoopRequest &) = default;
};

/// One entry of a task's history (留痕): a step of the loop or an edit, never changed once written.
struct HistoryEntry
{
    qint64 id = 0;
    qint64 taskId = 0;
    QString kind;         ///< historyKind::… ("signed", "report", "edit", …)
    QDate date;           ///< the date the step took effect (as recorded), null for edits
    QDateTime recordedAt; ///< when it was written (local time, seconds)
    QString actor;        ///< who recorded it (the acting user's name)
    QString unit;         ///< for whom: the unit the step was taken by or addressed to
    QString text;         ///< a report's progress text, a step's reason or basis
    QString field;        ///< edit: the field's name
    QString oldValue;     ///< edit: before
    QString newValue;     ///< edit: after (also an extension's new deadline, a report's percent)
    qint64 refId = 0;     ///< the report, request, record, notice or attachment the entry is about

    friend bool operator==(const HistoryEntry &, const HistoryEntry &) = default;
};

namespace historyKind {
inline QString assigned()
{
    return QStringLiteral("assigned");
}
inline QString signedOff()
{
    return QStringLiteral("signed");
}
inline QString report()
{
    return QStringLiteral("report");
}
inline QString reportEdited()
{
    return QStringLiteral("report-edited");
}
inline QString reportRemoved()
{
    return QStringLiteral("report-removed");
}
inline QString completionRequested()
{
    return QStringLiteral("completion-requested");
}
inline QString completionApproved()
{
    return QStringLiteral("completion-approved");
}
inline QString completionReturned()
{
    return QStringLiteral("completion-returned");
}
inline QString closedByOffice()
{
    return QStringLiteral("closed-by-office");
}
inline QString reopened()
{
    return QStringLiteral("reopened");
}
inline QString extensionRequested()
{
    return QStringLiteral("extension-requested");
}
inline QString extensionApproved()
{
    return QStringLiteral("extension-approved");
}
inline QString extensionRefused()
{
    return QStringLiteral("extension-refused");
}
inline QString reminder()
{
    return QStringLiteral("reminder");
} ///< 催办
inline QString notice()
{
    return QStringLiteral("notice");
} ///< 督办
inline QString response()
{
    return QStringLiteral("response");
}
inline QString recordRemoved()
{
    return QStringLiteral("record-removed");
}
inline QString edit()
{
    return QStringLiteral("edit");
}
inline QString attachmentAdded()
{
    return QStringLiteral("attachment-added");
}
inline QString attachmentRemoved()
{
    return QStringLiteral("attachment-removed");
}
inline QString withdrawn()
{
    return QStringLiteral("withdrawn");
} ///< a step taken back (undo)
inline QString deleted()
{
    return QStringLiteral("deleted");
}
inline QString restored()
{
    return QStringLiteral("restored");
}
} // namespace historyKind

/// A file attached to a report, a request or a supervision record's response (佐证材料), kept in the
/// database.
struct Attachment
{
    enum class Owner : quint8
    {
        Report,
        Request,
        Record,
    };

    qint64 id = 0;
    qint64 taskId = 0;
    Owner owner = Owner::Request;
    qint64 ownerId = 0;
    QString name; ///< the file's name, without folders
    qint64 size = 0;
    QDateTime addedAt;
    bool removed = false;

    /// Files above this size are refused (a clear error, nothing stored).
    static constexpr qint64 kMaxBytes = 20 * 1024 * 1024;
};

/// "report", "request", "record".
QString attachmentOwnerKey(Attachment::Owner owner);

/// A file about to be attached: its name and bytes.
struct AttachmentFile
{
    QString name;
    QByteArray content;
};

/// A numbered 催办单 (Reminder) or 督办通知单 (Notice) to one unit about some of its tasks.
struct Notice
{
    enum class Kind : quint8
    {
        Reminder, ///< 催办
        Notice,   ///< 督办
    };

    qint64 id = 0;
    Kind kind = Kind::Reminder;
    int year = 0;
    int number = 0; ///< per year and kind, from 1
    QString unit;
    QString requirement; ///< 工作要求
    QDate issuedOn;
    QDate responseDue;
    QString issuer; ///< the issuing office (督查室)
    QString actor;
    QDate respondedOn;
    QString response;
    QList<qint64> taskIds; ///< the tasks it is about (one supervision record each)
};

} // namespace duban::core
