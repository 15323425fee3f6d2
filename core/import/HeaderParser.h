#pragma once

#include <QCoreApplication>

#include "core/domain/Plan.h"
#include "core/domain/PlanDocument.h"
#include "core/import/SourceParagraph.h"

#include <QList>

namespace duban::core {

/// Reads a plan's masthead: issuer, document number (湘新综发〔2023〕22号), issue date, plan title and year.
class HeaderParser final
{
    Q_DECLARE_TR_FUNCTIONS(duban::core::HeaderParser)

public:
    /// @p lines are TextRepair::lines(); anything missing is reported in @p warnings.
    static Plan parse(const QList<SourceParagraph> &lines, QList<ImportWarning> &warnings);

    /// "2023年3月22日" or "二〇二三年三月二十二日" (optionally in brackets, with 印发) as a date.
    static QDate parseDate(const QString &line);
    /// Spaces removed from a title; brackets of the document number normalised.
    static QString cleanTitle(const QString &title);
    /// Whether @p line looks like the name of an issuing office (…部, …局, …办公室, …人民政府 …).
    static bool looksLikeIssuer(const QString &line);
};

} // namespace duban::core
