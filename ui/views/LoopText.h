#pragma once

#include "core/domain/Loop.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace duban::ui {

/// The supervision loop in words for the window: stages, the kinds of history entries, what an entry says.
class LoopText final
{
    Q_DECLARE_TR_FUNCTIONS(duban::ui::LoopText)
public:
    /// 已交办, 已签收, 办理中, 办结待审, 已销号.
    static QString stage(core::TaskStage stage);
    /// What a history entry is (签收, 办结申请, 修改 …); a withdrawn step names the step taken back.
    static QString kind(const core::HistoryEntry &entry);
    /// What the entry says: the text of the step, an edit as "字段：旧 → 新", an extension's deadlines.
    static QString details(const core::HistoryEntry &entry);
    /// "原定2023-12-31，批准延期至2024-03-31".
    static QString extended(const QDate &original, const QDate &deadline);
    /// The name of a field a history entry names (task_history.field).
    static QString fieldName(const QString &key);
    /// A request's state: 待审 / 已销号 / 已退回 (completion), 待批 / 已批准 / 不予延期 (extension).
    static QString requestState(const core::LoopRequest &request);
    /// A file size for people: "12 KB", "3.4 MB".
    static QString size(qint64 bytes);
};

} // namespace duban::ui
