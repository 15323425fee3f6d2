#include "Period.h"

#include <QRegularExpression>

namespace duban::core {

QString Period::key() const
{
    switch (kind) {
    case Kind::Year:
        return QString::number(year);
    case Kind::Half:
        return QStringLiteral("%1-H%2").arg(year).arg(index);
    case Kind::Quarter:
        return QStringLiteral("%1-Q%2").arg(year).arg(index);
    case Kind::Month:
        return QStringLiteral("%1-%2").arg(year).arg(index, 2, 10, QLatin1Char('0'));
    case Kind::Day:
        return day.toString(Qt::ISODate);
    }
    return {};
}

QDate Period::start() const
{
    return kind == Kind::Day ? day : QDate(year, 1, 1);
}

int Period::endMonth() const
{
    switch (kind) {
    case Kind::Year:
        return 12;
    case Kind::Half:
        return index * 6;
    case Kind::Quarter:
        return index * 3;
    case Kind::Month:
        return index;
    case Kind::Day:
        return day.month();
    }
    return 12;
}

QDate Period::end() const
{
    if (kind == Kind::Day)
        return day;
    const QDate first(year, endMonth(), 1);
    return first.addDays(first.daysInMonth() - 1);
}

namespace {

QString normalised(const QString &text)
{
    QString s;
    s.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= u'０' && u <= u'９')
            s.append(QChar(u'0' + (u - u'０')));
        else if (u == u'－' || u == u'–' || u == u'—' || u == u'~' || u == u'～' || u == u'至')
            s.append(QLatin1Char('-'));
        else if (u == u'／')
            s.append(QLatin1Char('/'));
        else if (!c.isSpace())
            s.append(c);
    }
    return s;
}

int chineseOrdinal(const QString &s)
{
    static const QString digits = QStringLiteral("一二三四");
    if (s.size() == 1) {
        if (const int i = int(digits.indexOf(s)); i >= 0)
            return i + 1;
        if (s.at(0).isDigit())
            return s.at(0).digitValue();
    }
    return 0;
}

std::optional<Period> valid(Period p)
{
    if (p.year < 1900 || p.year > 2200)
        return std::nullopt;
    if (p.kind == Period::Kind::Day && !p.day.isValid())
        return std::nullopt;
    if (p.kind == Period::Kind::Month && (p.index < 1 || p.index > 12))
        return std::nullopt;
    if (p.kind == Period::Kind::Quarter && (p.index < 1 || p.index > 4))
        return std::nullopt;
    if (p.kind == Period::Kind::Half && (p.index < 1 || p.index > 2))
        return std::nullopt;
    return p;
}

} // namespace

std::optional<Period> Period::parse(const QString &text, int defaultYear)
{
    const QString s = normalised(text);
    if (s.isEmpty())
        return std::nullopt;
    QRegularExpressionMatch m;
    static const QRegularExpression yearOnly(QStringLiteral("^(\\d{4})(?:年|年度|全年)?$"));
    static const QRegularExpression half(QStringLiteral("^(\\d{4})-?[Hh]([12])$"));
    static const QRegularExpression quarter(QStringLiteral("^(\\d{4})-?[Qq]([1-4])$"));
    static const QRegularExpression month(QStringLiteral("^(\\d{4})[-/.](\\d{1,2})$"));
    static const QRegularExpression compactMonth(QStringLiteral("^(\\d{4})(\\d{2})$"));
    static const QRegularExpression date(QStringLiteral("^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})$"));
    if ((m = yearOnly.match(s)).hasMatch())
        return valid(wholeYear(m.captured(1).toInt()));
    if ((m = half.match(s)).hasMatch())
        return valid(Period{Kind::Half, m.captured(1).toInt(), m.captured(2).toInt(), {}});
    if ((m = quarter.match(s)).hasMatch())
        return valid(Period{Kind::Quarter, m.captured(1).toInt(), m.captured(2).toInt(), {}});
    if ((m = month.match(s)).hasMatch() || (m = compactMonth.match(s)).hasMatch())
        return valid(Period::month(m.captured(1).toInt(), m.captured(2).toInt()));
    if ((m = date.match(s)).hasMatch()) {
        const int y = m.captured(1).toInt();
        return valid(Period{Kind::Day, y, 0, QDate(y, m.captured(2).toInt(), m.captured(3).toInt())});
    }

    // Chinese spellings, with or without a leading year.
    static const QRegularExpression chinese(QStringLiteral("^(?:(\\d{4})年)?(.+)$"));
    m = chinese.match(s);
    if (!m.hasMatch())
        return std::nullopt;
    const int y = m.captured(1).isEmpty() ? defaultYear : m.captured(1).toInt();
    if (y <= 0)
        return std::nullopt;
    const QString rest = m.captured(2);
    static const QRegularExpression ytd(QStringLiteral("^(?:1月?-)?(\\d{1,2})月(?:份)?(?:累计)?$"));
    static const QRegularExpression day(QStringLiteral("^(\\d{1,2})月(\\d{1,2})[日号]$"));
    static const QRegularExpression quarterWord(QStringLiteral("^第?([一二三四1-4])季度$"));
    if ((m = ytd.match(rest)).hasMatch())
        return valid(Period::month(y, m.captured(1).toInt()));
    if ((m = day.match(rest)).hasMatch())
        return valid(Period{Kind::Day, y, 0, QDate(y, m.captured(1).toInt(), m.captured(2).toInt())});
    if ((m = quarterWord.match(rest)).hasMatch())
        return valid(Period{Kind::Quarter, y, chineseOrdinal(m.captured(1)), {}});
    if (rest == QStringLiteral("上半年"))
        return valid(Period{Kind::Half, y, 1, {}});
    if (rest == QStringLiteral("全年") || rest == QStringLiteral("年度"))
        return valid(wholeYear(y));
    if (rest == QStringLiteral("前三季度"))
        return valid(Period::month(y, 9));
    return std::nullopt;
}

} // namespace duban::core
