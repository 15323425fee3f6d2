#pragma once

#include "core/domain/PlanDocument.h"
#include "core/domain/Unit.h"
#include "core/import/ImportError.h"

#include <QList>
#include <QString>

#include <optional>

namespace duban::core {

/// The result of one import: a decomposed plan, or the reason there is none.
struct ImportOutcome
{
    std::optional<PlanDocument> document;
    std::optional<ImportError> error;
    QList<Unit> units; ///< every unit or group the tasks name, resolved, in order of first mention
    QString encoding;  ///< how the bytes were decoded: "UTF-8", "UTF-8 BOM", "GB18030", "UTF-16LE" …; empty
                       ///< for importText

    bool ok() const { return document.has_value() && !error.has_value(); }
};

} // namespace duban::core
