#pragma once

#include "core/domain/PlanDocument.h"

#include <QJsonObject>

namespace duban::core {

/// The `import --json` object of product.md: document, sections, tasks, targets, warnings.
QJsonObject planDocumentToJson(const PlanDocument &document);

/// One target as in the contract: name, value, measure, comparator, stretch (null when absent), period.
QJsonObject targetToJson(const Target &target);

} // namespace duban::core
