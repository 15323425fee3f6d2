#pragma once

#include <QString>

namespace duban::core {

/// A heading that groups tasks (行动 / 板块), e.g. code "一", title "有效投资扩容行动".
struct Section
{
    qint64 id = 0;
    qint64 planId = 0;
    QString code;
    QString title;
    int position = 0;

    /// How lists show it: "（一）有效投资扩容行动", or the title alone when there is no code.
    QString label() const { return code.isEmpty() ? title : QStringLiteral("（%1）%2").arg(code, title); }

    friend bool operator==(const Section &, const Section &) = default;
};

} // namespace duban::core
