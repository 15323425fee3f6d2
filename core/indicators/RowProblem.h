#pragma once

#include <QString>

namespace duban::core {

/// A line of pasted or imported observations that could not be used, and why (for people).
struct RowProblem
{
    int line = 0;
    QString message;

    friend bool operator==(const RowProblem &, const RowProblem &) = default;
};

} // namespace duban::core
