#include "TaskTableLayout.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace duban::core {

QString TaskTableLayout::cell(const QStringList &row, qsizetype column)
{
    return column >= 0 && column < row.size() ? row.at(column).trimmed() : QString();
}

std::optional<TaskTableLayout> TaskTableLayout::fromHeader(const QStringList &cells)
{
    static const QRegularExpression code(uR"(^(?:序号|编号|序|No\.?)$)"_s,
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression task(
        uR"(^(?:重点任务|主要任务|工作任务|具体任务|任务内容|工作内容|重点工作|工作措施|主要措施|任务|任务名称|事项)$)"_s);
    static const QRegularExpression lead(uR"(^(?:牵头单位|牵头部门|主责单位|牵头)$)"_s);
    static const QRegularExpression generic(uR"(^(?:责任单位|责任部门|责任主体)$)"_s);
    static const QRegularExpression co(uR"(^(?:配合单位|配合部门|协办单位|参与单位|协同单位|配合)$)"_s);
    static const QRegularExpression deadline(uR"(^(?:完成时限|完成时间|时限|时间节点|时限要求|办结时限)$)"_s);
    TaskTableLayout layout;
    qsizetype genericColumn = -1;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        QString c = cells.at(i);
        c.remove(u' ');
        if (layout.m_code < 0 && code.match(c).hasMatch())
            layout.m_code = i;
        else if (layout.m_task < 0 && task.match(c).hasMatch())
            layout.m_task = i;
        else if (layout.m_lead < 0 && lead.match(c).hasMatch())
            layout.m_lead = i;
        else if (genericColumn < 0 && generic.match(c).hasMatch())
            genericColumn = i;
        else if (layout.m_co < 0 && co.match(c).hasMatch())
            layout.m_co = i;
        else if (layout.m_deadline < 0 && deadline.match(c).hasMatch())
            layout.m_deadline = i;
    }
    if (layout.m_lead < 0) {
        layout.m_lead = genericColumn;
    } else if (genericColumn >= 0 && layout.m_co < 0) {
        layout.m_co = genericColumn; // 牵头单位 | 责任单位: the second lists the others
    }
    if (layout.m_code < 0 || layout.m_task < 0 || layout.m_lead < 0)
        return std::nullopt;
    return layout;
}

} // namespace duban::core
