#include "LoopText.h"

#include "core/domain/TaskChanges.h"

#include <QHash>
#include <QLocale>

namespace duban::ui {

using namespace duban::core;

namespace {

QString kindName(const QString &kind)
{
    static const QHash<QString, const char *> names{
        {historyKind::assigned(), QT_TRANSLATE_NOOP("duban::ui::LoopText", "Assigned (交办)")},
        {historyKind::signedOff(), QT_TRANSLATE_NOOP("duban::ui::LoopText", "Signed (签收)")},
        {historyKind::report(), QT_TRANSLATE_NOOP("duban::ui::LoopText", "Progress report")},
        {historyKind::reportEdited(), QT_TRANSLATE_NOOP("duban::ui::LoopText", "Report edited")},
        {historyKind::reportRemoved(), QT_TRANSLATE_NOOP("duban::ui::LoopText", "Report deleted")},
        {historyKind::completionRequested(),
         QT_TRANSLATE_NOOP("duban::ui::LoopText", "Completion request (办结申请)")},
        {historyKind::completionApproved(),
         QT_TRANSLATE_NOOP("duban::ui::LoopText", "Approved: closed (销号)")},
        {historyKind::completionReturned(),
         QT_TRANSLATE_NOOP("duban::ui::LoopText", "Completion request returned (退回)")},
        {historyKind::closedByOffice(),
         QT_TRANSLATE_NOOP("duban::ui::LoopText", "Closed by the office (销号)")},
        {historyKind::reopened(), QT_TRANSLATE_NOOP("duban::ui::LoopText", "Reopened")},
        {historyKind::extensionRequested(),
         QT_TRANSLATE_NOOP("duban::ui::LoopText", "Extension request (延期申请)")},
        {historyKind::extensionApproved(), QT_TRANSLATE_NOOP("duban::ui::LoopText", "Extension approved")},
        {historyKind::extensionRefused(), QT_TRANSLATE_NOOP("duban::ui::LoopText", "Extension refused")},
        {historyKind::reminder(), QT_TRANSLATE_NOOP("duban::ui::LoopText", "Reminder (催办)")},
        {historyKind::notice(), QT_TRANSLATE_NOOP("duban::ui::LoopText", "Notice (督办)")},
        {historyKind::response(), QT_TRANSLATE_NOOP("duban::ui::LoopText", "Response")},
        {historyKind::recordRemoved(),
         QT_TRANSLATE_NOOP("duban::ui::LoopText", "Supervision record deleted")},
        {historyKind::edit(), QT_TRANSLATE_NOOP("duban::ui::LoopText", "Edit")},
        {historyKind::attachmentAdded(), QT_TRANSLATE_NOOP("duban::ui::LoopText", "Attachment added")},
        {historyKind::attachmentRemoved(), QT_TRANSLATE_NOOP("duban::ui::LoopText", "Attachment removed")},
        {historyKind::deleted(), QT_TRANSLATE_NOOP("duban::ui::LoopText", "Task deleted")},
        {historyKind::restored(), QT_TRANSLATE_NOOP("duban::ui::LoopText", "Restored")},
    };
    const auto it = names.constFind(kind);
    return it == names.constEnd() ? kind : QCoreApplication::translate("duban::ui::LoopText", *it);
}

// A value of an edit, short enough for one line of the timeline (the tooltip has it whole).
QString shortValue(const QString &value)
{
    QString v = value;
    v.replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (v.size() > 60)
        v = v.left(58) + QStringLiteral("…");
    return v.isEmpty() ? LoopText::tr("(empty)") : v;
}

QString joined(const QString &head, const QString &text)
{
    if (text.isEmpty())
        return head;
    if (head.isEmpty())
        return text;
    return head + QStringLiteral("：") + text;
}

} // namespace

QString LoopText::stage(TaskStage stage)
{
    switch (stage) {
    case TaskStage::Assigned:
        return tr("Assigned");
    case TaskStage::Signed:
        return tr("Signed");
    case TaskStage::InProgress:
        return tr("In progress");
    case TaskStage::CompletionRequested:
        return tr("Completion requested");
    case TaskStage::Closed:
        return tr("Closed");
    }
    return {};
}

QString LoopText::kind(const HistoryEntry &e)
{
    if (e.kind == historyKind::withdrawn())
        return tr("Withdrawn: %1").arg(kindName(e.field));
    return kindName(e.kind);
}

QString LoopText::fieldName(const QString &key)
{
    static const QHash<QString, TaskField> fields{
        {QStringLiteral("code"), TaskField::Code},
        {QStringLiteral("title"), TaskField::Title},
        {QStringLiteral("text"), TaskField::Text},
        {QStringLiteral("section"), TaskField::Section},
        {QStringLiteral("units"), TaskField::Units},
        {QStringLiteral("deadline"), TaskField::Deadline},
        {QStringLiteral("completion"), TaskField::Completion},
        {QStringLiteral("reporting"), TaskField::Reporting},
        {QStringLiteral("position"), TaskField::Position},
        {QStringLiteral("milestones"), TaskField::Milestones},
    };
    if (const auto it = fields.constFind(key); it != fields.constEnd())
        return core::fieldName(*it);
    if (key == QLatin1String("start_date"))
        return tr("Assigned on");
    if (key == QLatin1String("record"))
        return tr("Supervision record");
    return key;
}

QString LoopText::details(const HistoryEntry &e)
{
    const QString &k = e.kind;
    if (k == historyKind::edit() || (k == historyKind::assigned() && !e.oldValue.isEmpty()))
        return tr("%1: %2 → %3").arg(fieldName(e.field), shortValue(e.oldValue), shortValue(e.newValue));
    if (k == historyKind::report() || k == historyKind::reportEdited())
        return joined(tr("%1% done").arg(e.newValue), e.text);
    if (k == historyKind::completionRequested())
        return joined(tr("Basis"), e.text);
    if (k == historyKind::completionReturned())
        return joined(tr("Reason"), e.text);
    if (k == historyKind::closedByOffice())
        return tr("Completed on %1").arg(e.newValue);
    if (k == historyKind::extensionRequested())
        return joined(tr("To %1 (deadline %2)").arg(e.newValue, e.oldValue), e.text);
    if (k == historyKind::extensionApproved())
        return joined(
            extended(QDate::fromString(e.oldValue, Qt::ISODate), QDate::fromString(e.newValue, Qt::ISODate)),
            e.text);
    if (k == historyKind::extensionRefused())
        return joined(tr("Asked for %1").arg(e.newValue), e.text);
    if (k == historyKind::reminder() || k == historyKind::notice())
        return e.newValue.isEmpty() ? e.text : joined(e.text, tr("response due %1").arg(e.newValue));
    if (k == historyKind::attachmentAdded() && !e.newValue.isEmpty())
        return QStringLiteral("%1（%2）").arg(e.text, size(e.newValue.toLongLong()));
    return e.text;
}

QString LoopText::extended(const QDate &original, const QDate &deadline)
{
    //: zh_CN: 原定%1，批准延期至%2
    return tr("originally %1, extended to %2")
        .arg(original.toString(Qt::ISODate), deadline.toString(Qt::ISODate));
}

QString LoopText::requestState(const LoopRequest &r)
{
    const bool completion = r.kind == LoopRequest::Kind::Completion;
    switch (r.state) {
    case LoopRequest::State::Pending:
        return completion ? tr("waiting for review") : tr("waiting for a decision");
    case LoopRequest::State::Approved:
        return completion ? tr("approved (closed)") : tr("approved");
    case LoopRequest::State::Returned:
        return tr("returned");
    case LoopRequest::State::Refused:
        return tr("refused");
    }
    return {};
}

QString LoopText::size(qint64 bytes)
{
    if (bytes < 1024)
        return tr("%1 bytes").arg(bytes);
    if (bytes < 1024 * 1024)
        return tr("%1 KB").arg((bytes + 1023) / 1024);
    return tr("%1 MB").arg(double(bytes) / (1024 * 1024), 0, 'f', 1);
}

} // namespace duban::ui
