#pragma once

#include <QDate>
#include <QString>

namespace duban::core {

/// A dated intermediate goal of a task (节点), e.g. 一季度 → 2023-03-31.
struct Milestone
{
    qint64 id = 0;
    QDate date;
    QString text;
    bool done = false;

    friend bool operator==(const Milestone &, const Milestone &) = default;
};

} // namespace duban::core
