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

    friend bool operator==(const Section &, const Section &) = default;
};

} // namespace duban::core
