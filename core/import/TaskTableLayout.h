#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace duban::core {

/// The columns of a task table pasted as text (序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限),
/// found from its header row.
class TaskTableLayout final
{
public:
    /// The layout if @p cells is a header row: a number column, a task column and a unit column.
    static std::optional<TaskTableLayout> fromHeader(const QStringList &cells);

    QString code(const QStringList &row) const { return cell(row, m_code); }
    QString task(const QStringList &row) const { return cell(row, m_task); }
    QString lead(const QStringList &row) const { return cell(row, m_lead); }
    QString co(const QStringList &row) const { return cell(row, m_co); }
    QString deadline(const QStringList &row) const { return cell(row, m_deadline); }

private:
    static QString cell(const QStringList &row, qsizetype column);

    qsizetype m_code = -1;
    qsizetype m_task = -1;
    qsizetype m_lead = -1; ///< 牵头单位, or 责任单位 when there is no 牵头 column
    qsizetype m_co = -1;
    qsizetype m_deadline = -1;
};

} // namespace duban::core
