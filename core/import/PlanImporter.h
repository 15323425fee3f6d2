#pragma once

#include <QCoreApplication>

#include "core/domain/Unit.h"
#include "core/import/ImportError.h"
#include "core/import/ImportOutcome.h"
#include "core/import/TextDecoder.h"
#include "core/import/UnitResolver.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace duban::core {

/// Decomposes a plan document (plain text, as extracted from a PDF or typed) into a PlanDocument:
/// masthead, sections, tasks with lead and co-responsible units, deadlines, milestones and targets.
/// Unit names are resolved against the directory given to the constructor; doubtful things become
/// ImportWarnings, unusable input an ImportError.
class PlanImporter final
{
    Q_DECLARE_TR_FUNCTIONS(duban::core::PlanImporter)

public:
    explicit PlanImporter(QList<Unit> directory = {});

    ImportOutcome importFile(const QString &path) const;
    ImportOutcome importBytes(const QByteArray &bytes) const;
    ImportOutcome importText(const QString &text) const;

private:
    /// importText() of decoded text, with a warning on each line where bytes were replaced.
    ImportOutcome importDecoded(const TextDecoder::Result &decoded) const;

    UnitResolver m_resolver;
};

} // namespace duban::core
