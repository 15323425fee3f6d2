#include "FiniteNumber.h"

#include <QRegularExpression>

#include <cmath>

namespace duban::core {

std::optional<double> FiniteNumber::parse(const QString &text, Problem *problem)
{
    if (problem)
        *problem = Problem::None;
    QString s;
    // NFKC folds full-width letters too (ｉｎｆ is inf).
    const QString folded = text.normalized(QString::NormalizationForm_KC);
    for (QChar c : folded) {
        const char16_t u = c.unicode();
        if (u >= u'０' && u <= u'９')
            s.append(QChar(u'0' + (u - u'０')));
        else if (u == u'．')
            s.append(QLatin1Char('.'));
        else if (u == u'－' || u == u'−')
            s.append(QLatin1Char('-'));
        else if (u == u'%' || u == u'％' || c.isSpace())
            continue;
        else
            s.append(c);
    }
    static const QRegularExpression thousands(QStringLiteral("^-?\\d{1,3}(,\\d{3})+(\\.\\d+)?$"));
    if (thousands.match(s).hasMatch())
        s.remove(QLatin1Char(','));
    auto refuse = [problem](Problem why) -> std::optional<double> {
        if (problem)
            *problem = why;
        return std::nullopt;
    };
    // The words conversions accept (or that mean the same) are not figures anyone reports.
    static const QRegularExpression words(QStringLiteral("^[-+]?(?:inf|infinity|nan)$"),
                                          QRegularExpression::CaseInsensitiveOption);
    if (words.match(s).hasMatch())
        return refuse(Problem::NotFinite);
    bool ok = false;
    const double v = s.toDouble(&ok);
    if (std::isinf(v) || std::isnan(v))
        return refuse(Problem::NotFinite); // also an overflow such as 1e999 (ok is false then)
    if (!ok || s.isEmpty())
        return refuse(Problem::NotANumber);
    return v;
}

} // namespace duban::core
