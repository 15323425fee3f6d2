#pragma once

#include <QDate>
#include <QString>

namespace duban::core {

/// The source document a ledger was decomposed from (方案 / 文件).
struct Plan
{
    qint64 id = 0;
    QString title;
    QString number; ///< document number, e.g. 湘新综发〔2023〕22号
    QString issuer;
    QDate date;   ///< issue date
    int year = 0; ///< plan year that time words resolve against

    friend bool operator==(const Plan &, const Plan &) = default;
};

} // namespace duban::core
