#pragma once

#include "core/domain/Indicator.h"
#include "core/domain/Observation.h"
#include "RowProblem.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace duban::core {

/// One readable row of an observations file, before its indicator is looked up.
struct ObservationRow
{
    int line = 0;
    QString indicator;
    QString period; ///< canonical period key
    double value = 0.0;
    QString source;
    QString note;
};

/// Reads observations from CSV text: `indicator,period,value[,source[,note]]` rows, comma or tab
/// separated, optional header line, "quoted, fields" with "" escapes, UTF-8 (with or without BOM) or
/// GB18030. Periods as Period::parse reads them (2023-06, 2023年1-6月, 1-6月 with the default year …);
/// values as FiniteNumber reads them (a % sign or thousands separators; never inf or nan). Unreadable rows
/// are reported by line.
class ObservationCsv final
{
public:
    struct Result
    {
        QList<ObservationRow> rows;
        QList<RowProblem> problems;
        QString encoding;
        QString error; ///< the file as a whole could not be read (empty, binary …)
    };

    static Result parse(const QByteArray &bytes, int defaultYear);
    static Result parseText(const QString &text, int defaultYear);
    /// Looks up each row's indicator (exact or unambiguous substring); rows without one go to `problems`.
    static QList<Observation> resolve(const QList<ObservationRow> &rows, const QList<Indicator> &indicators,
                                      QList<RowProblem> *problems);

    static QStringList splitFields(const QString &line);
};

} // namespace duban::core
